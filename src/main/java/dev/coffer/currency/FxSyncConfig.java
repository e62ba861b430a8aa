package dev.coffer.currency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the exchange-rate sync job and of the reads that depend on it. */
@ConfigMapping(prefix = "coffer.sync.fx")
public interface FxSyncConfig {

    /** Quartz cron of the scheduled sync (seconds first), in UTC. */
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

    /** Lifetime of the latest rates in Redis; longer than the longest gap between scheduled runs. */
    @WithDefault("P4D")
    Duration cacheTtl();

    /** How long a request waits for Redis before answering from Postgres. */
    @WithDefault("PT0.3S")
    Duration redisTimeout();

    /** After Redis failed, requests go straight to Postgres for this long before trying Redis again. */
    @WithDefault("PT5S")
    Duration redisRetryAfter();
}
