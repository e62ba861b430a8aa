package dev.coffer.currency.sync;

import java.time.LocalDate;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An entry of {@code currencies} in {@code /api/v1/sync/status}: the last date a pair has a
 * published rate for; stale when older than the newest day or fetched too long ago.
 */
@RegisterForReflection
public record CurrencyPairStatus(String base, String quote, LocalDate lastDate, boolean stale) {
}
