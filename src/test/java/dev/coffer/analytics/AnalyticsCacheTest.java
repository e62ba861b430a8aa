package dev.coffer.analytics;

import static dev.coffer.analytics.AnalyticsMonthlyTest.as;
import static dev.coffer.analytics.AnalyticsMonthlyTest.categories;
import static dev.coffer.analytics.AnalyticsMonthlyTest.monthly;
import static dev.coffer.analytics.AnalyticsMonthlyTest.record;
import static dev.coffer.analytics.AnalyticsMonthlyTest.withBase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.coffer.category.CategoryApi;
import dev.coffer.currency.ExchangeRatesStored;
import dev.coffer.currency.RateRows;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The Redis cache of analytics answers: a second read is served from Redis, and every write that
 * changes the figures makes the next read reflect it.
 */
@QuarkusTest
class AnalyticsCacheTest {

    private static final LocalDate DAY = LocalDate.of(2005, 5, 10);
    private static final LocalDate RATE_DAY = LocalDate.of(2005, 5, 1);

    @Inject
    RedisDataSource redis;

    @Inject
    Event<ExchangeRatesStored> ratesStored;

    @BeforeEach
    void noRatesBefore2010() {
        RateRows.deleteBefore(LocalDate.of(2010, 1, 1));
    }

    @AfterEach
    void noRatesLeftBehind() {
        RateRows.put(RATE_DAY, Map.of());
    }

    private List<String> cachedKeys(Account account) {
        return redis.key().keys("coffer:analytics:" + account.id() + ":*");
    }

    /** Overwrites a cached answer's total, so that a read served from the cache shows it. */
    private void tamper(Account account) {
        List<String> keys = cachedKeys(account);
        assertThat(keys).hasSize(1);
        String key = keys.getFirst();
        var values = redis.value(String.class);
        values.setex(key, 600, values.get(key).replace("\"total_expenses\":\"10.00\"", "\"total_expenses\":\"77.77\""));
    }

    @Test
    void aSecondReadIsServedFromTheCache() {
        Account account = withBase("analytics-cache-hit", "USD");
        record(account, "10.00", "USD", DAY, categories(account).getFirst());
        assertThat(cachedKeys(account)).isEmpty();
        monthly(account, 2005, 5).statusCode(200).body("total_expenses", equalTo("10.00"));
        assertThat(cachedKeys(account)).singleElement().asString().endsWith(":monthly:2005-05");
        tamper(account);
        monthly(account, 2005, 5).statusCode(200).body("total_expenses", equalTo("77.77"));
    }

    @Test
    void anUnreadableCachedAnswerIsComputedAfreshAndReplaced() {
        Account account = withBase("analytics-cache-unreadable", "USD");
        record(account, "10.00", "USD", DAY, categories(account).getFirst());
        monthly(account, 2005, 5).statusCode(200);
        String key = cachedKeys(account).getFirst();
        redis.value(String.class).setex(key, 600, "{not json");
        monthly(account, 2005, 5).statusCode(200).body("total_expenses", equalTo("10.00"));
        assertThat(redis.value(String.class).get(key)).contains("\"total_expenses\":\"10.00\"");
    }

    @Test
    void aNewExpenseIsReflectedAtOnce() {
        Account account = withBase("analytics-cache-create", "USD");
        UUID category = categories(account).getFirst();
        record(account, "10.00", "USD", DAY, category);
        monthly(account, 2005, 5).statusCode(200).body("total_expenses", equalTo("10.00"));
        record(account, "5.00", "USD", DAY.plusDays(1), category);
        monthly(account, 2005, 5).statusCode(200).body("total_expenses", equalTo("15.00"))
                .body("expense_count", equalTo(2));
    }

