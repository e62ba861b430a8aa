package dev.coffer.currency;

import java.time.LocalDate;

/**
 * Fired by whatever stores exchange rates, once the rates of the days {@code earliest} to
 * {@code latest} (inclusive) are written. Observers that keep amounts converted at the rate of a date
 * (expenses) refresh those that a rate of one of these days can change; they observe it after the
 * storing transaction succeeded, so that they read the committed rates.
 */
public record ExchangeRatesStored(LocalDate earliest, LocalDate latest) {
}
