package dev.coffer.paymentmethod;

import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

import dev.coffer.common.web.PatchField;

/** A partial update: absent fields keep their value; {@code last4} may be set to null. */
@Schema(description = "Partial update: only the fields sent change. last4 can be set to null to remove it; null for the "
        + "other fields keeps them. Changing type to one without last4 (cash, e_wallet, other) needs last4: null too "
        + "when the payment method has one.")
public record UpdatePaymentMethodRequest(
        @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        @CodePointLength(max = PaymentMethod.NAME_MAX,
                message = "must be at most " + PaymentMethod.NAME_MAX + " characters")
        @Schema(maxLength = PaymentMethod.NAME_MAX, nullable = true, example = "Visa Gold") String name,
        @Schema(nullable = true, enumeration = { "cash", "debit_card", "credit_card", "bank_transfer", "e_wallet", "other" },
                example = "debit_card") String type,
        @Schema(implementation = String.class, nullable = true, pattern = "^[0-9]{4}$",
                description = "Last four digits; only for debit_card, credit_card and bank_transfer; null removes them",
                example = "4242") PatchField<String> last4,
        @Schema(nullable = true) Boolean archived) {

    public UpdatePaymentMethodRequest {
        last4 = last4 == null ? PatchField.absent() : last4;
    }
}
