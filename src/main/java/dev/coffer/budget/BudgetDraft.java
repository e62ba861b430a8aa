package dev.coffer.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Every field of a budget, as a create, an update applied to the current budget, or the result of checking either. */
record BudgetDraft(String name, UUID categoryId, BigDecimal amount, String currency, String period, LocalDate startDate,
        boolean rollover, List<Integer> alertThresholds, boolean active) {
}
