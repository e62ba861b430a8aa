package dev.coffer.common.provider;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import io.smallrye.faulttolerance.api.CustomBackoffStrategy;

/**
 * Exponential backoff with "equal jitter" (half the delay fixed, half random) so that replicas
 * retrying the same provider spread out, never shorter than what the provider asked for in
 * {@code Retry-After}. One instance serves one guarded call.
 */
final class RetryAfterBackoff implements CustomBackoffStrategy {

    private final long maxDelayMillis;
    private long nextBaseDelayMillis;

    RetryAfterBackoff(Duration maxDelay) {
        this.maxDelayMillis = maxDelay.toMillis();
    }

    @Override
    public void init(long initialDelayInMillis) {
        nextBaseDelayMillis = Math.min(initialDelayInMillis, maxDelayMillis);
    }

    @Override
    public long nextDelayInMillis(Throwable cause) {
        long base = nextBaseDelayMillis;
        nextBaseDelayMillis = Math.min(saturatedDouble(base), maxDelayMillis);
        long half = base / 2;
        long jittered = half + ThreadLocalRandom.current().nextLong(base - half + 1);
        long requested = cause instanceof TransientFailure transientFailure
                ? transientFailure.retryAfter().map(Duration::toMillis).orElse(0L)
                : 0L;
        return Math.max(jittered, requested);
    }

    private static long saturatedDouble(long value) {
        return value > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : value * 2;
    }
}
