package dev.coffer.currency.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import dev.coffer.currency.LatestRatesCache;
import dev.coffer.currency.RateRows;
import dev.coffer.currency.RateSnapshot;
import dev.coffer.sync.SyncRun;
import dev.coffer.sync.SyncWatermark;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Puts the exchange-rate sync back to a fresh install: no rates, no watermark, no runs, nothing cached. */
public final class RateSyncData {

    private RateSyncData() {
    }

    public static void freshInstall(LatestRatesCache cache) {
        RateRows.deleteAll();
        QuarkusTransaction.requiringNew().run(() -> {
            SyncWatermark.delete("job", ExchangeRateSyncJob.NAME);
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

    public static long runCount() {
        return QuarkusTransaction.requiringNew().call(() -> SyncRun.count("job", ExchangeRateSyncJob.NAME));
    }
}
