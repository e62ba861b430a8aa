package dev.coffer.market;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.quarkus.redis.datasource.value.SetArgs;

/**
 * The latest quote per security in Redis, the hot copy read by request paths, as
 * {@code LatestRatesCache} holds the latest rates: every call bounded by a short timeout, failures
 * swallowed (callers fall back to Postgres), and Redis left alone for a moment after one.
 */
@ApplicationScoped
public class LatestQuoteCache {

    private final ReactiveValueCommands<String, String> values;
    private final ObjectMapper json;
    private final PriceSyncConfig config;
    private final AtomicReference<Instant> unavailableUntil = new AtomicReference<>(Instant.MIN);

    LatestQuoteCache(ReactiveRedisDataSource redis, ObjectMapper json, PriceSyncConfig config) {
        this.values = redis.value(String.class, String.class);
        this.json = json;
        this.config = config;
    }

    static String key(UUID securityId) {
        return "coffer:market:latest:" + securityId;
    }

    public Optional<LatestQuote> latest(UUID securityId) {
        if (resting()) {
            return Optional.empty();
        }
        try {
            String value = values.get(key(securityId)).await().atMost(config.redisTimeout());
            return value == null ? Optional.empty() : Optional.of(json.readValue(value, LatestQuote.class));
        } catch (JsonProcessingException e) {
            Log.warnf("Ignoring an unreadable cached quote of %s: %s", securityId, e.getOriginalMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            rest(e);
            return Optional.empty();
        }
    }

    /** Replaces the cached quote; the sync job and registration call this after their commit. */
    public void put(LatestQuote quote) {
        write(quote, new SetArgs().ex(config.cacheTtl()));
    }

    /** Caches a quote read from Postgres unless one is there, so a slow reader never overwrites a newer one. */
    public void putIfAbsent(LatestQuote quote) {
        write(quote, new SetArgs().nx().ex(config.cacheTtl()));
    }

    public void evict(UUID securityId) {
        if (resting()) {
            return;
        }
        try {
            values.getdel(key(securityId)).await().atMost(config.redisTimeout());
        } catch (RuntimeException e) {
            rest(e);
        }
    }

    private void write(LatestQuote quote, SetArgs args) {
        if (resting()) {
            return;
        }
        try {
            values.set(key(quote.securityId()), json.writeValueAsString(quote), args).await()
                    .atMost(config.redisTimeout());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A quote could not be written as JSON", e);
        } catch (RuntimeException e) {
            rest(e);
        }
    }

    private boolean resting() {
        return Instant.now().isBefore(unavailableUntil.get());
    }

    private void rest(RuntimeException failure) {
        Log.warnf("Redis unavailable, serving quotes from Postgres for %s: %s", config.redisRetryAfter(),
                failure.getMessage());
        unavailableUntil.set(Instant.now().plus(config.redisRetryAfter()));
    }
}
