package dev.coffer.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import dev.coffer.common.error.ApiException;
import io.quarkus.logging.Log;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.value.ValueCommands;

/**
 * Fixed-window counters, shared by all replicas through Redis. While Redis is unreachable each
 * instance keeps counting in memory, so limits still hold (per instance) and requests still succeed.
 */
@ApplicationScoped
public class RateLimiter {

    /** After a Redis failure, skip Redis for this long instead of paying a timeout on every request. */
    private static final Duration REDIS_BACKOFF = Duration.ofSeconds(5);
    private static final int MEMORY_SWEEP_THRESHOLD = 10_000;

    private final ValueCommands<String, Long> counters;
    private final RedisDataSource redis;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Counter> memory = new ConcurrentHashMap<>();
    private volatile long redisRetryAtMillis;

    RateLimiter(RedisDataSource redis) {
        this.redis = redis;
        this.counters = redis.value(Long.class);
    }

    /**
     * Counts one attempt against {@code limit} per {@code window} for {@code subject} in {@code scope};
     * throws 429 {@code RATE_LIMITED} with {@code Retry-After} once the limit is exceeded.
     */
    public void acquire(String scope, String subject, int limit, Duration window) {
        long nowMillis = clock.millis();
        long windowMillis = window.toMillis();
        long windowIndex = nowMillis / windowMillis;
        String key = "coffer:rate:" + scope + ":" + SecureTokens.sha256(subject) + ":" + windowIndex;
        long count = increment(key, window, windowIndex, windowMillis);
        if (count > limit) {
            long windowEndMillis = (windowIndex + 1) * windowMillis;
            long retryAfterSeconds = Math.max(1, (windowEndMillis - nowMillis + 999) / 1000);
            throw ApiException.tooManyRequests("Too many attempts; try again in " + retryAfterSeconds + " s",
                    retryAfterSeconds);
        }
    }

    private long increment(String key, Duration window, long windowIndex, long windowMillis) {
        if (clock.millis() >= redisRetryAtMillis) {
            try {
                long count = counters.incr(key);
                if (count == 1) {
                    redis.key().expire(key, window.plusSeconds(1));
                }
                return count;
            } catch (RuntimeException e) {
                redisRetryAtMillis = clock.millis() + REDIS_BACKOFF.toMillis();
                Log.warnf("Redis unavailable for rate limiting, counting in memory for %d s: %s",
                        REDIS_BACKOFF.toSeconds(), e.getMessage());
            }
        }
        return incrementInMemory(key, windowIndex, windowMillis);
    }

    private long incrementInMemory(String key, long windowIndex, long windowMillis) {
        if (memory.size() > MEMORY_SWEEP_THRESHOLD) {
            long nowMillis = clock.millis();
            memory.values().removeIf(counter -> counter.windowEndMillis() <= nowMillis);
        }
        return memory.computeIfAbsent(key, k -> new Counter(new AtomicLong(), (windowIndex + 1) * windowMillis))
                .count().incrementAndGet();
    }

    private record Counter(AtomicLong count, long windowEndMillis) {
    }
}
