package dev.coffer.currency;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code amount} of {@code from} in {@code to}: {@code result} = amount x rate(EUR->to) / rate(EUR->from)
 * exactly, rounded once to the minor units of {@code to}; {@code rate} is that ratio at 10 significant digits.
 */
@Schema(description = "An amount converted at the rate effective on a day")
public record ConversionResponse(
        @Schema(description = "The amount converted, a decimal string", examples = "25.50") String amount,
        @Schema(description = "ISO 4217 code of amount", examples = "EUR") String from,
        @Schema(description = "ISO 4217 code of result", examples = "USD") String to,
        @Schema(description = "Units of `to` per one `from`, a decimal string with 10 significant digits (fewer"
                + " when exact)", examples = "1.1252") String rate,
        @Schema(description = "The day the rate was published") LocalDate rateDate,
        @Schema(description = "amount x rate in the minor units of `to`, a decimal string: computed with the"
                + " exact ratio of the published euro rates (not the 10-digit rate) and rounded once, half to even",
                examples = "28.69") String result) {
}
