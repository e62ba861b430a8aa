package dev.coffer.category;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One entry of a category's quick-pick list. Read back by Jackson when an idempotent save is replayed. */
@RegisterForReflection
@Schema(description = "A description to offer when recording an expense in the category: one the user saved, or one "
        + "their expenses in the category often carry")
public record QuickPickDescription(
        @Schema(nullable = true, description = "Id of a saved description (to delete it); null for history entries")
        UUID id,
        @Schema(example = "Weekly groceries") String text,
        @Schema(enumeration = { "saved", "history" }, description = "saved: saved by the user; history: taken from "
                + "the descriptions of their expenses in this category", example = "saved") String source,
        @Schema(description = "How many of the user's expenses in this category carry this description "
                + "(case-insensitively)", example = "7") long useCount) {

    static final String SAVED = "saved";
    static final String HISTORY = "history";

    static QuickPickDescription saved(CategoryDescription description, long useCount) {
        return new QuickPickDescription(description.id, description.text, SAVED, useCount);
    }
}
