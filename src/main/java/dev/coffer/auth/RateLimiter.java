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
        Window current = Window.of(scope, subject, window, clock.millis());
        if (increment(current) > limit) {
            throw refusal(current);
        }
    }

    /** Counts one event (such as a failed login) without refusing it. */
    public void record(String scope, String subject, Duration window) {
        increment(Window.of(scope, subject, window, clock.millis()));
    }

    /** Throws 429 when {@code limit} events were already recorded in the current window, without counting. */
    public void ensureNotExhausted(String scope, String subject, int limit, Duration window) {
        Window current = Window.of(scope, subject, window, clock.millis());
        if (read(current) >= limit) {
            throw refusal(current);
        }
    }

    private ApiException refusal(Window current) {
        long retryAfterSeconds = Math.max(1, (current.endMillis() - clock.millis() + 999) / 1000);
        return ApiException.tooManyRequests("Too many attempts; try again in " + retryAfterSeconds + " s",
                retryAfterSeconds);
    }

    private long read(Window current) {
        if (clock.millis() >= redisRetryAtMillis) {
            try {
                Long count = counters.get(current.key());
                return count == null ? 0 : count;
            } catch (RuntimeException e) {
                redisRetryAtMillis = clock.millis() + REDIS_BACKOFF.toMillis();
                Log.warnf("Redis unavailable for rate limiting, counting in memory for %d s: %s",
                        REDIS_BACKOFF.toSeconds(), e.getMessage());
            }
        }
        Counter counter = memory.get(current.key());
        return counter == null ? 0 : counter.count().get();
    }

    private long increment(Window current) {
        String key = current.key();
        if (clock.millis() >= redisRetryAtMillis) {
            try {
                long count = counters.incr(key);
                if (count == 1) {
                    redis.key().expire(key, current.length().plusSeconds(1));
                }
                return count;
            } catch (RuntimeException e) {
                redisRetryAtMillis = clock.millis() + REDIS_BACKOFF.toMillis();
                Log.warnf("Redis unavailable for rate limiting, counting in memory for %d s: %s",
                        REDIS_BACKOFF.toSeconds(), e.getMessage());
            }
        }
        return incrementInMemory(current);
    }

    private long incrementInMemory(Window current) {
        if (memory.size() > MEMORY_SWEEP_THRESHOLD) {
            long nowMillis = clock.millis();
            memory.values().removeIf(counter -> counter.windowEndMillis() <= nowMillis);
        }
        return memory.computeIfAbsent(current.key(), k -> new Counter(new AtomicLong(), current.endMillis()))
                .count().incrementAndGet();
    }

    /** The fixed window that {@code nowMillis} falls in, and the counter key of a subject in it. */
    private record Window(String key, Duration length, long endMillis) {

        static Window of(String scope, String subject, Duration length, long nowMillis) {
            long lengthMillis = length.toMillis();
            long index = nowMillis / lengthMillis;
            return new Window("coffer:rate:" + scope + ":" + SecureTokens.sha256(subject) + ":" + index, length,
                    (index + 1) * lengthMillis);
        }
    }

    private record Counter(AtomicLong count, long windowEndMillis) {
    }
}
