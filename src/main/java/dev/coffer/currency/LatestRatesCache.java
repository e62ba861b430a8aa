package dev.coffer.currency;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.quarkus.redis.datasource.value.SetArgs;

/**
 * The latest rates per pivot in Redis, the hot copy read by request paths. Redis is optional:
 * every call is bounded by a short timeout, failures are swallowed (callers fall back to
 * Postgres), and after a failure Redis is left alone for a moment so that an outage does not
 * add a timeout to every request.
 */
@ApplicationScoped
public class LatestRatesCache {

    private final ReactiveValueCommands<String, String> values;
    private final ObjectMapper json;
    private final FxSyncConfig config;
    private final AtomicReference<Instant> unavailableUntil = new AtomicReference<>(Instant.MIN);

    LatestRatesCache(ReactiveRedisDataSource redis, ObjectMapper json, FxSyncConfig config) {
        this.values = redis.value(String.class, String.class);
        this.json = json;
        this.config = config;
    }

    static String key(String base) {
        return "coffer:fx:latest:" + base;
    }

    public Optional<RateSnapshot> latest(String base) {
        if (resting()) {
            return Optional.empty();
        }
        try {
            String value = values.get(key(base)).await().atMost(config.redisTimeout());
            return value == null ? Optional.empty() : Optional.of(json.readValue(value, RateSnapshot.class));
        } catch (JsonProcessingException e) {
            Log.warnf("Ignoring unreadable cached rates for %s: %s", base, e.getOriginalMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            rest(e);
            return Optional.empty();
        }
    }

    /** Replaces the cached latest rates; the sync job calls this after its commit. */
    public void put(RateSnapshot snapshot) {
        write(snapshot, new SetArgs().ex(config.cacheTtl()));
    }

    /**
     * Caches rates read from Postgres unless a value is already there, so a slow reader never
     * overwrites newer rates the sync job wrote meanwhile.
     */
    public void putIfAbsent(RateSnapshot snapshot) {
        write(snapshot, new SetArgs().nx().ex(config.cacheTtl()));
    }

    public void evict(String base) {
        if (resting()) {
            return;
        }
        try {
            values.getdel(key(base)).await().atMost(config.redisTimeout());
        } catch (RuntimeException e) {
            rest(e);
        }
    }

    private void write(RateSnapshot snapshot, SetArgs args) {
        if (resting()) {
            return;
        }
        try {
            values.set(key(snapshot.base()), json.writeValueAsString(snapshot), args).await()
                    .atMost(config.redisTimeout());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Rates could not be written as JSON", e);
        } catch (RuntimeException e) {
            rest(e);
        }
    }

    private boolean resting() {
        return Instant.now().isBefore(unavailableUntil.get());
    }

    private void rest(RuntimeException failure) {
        Log.warnf("Redis unavailable, serving rates from Postgres for %s: %s", config.redisRetryAfter(),
                failure.getMessage());
        unavailableUntil.set(Instant.now().plus(config.redisRetryAfter()));
    }
}
