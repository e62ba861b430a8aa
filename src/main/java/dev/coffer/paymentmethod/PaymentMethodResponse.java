package dev.coffer.paymentmethod;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A payment method as clients see it. Read back by Jackson when an idempotent create is replayed. */
@RegisterForReflection
@Schema(description = "A way the user pays: cash, a card, a bank account, a wallet")
public record PaymentMethodResponse(
        @Schema(example = "0190e2a4-7d0b-7c3e-9d4f-2b1c3a4d5e6f") UUID id,
        @Schema(description = "Unique per user, compared case-insensitively", example = "Visa Gold") String name,
        @Schema(enumeration = { "cash", "debit_card", "credit_card", "bank_transfer", "e_wallet", "other" },
                example = "credit_card") String type,
        @Schema(nullable = true, description = "Last four digits of the card or account number; only for debit_card, "
                + "credit_card and bank_transfer", pattern = "^[0-9]{4}$", example = "4242") String last4,
        @Schema(description = "Archived payment methods are hidden from the list unless include_archived=true") boolean archived,
        @Schema(description = "Optimistic-locking version, also sent as the ETag", example = "0") long version,
        Instant createdAt,
        Instant updatedAt) {

    static PaymentMethodResponse of(PaymentMethod method) {
        return new PaymentMethodResponse(method.id, method.name, method.type, method.last4, method.archived,
                method.version, method.createdAt, method.updatedAt);
    }
}
