package dev.coffer.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import dev.coffer.currency.LatestRatesCache;
import dev.coffer.currency.RateRows;
import dev.coffer.currency.RateSnapshot;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Puts the exchange-rate sync back to a fresh install: no rates, no watermark, no runs, nothing cached. */
final class SyncTestData {

    private SyncTestData() {
    }

    static void freshInstall(LatestRatesCache cache) {
        RateRows.deleteAll();
        QuarkusTransaction.requiringNew().run(() -> {
            SyncWatermark.deleteAll();
            SyncRun.delete("job", ExchangeRateSyncJob.NAME);
        });
        cache.evict(RateSnapshot.PIVOT);
    }

    /** A fresh install whose scripted providers fail until a test scripts them, with no requests recorded. */
    static void freshInstall(LatestRatesCache cache, ScriptedProvider... providers) {
        freshInstall(cache);
        for (ScriptedProvider provider : providers) {
            provider.failing();
            provider.requestedFrom().clear();
        }
    }

    /** Waits up to 30 s for work running in the background to make {@code condition} true. */
    static void eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 30 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static void setWatermark(LocalDate completeThrough) {
        QuarkusTransaction.requiringNew().run(() -> {
            SyncWatermark mark = new SyncWatermark();
            mark.job = ExchangeRateSyncJob.NAME;
            mark.completeThrough = completeThrough;
            mark.updatedAt = Instant.now();
            mark.persist();
        });
    }

    static Optional<LocalDate> watermark() {
        return QuarkusTransaction.requiringNew().call(() -> SyncWatermark.completeThrough(ExchangeRateSyncJob.NAME));
    }

    static long runCount() {
        return QuarkusTransaction.requiringNew().call(() -> SyncRun.count("job", ExchangeRateSyncJob.NAME));
    }
}
