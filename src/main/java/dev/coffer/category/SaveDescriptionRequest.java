package dev.coffer.category;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SaveDescriptionRequest(
        @NotBlank(message = "must not be blank")
        @Schema(description = "Trimmed; 1 to 200 characters", minLength = 1, maxLength = CategoryDescription.TEXT_MAX,
                example = "Weekly groceries") String text) {
}
