package dev.coffer.account;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

import dev.coffer.currency.CurrencyCode;

@Schema(description = "A new account")
public record CreateAccountRequest(
        @NotBlank(message = "must not be blank")
        @CodePointLength(max = Account.NAME_MAX, message = "must be at most " + Account.NAME_MAX + " characters")
        @Schema(maxLength = Account.NAME_MAX,
                required = true, description = "Stripped", example = "Everyday checking") String name,
        @NotNull(message = "is required")
        @Schema(required = true, enumeration = { "checking", "savings", "credit_card", "investment", "cash", "loan" },
                description = "An unknown type is a 422 naming type", example = "checking") String type,
        @NotNull(message = "is required") @CurrencyCode
        @Schema(required = true, pattern = "^[A-Z]{3}$", description = "ISO 4217 code in upper case", example = "EUR")
        String currency,
        @Schema(nullable = true, description = "One of the user's institutions; absent or null for none")
        UUID institutionId,
        @Schema(nullable = true, description = "false when absent") Boolean archived) {
}
