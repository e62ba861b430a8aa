package dev.coffer.currency;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code amount} of {@code from} in {@code to}: {@code result} = amount x rate, rounded to the minor units of {@code to}. */
@Schema(description = "An amount converted at the rate effective on a day")
public record ConversionResponse(
        @Schema(description = "The amount converted, a decimal string", examples = "25.50") String amount,
        @Schema(description = "ISO 4217 code of amount", examples = "EUR") String from,
        @Schema(description = "ISO 4217 code of result", examples = "USD") String to,
        @Schema(description = "Units of `to` per one `from`, a decimal string", examples = "1.1252") String rate,
        @Schema(description = "The day the rate was published") LocalDate rateDate,
        @Schema(description = "amount x rate in the minor units of `to`, a decimal string", examples = "28.69") String result) {
}
