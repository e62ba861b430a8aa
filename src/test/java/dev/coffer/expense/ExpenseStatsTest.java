package dev.coffer.expense;

import static dev.coffer.expense.ExpenseSummaryTest.MONDAY;
import static dev.coffer.expense.ExpenseSummaryTest.RATE_DAY;
import static dev.coffer.expense.ExpenseSummaryTest.THURSDAY;
import static dev.coffer.expense.ExpenseSummaryTest.TUESDAY;
import static dev.coffer.expense.ExpenseSummaryTest.as;
import static dev.coffer.expense.ExpenseSummaryTest.invalid;
import static dev.coffer.expense.ExpenseSummaryTest.record;
import static dev.coffer.expense.ExpenseSummaryTest.recordDataSet;
import static dev.coffer.expense.ExpenseSummaryTest.withBase;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.coffer.currency.ExchangeRate;
import dev.coffer.currency.RateRows;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** {@code GET /api/v1/expenses/stats} over the data set of {@link ExpenseSummaryTest}, with the same rates. */
@QuarkusTest
class ExpenseStatsTest {

    private static final String STATS = "/api/v1/expenses/stats";

    @BeforeEach
    void knownRates() {
        QuarkusTransaction.requiringNew().run(() -> ExchangeRate.delete("rateDate < ?1", LocalDate.of(2010, 1, 1)));
        RateRows.put(RATE_DAY, Map.of("USD", "0.9", "GBP", "0.6", "JPY", "120"));
    }

    @AfterEach
    void noRatesLeftBehind() {
        RateRows.put(RATE_DAY, Map.of());
    }

    private static ValidatableResponse stats(Account account, LocalDate start, LocalDate end) {
        return as(account).queryParam("start_date", start.toString()).queryParam("end_date", end.toString())
                .when().get(STATS).then();
    }

    @Test
    void statisticsOfAnEvenCountTakeTheMeanOfTheTwoMiddleAmounts() {
        Account account = withBase("stats-data-set", "USD");
        recordDataSet(account);
        // Converted: 7.50, 8.10, 10.00, 29.98 (the CHF expense has no rate). Sum 55.58, mean 13.895 -> 13.90,
        // median (8.10 + 10.00) / 2 = 9.05, sample standard deviation 10.7761511372... -> 10.78.
        stats(account, MONDAY, THURSDAY).statusCode(200)
                .body("currency", equalTo("USD"))
                .body("start_date", equalTo("2002-03-04"))
                .body("end_date", equalTo("2002-03-07"))
                .body("count", equalTo(4))
                .body("unconverted_count", equalTo(1))
                .body("total", equalTo("55.58"))
                .body("mean", equalTo("13.90"))
                .body("median", equalTo("9.05"))
                .body("min", equalTo("7.50"))
                .body("max", equalTo("29.98"))
                .body("std_dev", equalTo("10.78"));
    }

    @Test
    void statisticsOfAnOddCountTakeTheMiddleAmount() {
        Account account = withBase("stats-odd", "USD");
        recordDataSet(account);
        record(account, "1.01", "USD", TUESDAY, CategoryIds.first(account));
        // 1.01, 7.50, 8.10, 10.00, 29.98: sum 56.59, mean 11.318 -> 11.32, std dev 10.9680773155... -> 10.97
        stats(account, MONDAY, THURSDAY).statusCode(200)
                .body("count", equalTo(5))
                .body("total", equalTo("56.59"))
                .body("mean", equalTo("11.32"))
                .body("median", equalTo("8.10"))
                .body("min", equalTo("1.01"))
                .body("std_dev", equalTo("10.97"));
    }

    @Test
    void meanAndMedianRoundHalfToEvenOnceAtTheEnd() {
        Account account = withBase("stats-half-even", "USD");
        record(account, "0.02", "USD", MONDAY, CategoryIds.first(account));
        record(account, "0.03", "USD", MONDAY, CategoryIds.first(account));
        // 0.025 -> 0.02 (half up would give 0.03); sqrt(0.00005) = 0.00707... -> 0.01
        stats(account, MONDAY, MONDAY).statusCode(200)
                .body("mean", equalTo("0.02"))
                .body("median", equalTo("0.02"))
                .body("std_dev", equalTo("0.01"));
    }

