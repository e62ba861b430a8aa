package dev.coffer.category;

import java.util.UUID;

import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

import dev.coffer.common.web.PatchField;

/** A partial update: absent fields keep their value; {@code icon} and {@code parent_id} may be set to null. */
@Schema(description = "Partial update: only the fields sent change. icon and parent_id can be set to null to clear them "
        + "(parent_id: null moves a subcategory to the top level); null for the other fields keeps them.")
public record UpdateCategoryRequest(
        @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        @CodePointLength(max = Category.NAME_MAX, message = "must be at most " + Category.NAME_MAX + " characters")
        @Schema(maxLength = Category.NAME_MAX, nullable = true, example = "Groceries") String name,
        @Pattern(regexp = CategoryService.COLOR_PATTERN, message = "must be a colour in the form #RRGGBB")
        @Schema(nullable = true, example = "#2A9D8F") String color,
        @Schema(implementation = String.class, nullable = true, maxLength = Category.ICON_MAX,
                description = "null or blank removes the icon", example = "shopping-cart") PatchField<String> icon,
        @Schema(implementation = UUID.class, nullable = true,
                description = "A top-level category of the same user; null moves this category to the top level")
        PatchField<UUID> parentId,
        @Schema(nullable = true) Boolean archived) {

    public UpdateCategoryRequest {
        icon = icon == null ? PatchField.absent() : icon;
        parentId = parentId == null ? PatchField.absent() : parentId;
    }
}
