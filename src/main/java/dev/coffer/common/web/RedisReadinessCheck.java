package dev.coffer.common.web;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;

/**
 * Reports whether Redis answers. Redis is the hot copy, not the record: every request path falls
 * back to Postgres, so this check is always UP and only says what it saw.
 */
@Readiness
@ApplicationScoped
public class RedisReadinessCheck implements HealthCheck {

    private static final Duration PING_TIMEOUT = Duration.ofMillis(500);

    private final ReactiveRedisDataSource redis;

    RedisReadinessCheck(ReactiveRedisDataSource redis) {
        this.redis = redis;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Redis (optional cache)").up();
        try {
            redis.execute("PING").await().atMost(PING_TIMEOUT);
            return response.withData("redis", "up").build();
        } catch (RuntimeException e) {
            return response.withData("redis", "down").withData("effect", "served from Postgres").build();
        }
    }
}
