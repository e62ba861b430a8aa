package dev.coffer.market;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Schema(description = "A registered security (shared by every user) and its newest price")
public record SecurityResponse(
        @Schema(example = "0190e2a4-7d0b-7c3e-9d4f-2b1c3a4d5e6f") UUID id,
        @Schema(example = "AAPL") String symbol,
        @Schema(example = "Apple Inc.") String name,
        @Schema(enumeration = { "equity", "etf", "fund", "crypto", "bond", "other" }, example = "equity") String type,
        @Schema(nullable = true, description = "Where it is listed, as the provider names it; null when it does not say",
                example = "NasdaqGS") String exchange,
        @Schema(description = "ISO 4217 code its prices are in", example = "USD") String currency,
        @Schema(nullable = true, description = "null while no price is stored") LatestPriceResponse latestPrice) {

    static SecurityResponse of(Security security, LatestQuote latest) {
        return new SecurityResponse(security.id, security.symbol, security.name, security.type, security.exchange,
                security.currency.trim(), latest == null ? null : LatestPriceResponse.of(latest));
    }
}
