package dev.coffer.budget;

import static dev.coffer.budget.BudgetApi.STATUS;
import static dev.coffer.budget.BudgetApi.as;
import static dev.coffer.budget.BudgetApi.spend;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.coffer.category.CategoryApi;
import dev.coffer.currency.ExchangeRate;
import dev.coffer.currency.RateRows;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Where budgets stand: spent, carried over, percentages, projections and the three states. Rates are
 * written straight into the database for days of 2003 and removed again afterwards.
 */
@QuarkusTest
class BudgetStatusTest {

    /** Other tests' rates are all dated before 2010; none may stand in for the ones below. */
    private static final LocalDate NO_RATES_BEFORE = LocalDate.of(2010, 1, 1);
    private static final LocalDate RATE_DAY = LocalDate.of(2003, 3, 3);
    private static final LocalDate LATER_RATE_DAY = LocalDate.of(2003, 3, 20);

    @BeforeEach
    void knownRates() {
        QuarkusTransaction.requiringNew().run(() -> ExchangeRate.delete("rateDate < ?1", NO_RATES_BEFORE));
        // Per euro: 1 EUR = 1.25 USD = 0.80 GBP = 130 JPY; later, 1 EUR = 1.60 USD.
        RateRows.put(RATE_DAY, Map.of("USD", "1.25", "GBP", "0.8", "JPY", "130"));
        RateRows.put(LATER_RATE_DAY, Map.of("USD", "1.6", "GBP", "0.8", "JPY", "130"));
    }

    @AfterEach
    void removeRates() {
        QuarkusTransaction.requiringNew().run(() -> ExchangeRate.delete("rateDate in (?1, ?2)", RATE_DAY, LATER_RATE_DAY));
    }

    private static ValidatableResponse status(Account account, String date) {
        return as(account).queryParam("date", date).when().get(STATUS).then().statusCode(200);
    }

    @Test
    void statusMovesFromOkToWarningToExceededWithProjectedSpend() {
        Account account = TestAccounts.create("budget-states");
        String food = BudgetApi.firstCategory(account);
        Map<String, Object> body = BudgetApi.monthly("Food", "100", "USD", "2025-01-01");
        body.put("category_id", food);
        String id = BudgetApi.create(account, body);

        spend(account, "30.00", "USD", "2025-01-03", food);
        status(account, "2025-01-10").body("$", hasSize(1))
                .body("[0].budget_id", equalTo(id))
                .body("[0].name", equalTo("Food"))
                .body("[0].currency", equalTo("USD"))
                .body("[0].period_start", equalTo("2025-01-01"))
                .body("[0].period_end", equalTo("2025-01-31"))
                .body("[0].amount", equalTo("100.00"))
                .body("[0].carried_over", equalTo("0.00"))
                .body("[0].spent", equalTo("30.00"))
                .body("[0].remaining", equalTo("70.00"))
                .body("[0].percent_used", equalTo("30.00"))
                // 30 over 10 days, 31 days in January: 93.00.
                .body("[0].projected_spend", equalTo("93.00"))
                .body("[0].status", equalTo("ok"))
                .body("[0].unconverted_count", equalTo(0));

        spend(account, "50.00", "USD", "2025-01-09", food);
        status(account, "2025-01-10").body("[0].spent", equalTo("80.00")).body("[0].percent_used", equalTo("80.00"))
                .body("[0].status", equalTo("warning"));
        spend(account, "20.00", "USD", "2025-01-31", food);
        status(account, "2025-01-31").body("[0].spent", equalTo("100.00")).body("[0].status", equalTo("warning"))
                .body("[0].remaining", equalTo("0.00")).body("[0].projected_spend", equalTo("100.00"));
        spend(account, "0.01", "USD", "2025-01-20", food);
        status(account, "2025-01-20").body("[0].spent", equalTo("100.01")).body("[0].remaining", equalTo("-0.01"))
                .body("[0].percent_used", equalTo("100.01")).body("[0].status", equalTo("exceeded"));

        // The next period starts afresh, and a budget starting later is left out.
        status(account, "2025-02-01").body("[0].spent", equalTo("0.00")).body("[0].status", equalTo("ok"))
                .body("[0].projected_spend", equalTo("0.00"));
        status(account, "2024-12-31").body("$", hasSize(0));
    }

    @Test
    void aCategoryBudgetCountsItsSubcategoriesAndNothingElse() {
        Account account = TestAccounts.create("budget-subcategories");
        String parent = CategoryApi.create(account, "Household");
        String child = CategoryApi.create(account, "Cleaning", parent);
        String unrelated = CategoryApi.create(account, "Hobbies");
        Map<String, Object> body = BudgetApi.monthly("Household", "200", "USD", "2025-01-01");
        body.put("category_id", parent);
        BudgetApi.create(account, body);
        BudgetApi.create(account, BudgetApi.monthly("All", "1000", "USD", "2025-01-01"));
        Map<String, Object> inactive = BudgetApi.monthly("Zzz inactive", "10", "USD", "2025-01-01");
        inactive.put("active", false);
        BudgetApi.create(account, inactive);

        spend(account, "10.00", "USD", "2025-01-05", parent);
        spend(account, "15.00", "USD", "2025-01-06", child);
        spend(account, "40.00", "USD", "2025-01-07", unrelated);
        status(account, "2025-01-15").body("$", hasSize(2))
                .body("[0].name", equalTo("All")).body("[0].spent", equalTo("65.00"))
                .body("[1].name", equalTo("Household")).body("[1].spent", equalTo("25.00"));
    }

