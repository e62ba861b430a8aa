package dev.coffer.expense;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Fired synchronously, inside the writing transaction, after expenses of {@code userId} dated from
 * {@code earliest} to {@code latest} were created or changed (for a change, both its old and new date
 * are in the range). Observers see the written rows; the expense domain knows none of them.
 */
public record ExpensesRecorded(UUID userId, LocalDate earliest, LocalDate latest) {
}
