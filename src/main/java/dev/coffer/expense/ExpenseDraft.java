package dev.coffer.expense;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The client-editable fields of an expense, as one request (create, replace or merged patch) sets them. */
record ExpenseDraft(BigDecimal amount, String currency, LocalDate date, UUID categoryId, UUID paymentMethodId,
        String description, String merchant, String notes, List<String> tags) {
}
