package dev.coffer.expense;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Fired synchronously, inside the deleting transaction, after an expense of {@code userId} dated
 * {@code date} was deleted. The expense domain knows none of its observers.
 */
public record ExpensesRemoved(UUID userId, LocalDate date) {
}
