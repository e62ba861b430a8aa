package dev.coffer.currency;

import java.time.Instant;

/**
 * Fired, synchronously and without blocking the read, when a read answered with rates fetched
 * longer ago than {@code coffer.sync.fx.stale-after} (or found none): the sync side observes it to
 * start one background refresh, so the read path never depends on the job.
 *
 * @param fetchedAt when the rates the read found were fetched; {@link Instant#EPOCH} when it found none
 */
public record RatesFoundStale(Instant fetchedAt) {
}
