package dev.coffer.category;

import java.util.UUID;

/**
 * Fired synchronously, inside the writing transaction, after a category of {@code userId} was changed
 * (renamed, for instance) or deleted (its expenses possibly moved to another category).
 */
public record CategoriesChanged(UUID userId) {
}
