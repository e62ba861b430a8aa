package dev.coffer.user;


import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

/** A partial update: absent (null) fields keep their value; a blank display name clears it. */
@Schema(description = "Changes to the profile; absent (null) fields keep their value")
public record UpdateProfileRequest(
        @CodePointLength(max = 100, message = "must be at most 100 characters")
        @Schema(maxLength = 100, description = "A blank name clears it", examples = "Ada Lovelace") String displayName,
        @Schema(description = "ISO 4217 code", pattern = "^[A-Z]{3}$", examples = "GBP") String baseCurrency,
        @Schema(description = "IANA time zone", maxLength = 64, examples = "Europe/London") String timezone) {
}