    @Test
    void oneAmountHasNoSampleStandardDeviation() {
        Account account = withBase("stats-one", "JPY");
        record(account, "1000", "JPY", MONDAY, CategoryIds.first(account));
        stats(account, MONDAY, MONDAY).statusCode(200)
                .body("currency", equalTo("JPY"))
                .body("count", equalTo(1))
                .body("total", equalTo("1000"))
                .body("mean", equalTo("1000"))
                .body("median", equalTo("1000"))
                .body("std_dev", nullValue());
    }

    @Test
    void withoutConvertedExpensesTheFiguresAreNull() {
        Account account = withBase("stats-empty", "USD");
        record(account, "50.00", "CHF", MONDAY, CategoryIds.first(account));
        stats(account, MONDAY, THURSDAY).statusCode(200)
                .body("count", equalTo(0))
                .body("unconverted_count", equalTo(1))
                .body("total", equalTo("0.00"))
                .body("mean", nullValue())
                .body("median", nullValue())
                .body("min", nullValue())
                .body("max", nullValue())
                .body("std_dev", nullValue());
    }

    @Test
    void anotherUsersExpensesAreNeverIncluded() {
        recordDataSet(withBase("stats-other", "USD"));
        Account account = withBase("stats-own", "USD");
        record(account, "3.00", "USD", MONDAY, CategoryIds.first(account));
        stats(account, MONDAY, THURSDAY).statusCode(200)
                .body("count", equalTo(1))
                .body("unconverted_count", equalTo(0))
                .body("total", equalTo("3.00"))
                .body("max", equalTo("3.00"));
    }

    @Test
    void aNewBaseCurrencyRecomputesTheStatistics() {
        Account account = withBase("stats-rebased", "USD");
        recordDataSet(account);
        as(account).body(Map.of("base_currency", "GBP")).when().patch("/api/v1/users/me").then().statusCode(200);
        // 5.00, 5.40, 6.67, 19.99
        stats(account, MONDAY, THURSDAY).statusCode(200)
                .body("currency", equalTo("GBP"))
                .body("total", equalTo("37.06"))
                .body("median", equalTo("6.04"))
                .body("min", equalTo("5.00"))
                .body("max", equalTo("19.99"));
    }

    @Test
    void aBadPeriodIsAValidationFailureNamingTheParameter() {
        Account account = withBase("stats-invalid", "USD");
        invalid(stats(account, THURSDAY, MONDAY), "start_date");
        invalid(stats(account, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)), "end_date");
        invalid(as(account).queryParam("start_date", "2002-02-30").queryParam("end_date", "2002-03-04")
                .when().get(STATS).then(), "start_date");
        invalid(as(account).queryParam("start_date", "2002-03-01").when().get(STATS).then(), "end_date");
    }

    @Test
    void withoutATokenItIsUnauthorized() {
        given().when().get(STATS).then().statusCode(401);
    }

    @Test
    void theStandardDeviationIsRoundedOnceFromTheExactValue() {
        // 1, 2, 3, 4: variance 5/3, sqrt = 1.2909944... -> 1.29
        assertThat(ExpenseReports.sampleStandardDeviation(4, new BigDecimal("10.00"), new BigDecimal("30.0000"), 2))
                .isEqualTo(new BigDecimal("1.29"));
        // 0, 2.5, 5: variance 6.25, sqrt exactly 2.5 -> 2 at no decimals (half to even, half up gives 3)
        assertThat(ExpenseReports.sampleStandardDeviation(3, new BigDecimal("7.5"), new BigDecimal("31.25"), 0))
                .isEqualTo(new BigDecimal("2"));
        // 0, 3.5, 7: variance 12.25, sqrt exactly 3.5 -> 4
        assertThat(ExpenseReports.sampleStandardDeviation(3, new BigDecimal("10.5"), new BigDecimal("61.25"), 0))
                .isEqualTo(new BigDecimal("4"));
        // Equal amounts: 0
        assertThat(ExpenseReports.sampleStandardDeviation(3, new BigDecimal("7.50"), new BigDecimal("18.7500"), 2))
                .isEqualTo(new BigDecimal("0.00"));
    }
}
