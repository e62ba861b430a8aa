package dev.coffer.recurring;

import java.util.UUID;

/**
 * Fired synchronously, inside the writing transaction, after a recurring expense of {@code userId} was
 * created, changed, skipped or deleted through the API. The occurrences the job creates are announced
 * by the expense domain like every other expense.
 */
public record RecurringExpensesChanged(UUID userId) {
}
