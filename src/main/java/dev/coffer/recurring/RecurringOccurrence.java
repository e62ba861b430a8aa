package dev.coffer.recurring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One occurrence of a recurring expense's schedule: the expense its template would create on {@code date}. */
public record RecurringOccurrence(UUID recurringExpenseId, LocalDate date, BigDecimal amount, String currency,
        UUID categoryId, String description) {
}
