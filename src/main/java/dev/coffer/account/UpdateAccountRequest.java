package dev.coffer.account;

import java.util.UUID;

import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

import dev.coffer.common.web.PatchField;
import dev.coffer.currency.CurrencyCode;

/** A partial update: absent fields keep their value; {@code institution_id} may be set to null. */
@Schema(description = "Partial update: only the fields sent change. institution_id: null detaches the account from its"
        + " institution; null for the other fields keeps them. The currency changes only while the account has no"
        + " balances (409 ACCOUNT_HAS_BALANCES otherwise).")
public record UpdateAccountRequest(
        @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        @CodePointLength(max = Account.NAME_MAX, message = "must be at most " + Account.NAME_MAX + " characters")
        @Schema(maxLength = Account.NAME_MAX, nullable = true, example = "Everyday checking") String name,
        @Schema(nullable = true, enumeration = { "checking", "savings", "credit_card", "investment", "cash", "loan" })
        String type,
        @CurrencyCode @Schema(nullable = true, pattern = "^[A-Z]{3}$", example = "EUR") String currency,
        @Schema(implementation = UUID.class, nullable = true,
                description = "One of the user's institutions; null for none") PatchField<UUID> institutionId,
        @Schema(nullable = true) Boolean archived) {

    public UpdateAccountRequest {
        institutionId = institutionId == null ? PatchField.absent() : institutionId;
    }
}
