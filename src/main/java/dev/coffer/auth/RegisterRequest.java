package dev.coffer.auth;

import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record RegisterRequest(
        @NotBlank(message = "is required") @Size(max = 254, message = "must be at most 254 characters")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "is not a valid email address") String email,
        @NotNull(message = "is required") @Size(min = 8, max = 128, message = "must be 8 to 128 characters") String password,
        @Size(max = 100, message = "must be at most 100 characters") String displayName,
        String baseCurrency,
        String timezone) {

    public RegisterRequest {
        email = normaliseEmail(email);
    }

    /** Emails are compared trimmed and lower-cased everywhere. */
    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
