package dev.coffer.analytics;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.quarkus.redis.datasource.value.SetArgs;

/**
 * Analytics answers per user in Redis, keyed by generations: a user's own
 * ({@code coffer:analytics:gen:<user>}) and a global one ({@code coffer:analytics:gen:global}). A write
 * that changes a user's figures replaces the user's generation with a fresh value after its commit;
 * newly stored rates replace the global one. An answer is stored under the generations read before
 * it was computed, so one computed from data older than a write can only land under a generation no
 * reader asks for any more. Generations live twice as long as answers: when one expires, every answer
 * stored under it has expired before.
 * <p>
 * Redis is optional: every call is bounded by a short timeout, a failure computes the answer from
 * Postgres, and after a failure Redis is left alone for a moment. A generation that could not be
 * replaced (Redis down during a write) makes the next successful read replace the global one first,
 * so no answer cached before the outage is served after it.
 */
@ApplicationScoped
public class AnalyticsCache {

    static final String GLOBAL_GENERATION = "coffer:analytics:gen:global";

    private final ReactiveValueCommands<String, String> values;
    private final ObjectMapper json;
    private final AnalyticsConfig config;
    private final AtomicReference<Instant> unavailableUntil = new AtomicReference<>(Instant.MIN);
    private final AtomicBoolean missedInvalidation = new AtomicBoolean();

    AnalyticsCache(ReactiveRedisDataSource redis, ObjectMapper json, AnalyticsConfig config) {
        this.values = redis.value(String.class, String.class);
        this.json = json;
        this.config = config;
    }

    static String generationKey(UUID userId) {
        return "coffer:analytics:gen:" + userId;
    }

    static String keyPrefix(UUID userId) {
        return "coffer:analytics:" + userId + ":";
    }

    /**
     * The answer {@code name} of {@code userId}: the cached one, or {@code compute}'s, which is then cached.
     * Only for answers computed from what {@link AnalyticsInvalidation} watches.
     */
    public <T> T get(UUID userId, String name, Class<T> type, Supplier<T> compute) {
        if (resting()) {
            return compute.get();
        }
        String key;
        try {
            if (missedInvalidation.getAndSet(false)) {
                try {
                    replaceGeneration(GLOBAL_GENERATION);
                } catch (RuntimeException e) {
                    missedInvalidation.set(true);
                    throw e;
                }
            }
            Map<String, String> generations = values.mget(generationKey(userId), GLOBAL_GENERATION).await()
                    .atMost(config.redisTimeout());
            key = keyPrefix(userId) + generation(generations.get(GLOBAL_GENERATION)) + ":"
                    + generation(generations.get(generationKey(userId))) + ":" + name;
            String cached = values.get(key).await().atMost(config.redisTimeout());
            T hit = cached == null ? null : read(cached, type, key);
            if (hit != null) {
                return hit;
            }
        } catch (RuntimeException e) {
            rest(e);
            return compute.get();
        }
        T answer = compute.get();
        write(key, answer);
        return answer;
    }

    /** Makes every cached answer of {@code userId} unreachable; call after the write committed. */
    void invalidate(UUID userId) {
        invalidate(generationKey(userId));
    }

    /** Makes every cached answer unreachable; call after the change committed. */
    void invalidateAll() {
        invalidate(GLOBAL_GENERATION);
    }

    private void invalidate(String generationKey) {
        if (resting()) {
            missedInvalidation.set(true);
            return;
        }
        try {
            replaceGeneration(generationKey);
        } catch (RuntimeException e) {
            missedInvalidation.set(true);
            rest(e);
        }
    }

    private void replaceGeneration(String generationKey) {
        values.set(generationKey, UUID.randomUUID().toString(), new SetArgs().ex(config.cacheTtl().multipliedBy(2)))
                .await().atMost(config.redisTimeout());
    }

    /** {@code cached} as a {@code type}, or null when it cannot be read: the answer computed afresh replaces it. */
    private <T> T read(String cached, Class<T> type, String key) {
        try {
            return json.readValue(cached, type);
        } catch (JsonProcessingException e) {
            Log.warnf("Ignoring the unreadable cached analytics answer %s: %s", key, e.getOriginalMessage());
            return null;
        }
    }

    private void write(String key, Object answer) {
        try {
            values.set(key, json.writeValueAsString(answer), new SetArgs().ex(config.cacheTtl())).await()
                    .atMost(config.redisTimeout());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An analytics answer could not be written as JSON", e);
        } catch (RuntimeException e) {
            rest(e);
        }
    }

    private static String generation(String value) {
        return value == null ? "0" : value;
    }

    private boolean resting() {
        return Instant.now().isBefore(unavailableUntil.get());
    }

    private void rest(RuntimeException failure) {
        Log.warnf("Redis unavailable, computing analytics from Postgres for %s: %s", config.redisRetryAfter(),
                failure.getMessage());
        unavailableUntil.set(Instant.now().plus(config.redisRetryAfter()));
    }
}
