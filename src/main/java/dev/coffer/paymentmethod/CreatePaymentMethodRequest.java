package dev.coffer.paymentmethod;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

public record CreatePaymentMethodRequest(
        @NotBlank(message = "must not be blank")
        @CodePointLength(max = PaymentMethod.NAME_MAX,
                message = "must be at most " + PaymentMethod.NAME_MAX + " characters")
        @Schema(maxLength = PaymentMethod.NAME_MAX,
                description = "Trimmed; unique per user regardless of case", example = "Visa Gold") String name,
        @NotNull(message = "is required")
        @Schema(enumeration = { "cash", "debit_card", "credit_card", "bank_transfer", "e_wallet", "other" },
                description = "An unknown type is a 422 naming type", example = "credit_card") String type,
        @Pattern(regexp = PaymentMethodService.LAST4_PATTERN, message = "must be exactly 4 digits")
        @Schema(nullable = true, description = "Last four digits of the card or account number; only for debit_card, "
                + "credit_card and bank_transfer", example = "4242") String last4) {
}
