package dev.coffer.currency;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The rate from one currency to another effective on a day, and where it came from. */
public record RateQuote(String from, String to, BigDecimal rate, LocalDate rateDate, String source,
        Instant fetchedAt) {
}
