package dev.coffer.user;

import java.util.UUID;

/**
 * Fired synchronously inside the transaction that creates a user, so that every domain that seeds
 * data for a new account (default categories, later budgets) does it in that same transaction: the
 * registration and its seed data commit or roll back together.
 */
public record UserRegistered(UUID userId, String baseCurrency) {
}
