package dev.coffer.currency;

import java.time.LocalDate;

/** The rate of a pair on a day a provider published rates. */
public record RateHistoryPoint(LocalDate date, String rate) {
}
