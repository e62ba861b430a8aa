package dev.coffer.expense;

import java.time.LocalDate;

/**
 * Fired after newly stored exchange rates changed stored conversions of expenses dated from
 * {@code earliest} to {@code latest}, once the refreshed conversions are committed (any user's).
 */
public record ExpenseConversionsRefreshed(LocalDate earliest, LocalDate latest) {
}
