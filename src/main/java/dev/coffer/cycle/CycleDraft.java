package dev.coffer.cycle;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Every field of a cycle, as a create, an update applied to the current cycle, or the result of checking either. */
record CycleDraft(String name, LocalDate startDate, LocalDate endDate, BigDecimal incomeAmount, String currency,
        String status) {
}
