package dev.coffer.institution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

@Schema(description = "A new institution")
public record CreateInstitutionRequest(
        @NotBlank(message = "must not be blank")
        @CodePointLength(max = Institution.NAME_MAX,
                message = "must be at most " + Institution.NAME_MAX + " characters")
        @Schema(maxLength = Institution.NAME_MAX, required = true,
                description = "Stripped; unique per user regardless of case", example = "Deutsche Bank")
        String name,
        @NotNull(message = "is required")
        @Schema(required = true, pattern = "^[A-Z]{2}$", description = "ISO 3166-1 alpha-2 country code, upper case",
                example = "DE") String country,
        @Schema(nullable = true, maxLength = Institution.WEBSITE_MAX, description = "An http or https URL with a host",
                example = "https://www.deutsche-bank.de") String website) {
}
