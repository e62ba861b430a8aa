package dev.coffer.institution;

import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

import dev.coffer.common.web.PatchField;

/** A partial update: absent fields keep their value; {@code website} may be set to null. */
@Schema(description = "Partial update: only the fields sent change. website: null removes it; null for the other"
        + " fields keeps them.")
public record UpdateInstitutionRequest(
        @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        @CodePointLength(max = Institution.NAME_MAX,
                message = "must be at most " + Institution.NAME_MAX + " characters")
        @Schema(maxLength = Institution.NAME_MAX, nullable = true, example = "Deutsche Bank") String name,
        @Schema(nullable = true, pattern = "^[A-Z]{2}$", example = "DE") String country,
        @Schema(implementation = String.class, nullable = true, maxLength = Institution.WEBSITE_MAX,
                description = "An http or https URL with a host; null removes it",
                example = "https://www.deutsche-bank.de") PatchField<String> website) {

    public UpdateInstitutionRequest {
        website = website == null ? PatchField.absent() : website;
    }
}
