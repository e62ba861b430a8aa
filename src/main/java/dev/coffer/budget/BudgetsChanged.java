package dev.coffer.budget;

import java.util.UUID;

/**
 * Fired synchronously, inside the writing transaction, after a budget of {@code userId} was created,
 * changed or deleted.
 */
public record BudgetsChanged(UUID userId) {
}
