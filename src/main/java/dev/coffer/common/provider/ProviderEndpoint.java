package dev.coffer.common.provider;

import java.time.Duration;

import io.smallrye.config.WithDefault;

/**
 * How hard one outside data provider is tried: the timeouts its REST client applies, and the retry
 * and circuit breaker {@link ResilientHttpCall} wraps every request in. Each domain's provider
 * config mapping extends it per provider, so every provider is tuned on its own keys.
 */
public interface ProviderEndpoint {

    /** Milliseconds, the unit the REST client configuration takes. */
    long connectTimeout();

    /** Milliseconds, the unit the REST client configuration takes. */
    long readTimeout();

    Retry retry();

    CircuitBreaker circuitBreaker();

    interface Retry {

        /** Retries after the first attempt, on 429, 5xx and I/O errors only. */
        @WithDefault("3")
        int maxRetries();

        /** Delay before the first retry; doubles on each further retry, with jitter. */
        @WithDefault("PT1S")
        Duration initialBackoff();

        /** Upper bound of one delay; a {@code Retry-After} asking for longer ends the retries. */
        @WithDefault("PT30S")
        Duration maxBackoff();
    }

    interface CircuitBreaker {

        /** Attempts in the rolling window the failure ratio is computed over. */
        @WithDefault("8")
        int requestVolumeThreshold();

        @WithDefault("0.75")
        double failureRatio();

        /** How long the breaker stays open before letting a trial call through. */
        @WithDefault("PT5M")
        Duration delay();
    }
}
