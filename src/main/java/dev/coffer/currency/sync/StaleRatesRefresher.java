package dev.coffer.currency.sync;

import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.coffer.currency.FxSyncConfig;
import dev.coffer.currency.RatesFoundStale;
import dev.coffer.sync.SyncRunner;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Single-flight background refresh of exchange rates for reads that found stale data (an instance
 * that was scaled to zero missed its schedule). Concurrent requests start at most one run, and
 * after one started, further requests wait {@code coffer.sync.fx.refresh-cooldown} (a provider
 * with nothing newer would otherwise be asked on every read over a weekend).
 */
@ApplicationScoped
public class StaleRatesRefresher {

    public static final String TRIGGER = "stale-read";

    private final SyncRunner runner;
    private final ExchangeRateSyncJob job;
    private final FxSyncConfig config;
    private final AtomicBoolean inFlight = new AtomicBoolean();
    private final AtomicReference<Instant> lastStarted = new AtomicReference<>(Instant.MIN);
    private final Executor background = Infrastructure.getDefaultWorkerPool();

    StaleRatesRefresher(SyncRunner runner, ExchangeRateSyncJob job, FxSyncConfig config) {
        this.runner = runner;
        this.job = job;
        this.config = config;
    }

    /**
     * Called on the reading request's thread: starts a refresh unless one is running or one started
     * within the cooldown; never blocks.
     */
    void onStaleRead(@Observes RatesFoundStale event) {
        if (Instant.now().isBefore(lastStarted.get().plus(config.refreshCooldown()))
                || !inFlight.compareAndSet(false, true)) {
            return;
        }
        lastStarted.set(Instant.now());
        Log.debugf("A read found exchange rates fetched at %s; refreshing them in the background", event.fetchedAt());
        try {
            background.execute(() -> {
                try {
                    runner.run(job, TRIGGER);
                } catch (RuntimeException e) {
                    Log.warnf("Refreshing stale exchange rates failed: %s", e.getMessage());
                } finally {
                    inFlight.set(false);
                }
            });
        } catch (RuntimeException e) {
            inFlight.set(false);
            throw e;
        }
    }
}
