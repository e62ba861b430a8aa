package dev.coffer.currency;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The rate of a pair on a day a provider published rates. */
@Schema(description = "The rate of a pair on a day rates were published")
public record RateHistoryPoint(
        LocalDate date,
        @Schema(description = "Units of the symbol per one base, a decimal string", examples = "1.1252") String rate) {
}
