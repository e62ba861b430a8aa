package dev.coffer.analytics;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the analytics cache in Redis ({@code coffer.analytics.*}, or {@code COFFER_ANALYTICS_*}). */
@ConfigMapping(prefix = "coffer.analytics")
public interface AnalyticsConfig {

    /** Lifetime of a cached answer; writes make it unreachable before that. */
    @WithDefault("PT1H")
    Duration cacheTtl();

    /** How long a request waits for Redis before computing the answer from Postgres. */
    @WithDefault("PT0.3S")
    Duration redisTimeout();

    /** After Redis failed, requests go straight to Postgres for this long before trying Redis again. */
    @WithDefault("PT5S")
    Duration redisRetryAfter();
}
