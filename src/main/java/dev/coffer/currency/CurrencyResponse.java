package dev.coffer.currency;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A currency clients may use; {@code has_rates} says whether a current exchange rate is known for it. */
@RegisterForReflection
@Schema(description = "An ISO 4217 currency")
public record CurrencyResponse(
        @Schema(examples = "JPY") String code,
        @Schema(examples = "Japanese Yen") String name,
        @Schema(description = "Decimal places of amounts in this currency", examples = "0") int minorUnits,
        @Schema(description = "Whether the latest exchange rates include it") boolean hasRates) {
}
