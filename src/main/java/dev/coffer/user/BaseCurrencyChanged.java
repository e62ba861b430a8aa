package dev.coffer.user;

import java.util.UUID;

/**
 * Fired synchronously inside the transaction that changes a user's base currency, so that every
 * domain holding amounts converted into it (the expenses' stored conversions) recomputes them in that
 * same transaction: the profile change and the amounts shown in the new currency commit together.
 */
public record BaseCurrencyChanged(UUID userId, String baseCurrency) {
}
