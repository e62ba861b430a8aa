package dev.coffer.analytics;

import static dev.coffer.analytics.AnalyticsMonthlyTest.as;
import static dev.coffer.analytics.AnalyticsMonthlyTest.categories;
import static dev.coffer.analytics.AnalyticsMonthlyTest.monthly;
import static dev.coffer.analytics.AnalyticsMonthlyTest.record;
import static dev.coffer.analytics.AnalyticsMonthlyTest.withBase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With Redis unreachable, analytics are computed from Postgres on every read, and writes still show. */
@QuarkusTest
@TestProfile(AnalyticsRedisDownTest.RedisOnAClosedPort.class)
class AnalyticsRedisDownTest {

    public static class RedisOnAClosedPort implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:1");
        }
    }

    @Test
    void analyticsAreComputedFromPostgresWhileRedisIsUnreachable() {
        Account account = withBase("analytics-redis-down", "USD");
        UUID category = categories(account).getFirst();
        record(account, "10.00", "USD", LocalDate.of(2006, 7, 1), category);
        monthly(account, 2006, 7).statusCode(200).body("total_expenses", equalTo("10.00"));
        String id = record(account, "4.00", "USD", LocalDate.of(2006, 7, 2), category);
        monthly(account, 2006, 7).statusCode(200).body("total_expenses", equalTo("14.00"));
        as(account).when().delete("/api/v1/expenses/" + id).then().statusCode(204);
        monthly(account, 2006, 7).statusCode(200).body("total_expenses", equalTo("10.00"));
        as(account).when().get("/api/v1/analytics/trends").then().statusCode(200).body("months", hasSize(6));
    }
}
