package dev.coffer.account;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.coffer.currency.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** One balance snapshot as clients see it. Read back by Jackson when an idempotent write is replayed. */
@RegisterForReflection
@Schema(description = "The balance of an account at the end of a date, in the account's currency")
public record BalanceResponse(
        @Schema(example = "2025-01-31") LocalDate date,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "1520.75",
                description = "At the currency's minor units; negative for what is owed (loans, credit cards)")
        String balance) {

    static BalanceResponse of(AccountValue value, String currency) {
        return new BalanceResponse(value.date, Money.round(value.balance, currency).toPlainString());
    }
}
