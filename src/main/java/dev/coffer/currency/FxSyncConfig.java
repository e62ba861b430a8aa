package dev.coffer.currency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the exchange-rate sync job and of the reads that depend on it
 * ({@code coffer.sync.fx.*}, or {@code COFFER_SYNC_FX_*} in the environment). The providers' own
 * settings are {@code FxProviderConfig}'s; those of the engine every job shares, {@code SyncConfig}'s.
 */
@ConfigMapping(prefix = "coffer.sync.fx")
public interface FxSyncConfig {

    /**
     * Quartz cron of the scheduled sync (seconds first), in UTC: weekdays 15:20, 16:20, 17:20 and
     * 21:20, after the ECB's publication around 16:00 CET (14:00 or 15:00 UTC); the later tries
     * pick up late publications.
     */
    @WithDefault("0 20 15,16,17,21 ? * MON-FRI")
    String cron();

    /** Days of history fetched when nothing has been synced yet. */
    @WithDefault("90")
    int backfillDays();

    /** Rates fetched longer ago than this make a read trigger one asynchronous refresh. */
    @WithDefault("PT36H")
    Duration staleAfter();

    /** After a read-triggered refresh, further stale reads wait this long before triggering another. */
    @WithDefault("PT5M")
    Duration refreshCooldown();

    /**
     * Lifetime of the latest rates in Redis; longer than the longest gap between scheduled runs
     * (Friday evening to Monday afternoon).
     */
    @WithDefault("P4D")
    Duration cacheTtl();

    /** How long a request waits for Redis before answering from Postgres. */
    @WithDefault("PT0.3S")
    Duration redisTimeout();

    /** After Redis failed, requests go straight to Postgres for this long before trying Redis again. */
    @WithDefault("PT5S")
    Duration redisRetryAfter();
}
