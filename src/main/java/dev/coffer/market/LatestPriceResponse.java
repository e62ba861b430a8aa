package dev.coffer.market;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Schema(description = "The newest close the service has, with its real date; it may be days old while providers are down")
public record LatestPriceResponse(
        @Schema(type = SchemaType.STRING, format = "decimal", example = "129.0399932861328",
                description = "In the security's currency, with the provider's digits") String price,
        @Schema(description = "The trading day of the price", example = "2020-11-06") LocalDate asOf,
        @Schema(description = "The provider it came from", enumeration = { "yahoo", "stooq", "coingecko" }, example = "yahoo")
        String source) {

    static LatestPriceResponse of(LatestQuote quote) {
        return new LatestPriceResponse(quote.price().toPlainString(), quote.asOf(), quote.source());
    }
}
