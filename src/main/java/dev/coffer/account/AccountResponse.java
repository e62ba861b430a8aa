package dev.coffer.account;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** An account as clients see it. Read back by Jackson when an idempotent create is replayed. */
@RegisterForReflection
@Schema(description = "Where the user keeps money or owes it: a bank account, a card, a brokerage account, a loan")
public record AccountResponse(
        @Schema(example = "0190e2a4-7d0b-7c3e-9d4f-2b1c3a4d5e6f") UUID id,
        @Schema(example = "Everyday checking") String name,
        @Schema(enumeration = { "checking", "savings", "credit_card", "investment", "cash", "loan" }, example = "checking")
        String type,
        @Schema(description = "ISO 4217 code of the balances; changeable only while the account has none",
                example = "EUR") String currency,
        @Schema(nullable = true, description = "One of the user's institutions; null when none is named")
        UUID institutionId,
        @Schema(description = "Archived accounts are kept with their balances; filter them with archived=false")
        boolean archived,
        @Schema(nullable = true, description = "The balance of the latest date recorded; null without balances")
        BalanceResponse latestBalance,
        @Schema(description = "Optimistic-locking version, also sent as the ETag; recording balances does not"
                + " change it", example = "0") long version,
        Instant createdAt,
        Instant updatedAt) {

    static AccountResponse of(Account account, AccountValue latest) {
        return new AccountResponse(account.id, account.name, account.type, account.currency, account.institutionId,
                account.archived, latest == null ? null : BalanceResponse.of(latest, account.currency), account.version,
                account.createdAt, account.updatedAt);
    }
}
