package dev.coffer.currency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Rates of one base currency effective on {@code date}: units of each symbol per one {@code base}. */
public record ExchangeRatesResponse(String base, LocalDate date, Map<String, String> rates, String source,
        Instant fetchedAt) {
}
