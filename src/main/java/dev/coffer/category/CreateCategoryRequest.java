package dev.coffer.category;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

public record CreateCategoryRequest(
        @NotBlank(message = "must not be blank")
        @CodePointLength(max = Category.NAME_MAX, message = "must be at most " + Category.NAME_MAX + " characters")
        @Schema(maxLength = Category.NAME_MAX,
                description = "Trimmed; unique per user regardless of case", example = "Groceries") String name,
        @Pattern(regexp = CategoryService.COLOR_PATTERN, message = "must be a colour in the form #RRGGBB")
        @Schema(nullable = true, description = "Colour as #RRGGBB, stored in upper case; #8D99AE when absent",
                example = "#2A9D8F") String color,
        @CodePointLength(max = Category.ICON_MAX, message = "must be at most " + Category.ICON_MAX + " characters")
        @Schema(maxLength = Category.ICON_MAX, nullable = true,
                description = "Icon name chosen by the client; blank means none", example = "shopping-cart")
        String icon,
        @Schema(nullable = true, description = "A top-level category of the same user to nest this one under")
        UUID parentId) {
}
