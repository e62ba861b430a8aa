package dev.coffer.market;

import java.time.Instant;

/** A read found a security's newest price fetched at {@code fetchedAt}, longer ago than {@code coffer.sync.prices.stale-after}. */
public record PricesFoundStale(String symbol, Instant fetchedAt) {
}
