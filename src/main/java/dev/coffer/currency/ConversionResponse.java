package dev.coffer.currency;

import java.time.LocalDate;

/** {@code amount} of {@code from} in {@code to}: {@code result} = amount x rate, rounded to the minor units of {@code to}. */
public record ConversionResponse(String amount, String from, String to, String rate, LocalDate rateDate,
        String result) {
}
