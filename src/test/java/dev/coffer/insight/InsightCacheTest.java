package dev.coffer.insight;

import static dev.coffer.insight.InsightApi.as;
import static dev.coffer.insight.InsightApi.insights;
import static dev.coffer.insight.InsightApi.spend;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.coffer.currency.ExchangeRatesStored;
import dev.coffer.currency.RateRows;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Insights are cached per user, date and base currency with the analytics answers, and every write they
 * read makes the next read reflect it: expenses, budgets, recurring expenses and new rates.
 */
@QuarkusTest
class InsightCacheTest {

    private static final String DAY = "2005-05-10";
    private static final LocalDate RATE_DAY = LocalDate.of(2005, 5, 1);

    @Inject
    RedisDataSource redis;

    @Inject
    Event<ExchangeRatesStored> ratesStored;

    private List<String> cachedInsights(Account account) {
        return redis.key().keys("coffer:analytics:" + account.id() + ":*:insights:*");
    }

    /** A monthly budget of 10 in {@code currency} from May 2005 and 80.00 USD spent on May 2: projected 248.00 USD. */
    private static String overrunBudget(Account account, String currency) {
        String category = InsightApi.categories(account).getFirst();
        String budget = as(account).body(Map.of("name", "Groceries", "amount", "10", "currency", currency,
                        "period", "monthly", "start_date", "2005-05-01", "category_id", category))
                .when().post("/api/v1/budgets").then().statusCode(201).extract().path("id");
        spend(account, "80.00", "USD", "2005-05-02", category);
        return budget;
    }

    @Test
    void aSecondReadIsServedFromTheCache() {
        Account account = TestAccounts.create("insight-cache-hit");
        overrunBudget(account, "USD");
        insights(account, DAY).body("items[0].projected_spend", equalTo("248.00"));
        List<String> keys = cachedInsights(account);
        assertThat(keys).singleElement().asString().endsWith(":insights:" + DAY + ":USD");
        var values = redis.value(String.class);
        values.setex(keys.getFirst(), 600, values.get(keys.getFirst()).replace("248.00", "777.77"));
        insights(account, DAY).body("items[0].projected_spend", equalTo("777.77"));
    }

    @Test
    void aNewExpenseIsReflectedAtOnce() {
        Account account = TestAccounts.create("insight-cache-expense");
        overrunBudget(account, "USD");
        insights(account, DAY).body("items[0].projected_spend", equalTo("248.00"));
        spend(account, "10.00", "USD", "2005-05-03", InsightApi.categories(account).getFirst());
        insights(account, DAY).body("items[0].projected_spend", equalTo("279.00"));
    }

    @Test
    void aChangedOrDeletedBudgetIsReflectedAtOnce() {
        Account account = TestAccounts.create("insight-cache-budget");
        String budget = overrunBudget(account, "USD");
        insights(account, DAY).body("items[0].available", equalTo("10.00"));
        as(account).body(Map.of("amount", "100")).when().patch("/api/v1/budgets/" + budget).then().statusCode(200);
        insights(account, DAY).body("items[0].available", equalTo("100.00"));
        as(account).when().delete("/api/v1/budgets/" + budget).then().statusCode(204);
        insights(account, DAY).body("items", hasSize(0));
    }

    @Test
    void aChangedRecurringTemplateIsReflectedAtOnce() {
        Account account = TestAccounts.create("insight-cache-recurring");
        String category = InsightApi.categories(account).getFirst();
        String rent = InsightApi.recurring(account, "Rent", "5.00", category, "2005-03-15", "2005-05-15");
        InsightApi.runRecurringJob();
        insights(account, "2005-05-20").body("items", hasSize(0));
        as(account).body(Map.of("template", InsightApi.template("Rent", "6.00", category)))
                .when().patch("/api/v1/recurring-expenses/" + rent).then().statusCode(200);
        insights(account, "2005-05-20").body("items", hasSize(1))
                .body("items[0].kind", equalTo("recurring_amount_changed"))
                .body("items[0].current", equalTo("6.00"));
    }

    @Test
    void newRatesAreReflectedAtOnce() {
        RateRows.deleteBefore(LocalDate.of(2010, 1, 1));
        Account account = TestAccounts.create("insight-cache-rates");
        // A budget in EUR: without a USD rate on the expense's day, the USD expense is not counted in it yet.
        overrunBudget(account, "EUR");
        insights(account, DAY).body("items", hasSize(0));
        try {
            RateRows.put(RATE_DAY, Map.of("USD", "2"));
            // Announced for the last day there is, which no expense can be dated: no stored conversion
            // changes (that would make every cached answer unreachable by itself), only the budget's
            // reading of the rates.
            LocalDate lastDay = LocalDate.of(9999, 12, 31);
            QuarkusTransaction.requiringNew().run(() -> ratesStored.fire(new ExchangeRatesStored(lastDay, lastDay)));
            // 80.00 USD at 2 USD per EUR is 40.00 EUR over 10 days of 31.
            insights(account, DAY).body("items", hasSize(1)).body("items[0].projected_spend", equalTo("124.00"));
        } finally {
            RateRows.put(RATE_DAY, Map.of());
        }
    }

    @Test
    void aNewBaseCurrencyIsReadUnderItsOwnKey() {
        Account account = TestAccounts.create("insight-cache-base");
        overrunBudget(account, "USD");
        insights(account, DAY).body("currency", equalTo("USD"));
        as(account).body(Map.of("base_currency", "EUR")).when().patch("/api/v1/users/me").then().statusCode(200);
        insights(account, DAY).body("currency", equalTo("EUR"));
        assertThat(cachedInsights(account)).anySatisfy(key -> assertThat(key).endsWith(":insights:" + DAY + ":EUR"));
    }
}