    @Test
    void aDeletedExpenseIsReflectedAtOnce() {
        Account account = withBase("analytics-cache-delete", "USD");
        UUID category = categories(account).getFirst();
        record(account, "10.00", "USD", DAY, category);
        String id = record(account, "5.00", "USD", DAY, category);
        monthly(account, 2005, 5).statusCode(200).body("total_expenses", equalTo("15.00"));
        as(account).when().delete("/api/v1/expenses/" + id).then().statusCode(204);
        monthly(account, 2005, 5).statusCode(200).body("total_expenses", equalTo("10.00"));
    }

    @Test
    void aChangedExpenseIsReflectedInTrendsAtOnce() {
        Account account = withBase("analytics-cache-patch", "USD");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String id = record(account, "10.00", "USD", today, categories(account).getFirst());
        as(account).queryParam("months", "1").when().get("/api/v1/analytics/trends").then().statusCode(200)
                .body("months.total", contains("10.00"));
        as(account).body(Map.of("amount", "12.00")).when().patch("/api/v1/expenses/" + id).then().statusCode(200);
        as(account).queryParam("months", "1").when().get("/api/v1/analytics/trends").then().statusCode(200)
                .body("months.total", contains("12.00"));
    }

    @Test
    void aNewBaseCurrencyIsReflectedAtOnce() {
        RateRows.put(RATE_DAY, Map.of("USD", "2", "GBP", "1"));
        Account account = withBase("analytics-cache-base", "USD");
        record(account, "10.00", "USD", DAY, categories(account).getFirst());
        monthly(account, 2005, 5).statusCode(200).body("currency", equalTo("USD"))
                .body("total_expenses", equalTo("10.00"));
        as(account).body(Map.of("base_currency", "GBP")).when().patch("/api/v1/users/me").then().statusCode(200);
        monthly(account, 2005, 5).statusCode(200).body("currency", equalTo("GBP"))
                .body("total_expenses", equalTo("5.00"));
    }

    @Test
    void aRenamedCategoryIsReflectedAtOnce() {
        Account account = withBase("analytics-cache-rename", "USD");
        UUID category = categories(account).getFirst();
        record(account, "10.00", "USD", DAY, category);
        monthly(account, 2005, 5).statusCode(200).body("category_breakdown.category_name", contains("Education"));
        CategoryApi.as(account).body(Map.of("name", "Courses")).when().patch(CategoryApi.PATH + "/" + category)
                .then().statusCode(200);
        monthly(account, 2005, 5).statusCode(200).body("category_breakdown.category_name", contains("Courses"));
    }

    @Test
    void newRatesAreReflectedAtOnce() {
        Account account = withBase("analytics-cache-rates", "USD");
        record(account, "10.00", "GBP", DAY, categories(account).getFirst());
        monthly(account, 2005, 5).statusCode(200).body("total_expenses", equalTo("0.00"))
                .body("unconverted_count", equalTo(1));
        RateRows.put(RATE_DAY, Map.of("USD", "2", "GBP", "1"));
        // As the rate sync announces what it stored: the conversions follow after the commit.
        QuarkusTransaction.requiringNew().run(() -> ratesStored.fire(new ExchangeRatesStored(RATE_DAY, RATE_DAY)));
        monthly(account, 2005, 5).statusCode(200).body("total_expenses", equalTo("20.00"))
                .body("unconverted_count", equalTo(0));
    }

    @Test
    void eachUserHasTheirOwnAnswers() {
        Account one = withBase("analytics-cache-one", "USD");
        Account two = withBase("analytics-cache-two", "USD");
        record(one, "10.00", "USD", DAY, categories(one).getFirst());
        monthly(one, 2005, 5).statusCode(200).body("total_expenses", equalTo("10.00"));
        monthly(two, 2005, 5).statusCode(200).body("total_expenses", equalTo("0.00"));
        record(two, "3.00", "USD", DAY, categories(two).getFirst());
        monthly(two, 2005, 5).statusCode(200).body("total_expenses", equalTo("3.00"));
        monthly(one, 2005, 5).statusCode(200).body("total_expenses", equalTo("10.00"));
    }
}
