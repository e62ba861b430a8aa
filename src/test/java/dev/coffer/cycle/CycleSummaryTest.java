package dev.coffer.cycle;

import static dev.coffer.cycle.CycleApi.PATH;
import static dev.coffer.cycle.CycleApi.as;
import static dev.coffer.cycle.CycleApi.cycle;
import static dev.coffer.cycle.CycleApi.spend;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.coffer.currency.ExchangeRate;
import dev.coffer.currency.RateRows;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A cycle's summary in its own currency, each expense and expected item converted at the rate of its
 * date. Rates are written straight into the database for days of 2003 and removed again afterwards.
 */
@QuarkusTest
class CycleSummaryTest {

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

    @Test
    void aDollarCycleCountsEuroAndPoundExpensesAtTheRateOfTheirDateAndExpectedItemsTheSameWay() {
        Account account = TestAccounts.create("cycle-summary");
        String food = CycleApi.category(account, "Food & Dining");
        String housing = CycleApi.category(account, "Housing");
        String transport = CycleApi.category(account, "Transport");
        // Expected on 2003-03-10 at 1.25 (125.00) and on 2003-04-10 at 1.60 (160.00).
        CycleApi.recurring(account, housing, "100", "EUR", "monthly", "2003-03-10", Map.of("end_date", "2003-05-31"));
        String id = as(account).queryParam("generate_from_recurring", true)
                .body(cycle("Six weeks", "2003-03-01", "2003-04-11", "3000", "USD")).when().post(PATH)
                .then().statusCode(201).extract().path("id");

        spend(account, "100.00", "USD", "2003-03-05", food);
        spend(account, "40.00", "EUR", "2003-03-05", food); // x 1.25 = 50.00
        spend(account, "10.00", "EUR", "2003-03-25", food); // x 1.60 = 16.00
        spend(account, "10.00", "GBP", "2003-03-10", transport); // x 1.25 / 0.8 = 15.625, half to even 15.62
        spend(account, "5.00", "GBP", "2003-03-02", food); // before any rate: unconverted
        spend(account, "999.00", "USD", "2003-04-12", food); // after the cycle
        spend(account, "1.00", "USD", "2003-02-28", food); // before it

        as(account).when().get(PATH + "/" + id + "/summary").then().statusCode(200)
                .body("cycle_id", equalTo(id))
                .body("currency", equalTo("USD"))
                .body("start_date", equalTo("2003-03-01"))
                .body("end_date", equalTo("2003-04-11"))
                .body("income", equalTo("3000.00"))
                .body("spent", equalTo("181.62"))
                .body("remaining", equalTo("2818.38"))
                .body("expected_total", equalTo("285.00"))
                .body("unconverted_count", equalTo(1))
                .body("by_category.category_id", contains(food, housing, transport))
                .body("by_category.category_name", contains("Food & Dining", "Housing", "Transport"))
                .body("by_category.expected", contains("0.00", "285.00", "0.00"))
                .body("by_category.actual", contains("166.00", "0.00", "15.62"))
                .body("by_category.difference", contains("-166.00", "285.00", "-15.62"));
    }

    @Test
    void aEuroCycleDividesByTheRateAndAnEmptyCycleIsAllZeros() {
        Account account = TestAccounts.create("cycle-summary-euro");
        String shopping = CycleApi.category(account, "Shopping");
        String id = CycleApi.create(account, cycle("March", "2003-03-01", "2003-03-31", "1000", "EUR"));
        String empty = CycleApi.create(account, cycle("April", "2003-04-01", "2003-04-30", "0", "EUR"));
        spend(account, "12.50", "USD", "2003-03-05", shopping); // / 1.25 = 10.00
        spend(account, "1000", "JPY", "2003-03-21", shopping); // / 130 = 7.692..., 7.69

        as(account).when().get(PATH + "/" + id + "/summary").then().statusCode(200)
                .body("currency", equalTo("EUR"))
                .body("income", equalTo("1000.00"))
                .body("spent", equalTo("17.69"))
                .body("remaining", equalTo("982.31"))
                .body("expected_total", equalTo("0.00"))
                .body("unconverted_count", equalTo(0))
                .body("by_category.category_name", contains("Shopping"))
                .body("by_category.actual", contains("17.69"));
        as(account).when().get(PATH + "/" + empty + "/summary").then().statusCode(200)
                .body("income", equalTo("0.00")).body("spent", equalTo("0.00")).body("remaining", equalTo("0.00"))
                .body("expected_total", equalTo("0.00")).body("by_category.size()", equalTo(0));
    }
}
