package dev.coffer.market.sync;

import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.coffer.market.PriceSyncConfig;
import dev.coffer.market.PricesFoundStale;
import dev.coffer.sync.SyncRunner;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Single-flight background price sync for reads that found a stale quote (an instance scaled to zero
 * missed its schedule), as {@code StaleRatesRefresher} does for rates: concurrent reads start at most
 * one run, and after one started, further reads wait {@code coffer.sync.prices.refresh-cooldown}.
 */
@ApplicationScoped
public class StalePricesRefresher {

    public static final String TRIGGER = "stale-read";

    private final SyncRunner runner;
    private final PriceSyncJob job;
    private final PriceSyncConfig config;
    private final AtomicBoolean inFlight = new AtomicBoolean();
    private final AtomicReference<Instant> lastStarted = new AtomicReference<>(Instant.MIN);
    private final Executor background = Infrastructure.getDefaultWorkerPool();

    StalePricesRefresher(SyncRunner runner, PriceSyncJob job, PriceSyncConfig config) {
        this.runner = runner;
        this.job = job;
        this.config = config;
    }

    /** Called on the reading request's thread: starts a refresh unless one is running or started within the cooldown. */
    void onStaleRead(@Observes PricesFoundStale event) {
        if (Instant.now().isBefore(lastStarted.get().plus(config.refreshCooldown()))
                || !inFlight.compareAndSet(false, true)) {
            return;
        }
        lastStarted.set(Instant.now());
        Log.debugf("A read found the price of %s fetched at %s; refreshing prices in the background", event.symbol(),
                event.fetchedAt());
        try {
            background.execute(() -> {
                try {
                    runner.run(job, TRIGGER);
                } catch (RuntimeException e) {
                    Log.warnf("Refreshing stale prices failed: %s", e.getMessage());
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