    @Test
    void rolloverCarriesWhatIsLeftAndWhatIsOverspentOverThreePeriods() {
        Account account = TestAccounts.create("budget-rollover");
        String food = BudgetApi.firstCategory(account);
        Map<String, Object> body = BudgetApi.monthly("Rolling", "100", "USD", "2025-01-01");
        body.put("rollover", true);
        BudgetApi.create(account, body);
        BudgetApi.create(account, BudgetApi.monthly("Static", "100", "USD", "2025-01-01"));

        spend(account, "60.00", "USD", "2025-01-10", food);
        spend(account, "150.00", "USD", "2025-02-10", food);
        spend(account, "45.00", "USD", "2025-03-10", food);

        // February: 40 left from January.
        status(account, "2025-02-15").body("[0].name", equalTo("Rolling"))
                .body("[0].carried_over", equalTo("40.00")).body("[0].spent", equalTo("150.00"))
                .body("[0].remaining", equalTo("-10.00")).body("[0].status", equalTo("exceeded"))
                .body("[1].carried_over", equalTo("0.00")).body("[1].remaining", equalTo("-50.00"));
        // March: +40 - 50 = -10 carried, 90 available.
        status(account, "2025-03-15").body("[0].carried_over", equalTo("-10.00"))
                .body("[0].spent", equalTo("45.00")).body("[0].remaining", equalTo("45.00"))
                .body("[0].percent_used", equalTo("50.00")).body("[0].status", equalTo("ok"));
        // April: -10 + 55 = 45 carried.
        status(account, "2025-04-01").body("[0].carried_over", equalTo("45.00"))
                .body("[0].remaining", equalTo("145.00"));
    }

    @Test
    void overspendingEveryFutureAmountLeavesNothingAvailable() {
        Account account = TestAccounts.create("budget-nothing-left");
        String food = BudgetApi.firstCategory(account);
        Map<String, Object> body = BudgetApi.monthly("Rolling", "100", "USD", "2025-01-01");
        body.put("rollover", true);
        BudgetApi.create(account, body);
        spend(account, "250.00", "USD", "2025-01-10", food);
        status(account, "2025-02-02").body("[0].carried_over", equalTo("-150.00"))
                .body("[0].spent", equalTo("0.00")).body("[0].percent_used", nullValue())
                .body("[0].remaining", equalTo("-50.00")).body("[0].status", equalTo("exceeded"));
    }

    @Test
    void expensesInOtherCurrenciesCountAtTheRateOfTheirDate() {
        Account account = TestAccounts.create("budget-currencies");
        String food = BudgetApi.firstCategory(account);
        BudgetApi.create(account, BudgetApi.monthly("Euro", "500", "EUR", "2003-03-01"));
        BudgetApi.create(account, BudgetApi.monthly("Pound", "500", "GBP", "2003-03-01"));
        BudgetApi.create(account, BudgetApi.monthly("Yen", "50000", "JPY", "2003-03-01"));

        // 100 USD on 2003-03-05 at 1.25 USD per euro: 80.00 EUR, 64.00 GBP, 10400 JPY.
        spend(account, "100.00", "USD", "2003-03-05", food);
        // 100 USD on 2003-03-25 at 1.60: 62.50 EUR, 50.00 GBP, 8125 JPY.
        spend(account, "100.00", "USD", "2003-03-25", food);
        // 1300 JPY: 10.00 EUR, 8.00 GBP, 1300 JPY.
        spend(account, "1300", "JPY", "2003-03-06", food);
        // 10 EUR: 10.00 EUR, 8.00 GBP, 1300 JPY.
        spend(account, "10.00", "EUR", "2003-03-07", food);
        // No CHF rate is known: counted apart.
        spend(account, "10.00", "CHF", "2003-03-08", food);
        // Before the first rate: counted apart too.
        spend(account, "10.00", "USD", "2003-03-02", food);

        status(account, "2003-03-31").body("$", hasSize(3))
                .body("[0].name", equalTo("Euro")).body("[0].spent", equalTo("162.50"))
                .body("[0].unconverted_count", equalTo(2))
                .body("[1].name", equalTo("Pound")).body("[1].spent", equalTo("130.00"))
                .body("[2].name", equalTo("Yen")).body("[2].spent", equalTo("21125"))
                .body("[2].amount", equalTo("50000")).body("[2].percent_used", equalTo("42.25"));
    }

    @Test
    void withoutADateStatusIsForTodayInTheUsersTimeZone() {
        Account account = TestAccounts.create("budget-today");
        as(account).body(Map.of("timezone", "Pacific/Kiritimati")).when().patch("/api/v1/users/me").then().statusCode(200);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Pacific/Kiritimati"));
        Map<String, Object> body = BudgetApi.monthly("Weekly", "70", "USD", today.toString());
        body.put("period", "weekly");
        BudgetApi.create(account, body);
        as(account).when().get(STATUS).then().statusCode(200)
                .body("[0].period_start", equalTo(today.toString()))
                .body("[0].period_end", equalTo(today.plusDays(6).toString()));
        as(account).when().get(STATUS).then().body("$", hasSize(1));
        as(account).queryParam("date", today.minusDays(1).toString()).when().get(STATUS).then()
                .body("$", equalTo(List.of()));
    }
}
