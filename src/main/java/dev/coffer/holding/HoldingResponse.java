package dev.coffer.holding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.coffer.currency.Money;
import dev.coffer.market.Security;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A holding as clients see it. Read back by Jackson when an idempotent create is replayed. */
@RegisterForReflection
@Schema(description = "A quantity of a registered security held in an account, and its total cost")
public record HoldingResponse(
        @Schema(example = "0190e2a4-7d0b-7c3e-9d4f-2b1c3a4d5e6f") UUID id,
        UUID accountId,
        UUID securityId,
        @Schema(description = "The security's symbol, for convenience", example = "AAPL") String symbol,
        @Schema(description = "The security's name, for convenience", example = "Apple Inc.") String name,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "12.5",
                description = "Exactly as stored (up to 8 decimals), without trailing zeros") String quantity,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "1875.40",
                description = "The total cost of the whole quantity (not per unit), at cost_currency's minor units")
        String costBasis,
        @Schema(example = "USD") String costCurrency,
        @Schema(description = "Optimistic-locking version, also sent as the ETag", example = "0") long version,
        Instant createdAt,
        Instant updatedAt) {

    static HoldingResponse of(Holding holding, Security security) {
        return new HoldingResponse(holding.id, holding.accountId, holding.securityId, security.symbol, security.name,
                plain(holding.quantity), Money.round(holding.costBasis, holding.costCurrency).toPlainString(),
                holding.costCurrency, holding.version, holding.createdAt, holding.updatedAt);
    }

    /** A quantity in its shortest exact spelling: 12.50000000 is "12.5", 100.00000000 is "100". */
    public static String plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
