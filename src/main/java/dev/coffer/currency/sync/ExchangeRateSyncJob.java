package dev.coffer.currency.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.coffer.currency.ExchangeRateService;
import dev.coffer.currency.FxSyncConfig;
import dev.coffer.currency.RateSnapshot;
import dev.coffer.common.provider.AllProvidersFailedException;
import dev.coffer.currency.provider.ExchangeRateProviders;
import dev.coffer.currency.provider.FetchResult;
import dev.coffer.sync.JobResult;
import dev.coffer.sync.SyncJob;
import dev.coffer.sync.SyncMetrics;
import dev.coffer.sync.SyncWatermark;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Pulls exchange rates from the providers into Postgres, then refreshes the Redis copy. Each run
 * catches up from the watermark (a fresh install back-fills {@code coffer.sync.fx.backfill-days}),
 * writes the batch of the provider that answered in one transaction, and is recorded in
 * {@code sync_runs} as {@code succeeded} when the primary provider answered, {@code partial} when
 * a fallback had to (the error says why; the watermark stays so the next run retries the gap with
 * the primary), or {@code failed} when none did (previous data kept). Runs on
 * {@code coffer.sync.fx.cron}, and when a read finds the rates stale ({@link StaleRatesRefresher}).
 */
@ApplicationScoped
public class ExchangeRateSyncJob implements SyncJob {

    public static final String NAME = "exchange-rates";

    private final ExchangeRateProviders providers;
    private final ExchangeRateWriter writer;
    private final ExchangeRateService rates;
    private final SyncMetrics metrics;
    private final FxSyncConfig config;

    ExchangeRateSyncJob(ExchangeRateProviders providers, ExchangeRateWriter writer, ExchangeRateService rates,
            SyncMetrics metrics, FxSyncConfig config) {
        this.providers = providers;
        this.writer = writer;
        this.rates = rates;
        this.metrics = metrics;
        this.config = config;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> cron() {
        return Optional.of(config.cron());
    }

    /** When the rates in effect today were fetched. */
    @Override
    public Optional<Instant> newestDataFetchedAt() {
        return rates.storedSnapshotOn(today()).map(RateSnapshot::fetchedAt);
    }

    @Override
    public JobResult execute() {
        LocalDate today = today();
        LocalDate from = QuarkusTransaction.requiringNew().call(() -> SyncWatermark.completeThrough(NAME))
                .map(completeThrough -> completeThrough.plusDays(1))
                .orElse(today.minusDays(config.backfillDays()));
        if (from.isAfter(today)) {
            // Up to date: fetch today again, which picks up a day published since the last run.
            from = today;
        }
        FetchResult fetched;
        try {
            fetched = providers.fetchFirstAvailable(from, today);
        } catch (AllProvidersFailedException e) {
            return JobResult.failed(null, e.detail());
        }
        boolean primaryAnswered = !fetched.usedFallback();
        Instant fetchedAt = Instant.now();
        int written;
        try {
            written = writer.write(NAME, fetched.provider(), fetched.rates(), fetchedAt, primaryAnswered);
        } catch (ExchangeRateWriter.RateWriteFailed e) {
            return JobResult.failed(fetched.provider(), e.getMessage());
        }
        metrics.dataFetched(NAME, fetchedAt);
        publishLatest();
        if (primaryAnswered) {
            return JobResult.succeeded(fetched.provider(), written);
        }
        return JobResult.partial(fetched.provider(), written, fetched.summary());
    }

    private void publishLatest() {
        try {
            QuarkusTransaction.requiringNew().call(rates::publishLatestToCache);
        } catch (RuntimeException e) {
            Log.warnf("Rates stored but not cached in Redis: %s", e.getMessage());
        }
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
