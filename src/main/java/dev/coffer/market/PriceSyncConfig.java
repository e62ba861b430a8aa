package dev.coffer.market;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the price sync job and of the reads that depend on it ({@code coffer.sync.prices.*},
 * or {@code COFFER_SYNC_PRICES_*} in the environment). The providers' own settings are
 * {@code MarketProviderConfig}'s; those of the engine every job shares, {@code SyncConfig}'s.
 */
@ConfigMapping(prefix = "coffer.sync.prices")
public interface PriceSyncConfig {

    /** Quartz cron of the scheduled sync (seconds first), in UTC: every 15 minutes. */
    @WithDefault("0 0/15 * ? * *")
    String cron();

    /** Days of daily history fetched when a security is registered, and for a held security without prices. */
    @WithDefault("365")
    int backfillDays();

    /**
     * A security whose newest price was fetched longer ago than this is stale (the job has not
     * refreshed it, at four runs an hour), and a read of it triggers one asynchronous refresh.
     */
    @WithDefault("PT1H")
    Duration staleAfter();

    /**
     * A security whose newest close is more than this many days old is stale however recently it was
     * fetched: a long weekend has no closes for three days, a provider that stopped publishing a
     * symbol has none for longer.
     */
    @WithDefault("4")
    int maxCloseAgeDays();

    /** Provider requests one run may start; securities beyond it wait for the next run. */
    @WithDefault("200")
    int requestBudget();

    /** After a read-triggered refresh, further stale reads wait this long before triggering another. */
    @WithDefault("PT5M")
    Duration refreshCooldown();

    /** Lifetime of the latest quote per security in Redis; longer than a weekend without runs that write. */
    @WithDefault("P4D")
    Duration cacheTtl();

    /** How long a request waits for Redis before answering from Postgres. */
    @WithDefault("PT0.3S")
    Duration redisTimeout();

    /** After Redis failed, requests go straight to Postgres for this long before trying Redis again. */
    @WithDefault("PT5S")
    Duration redisRetryAfter();
}
