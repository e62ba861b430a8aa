package dev.coffer.category;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A category as clients see it. Read back by Jackson when an idempotent create is replayed. */
@RegisterForReflection
@Schema(description = "A category expenses are filed under. One level of nesting: a category with a parent is a "
        + "subcategory of a top-level one.")
public record CategoryResponse(
        @Schema(example = "0190e2a4-7d0b-7c3e-9d4f-2b1c3a4d5e6f") UUID id,
        @Schema(description = "Unique per user, compared case-insensitively", example = "Groceries") String name,
        @Schema(description = "Colour as #RRGGBB, upper case", pattern = "^#[0-9A-F]{6}$", example = "#2A9D8F") String color,
        @Schema(nullable = true, description = "Icon name chosen by the client", example = "shopping-cart") String icon,
        @Schema(nullable = true, description = "The top-level category this one is nested under; null for a top-level category")
        UUID parentId,
        @Schema(description = "Archived categories are hidden from the list unless include_archived=true and stay valid "
                + "for existing expenses") boolean archived,
        @Schema(description = "Number of the user's expenses filed directly under this category (not under its children)",
                example = "12") long expenseCount,
        @Schema(description = "Optimistic-locking version, also sent as the ETag", example = "0") long version,
        Instant createdAt,
        Instant updatedAt) {

    static CategoryResponse of(Category category, long expenseCount) {
        return new CategoryResponse(category.id, category.name, category.color, category.icon, category.parentId,
                category.archived, expenseCount, category.version, category.createdAt, category.updatedAt);
    }
}
