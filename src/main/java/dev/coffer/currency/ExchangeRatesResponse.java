package dev.coffer.currency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Rates of one base currency effective on {@code date}: units of each symbol per one {@code base}. */
@Schema(description = "Rates of one base currency effective on a day")
public record ExchangeRatesResponse(
        @Schema(description = "ISO 4217 code", examples = "EUR") String base,
        @Schema(description = "The day the rates were published") LocalDate date,
        @Schema(description = "Units of each symbol per one base, decimal strings, by ISO 4217 code",
                examples = "{\"USD\": \"1.1252\", \"GBP\": \"0.8477\", \"JPY\": \"163.36\"}") Map<String, String> rates,
        @Schema(description = "The provider that published them", examples = "ecb") String source,
        @Schema(description = "When Coffer fetched them") Instant fetchedAt) {
}
