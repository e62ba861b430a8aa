package dev.coffer.auth;

import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

@Schema(description = "A new account; the email is stored trimmed and lower-cased")
public record RegisterRequest(
        @NotBlank(message = "is required") @Size(max = 254, message = "must be at most 254 characters")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "is not a valid email address")
        @Schema(examples = "ada@example.com") String email,
        @NotNull(message = "is required") @Size(min = 8, max = 128, message = "must be 8 to 128 characters")
        @Schema(examples = "correct horse battery") String password,
        @CodePointLength(max = 100, message = "must be at most 100 characters")
        @Schema(maxLength = 100, description = "Blank means none", examples = "Ada") String displayName,
        @Schema(description = "ISO 4217 code of the currency totals are shown in", pattern = "^[A-Z]{3}$",
                defaultValue = "USD", examples = "EUR") String baseCurrency,
        @Schema(description = "IANA time zone", maxLength = 64, defaultValue = "UTC", examples = "Europe/Paris") String timezone) {

    public RegisterRequest {
        email = normaliseEmail(email);
    }

    /** Emails are compared trimmed and lower-cased everywhere. */
    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
