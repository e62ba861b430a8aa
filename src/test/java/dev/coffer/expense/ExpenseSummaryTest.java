package dev.coffer.expense;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.coffer.currency.ExchangeRate;
import dev.coffer.currency.RateRows;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * {@code GET /api/v1/expenses/summary} over a multi-currency data set with hand-computed answers. The
 * rates are written straight into the database, dated 2002; every rate before 2010 is cleared first, so
 * that rates other tests left behind cannot convert the expense meant to stay unconverted.
 */
@QuarkusTest
class ExpenseSummaryTest {

    static final LocalDate RATE_DAY = LocalDate.of(2002, 3, 1);
    static final LocalDate MONDAY = LocalDate.of(2002, 3, 4);
    static final LocalDate TUESDAY = MONDAY.plusDays(1);
    static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
    static final LocalDate THURSDAY = MONDAY.plusDays(3);
    private static final String SUMMARY = "/api/v1/expenses/summary";

    @BeforeEach
    void knownRates() {
        QuarkusTransaction.requiringNew().run(() -> ExchangeRate.delete("rateDate < ?1", LocalDate.of(2010, 1, 1)));
        RateRows.put(RATE_DAY, Map.of("USD", "0.9", "GBP", "0.6", "JPY", "120"));
    }

    @AfterEach
    void noRatesLeftBehind() {
        RateRows.put(RATE_DAY, Map.of());
    }

    static RequestSpecification as(Account account) {
        return given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON);
    }

    static Account withBase(String label, String baseCurrency) {
        Account account = TestAccounts.create(label);
        as(account).body(Map.of("base_currency", baseCurrency)).when().patch("/api/v1/users/me")
                .then().statusCode(200);
        return account;
    }

    static void record(Account account, String amount, String currency, LocalDate date, UUID categoryId) {
        as(account).body(Map.of("amount", amount, "currency", currency, "date", date.toString(), "category_id",
                categoryId.toString())).when().post("/api/v1/expenses").then().statusCode(201);
    }

    /**
     * The data set, for a USD user, with rates per euro USD 0.9, GBP 0.6, JPY 120 (categories by name:
     * Education, Entertainment, Food & Dining):
     * <ul>
     * <li>Monday: 10.00 USD (10.00) and 9.00 EUR (x 0.9 = 8.10), Education;</li>
     * <li>Tuesday: 19.99 GBP (x 0.9 / 0.6 = 29.985, half to even 29.98), Entertainment;</li>
     * <li>Wednesday: 1000 JPY (x 0.9 / 120 = 7.50), Food & Dining, and 50.00 CHF, which has no rate;</li>
     * <li>the Friday after the period: 100.00 USD.</li>
     * </ul>
     */
    static List<UUID> recordDataSet(Account account) {
        List<UUID> categories = CategoryIds.of(account);
        record(account, "10.00", "USD", MONDAY, categories.get(0));
        record(account, "9.00", "EUR", MONDAY, categories.get(0));
        record(account, "19.99", "GBP", TUESDAY, categories.get(1));
        record(account, "1000", "JPY", WEDNESDAY, categories.get(2));
        record(account, "50.00", "CHF", WEDNESDAY, categories.get(2));
        record(account, "100.00", "USD", THURSDAY.plusDays(1), categories.get(0));
        return categories;
    }

    private static ValidatableResponse summary(Account account, LocalDate start, LocalDate end) {
        return as(account).queryParam("start_date", start.toString()).queryParam("end_date", end.toString())
                .when().get(SUMMARY).then();
    }

    @Test
    void totalsByCategoryAndByDayAddUpToTheCentInTheBaseCurrency() {
        Account account = withBase("summary-data-set", "USD");
        List<UUID> categories = recordDataSet(account);

        JsonPath json = summary(account, MONDAY, THURSDAY).statusCode(200)
                .body("currency", equalTo("USD"))
                .body("start_date", equalTo("2002-03-04"))
                .body("end_date", equalTo("2002-03-07"))
                // 18.10 + 29.98 + 7.50
                .body("total", equalTo("55.58"))
                .body("count", equalTo(4))
                .body("unconverted_count", equalTo(1))
                // 55.58 / 4 = 13.895 -> 13.90 (half to even)
                .body("average_per_day", equalTo("13.90"))
                .body("by_category.category_id", contains(categories.get(1).toString(),
                        categories.get(0).toString(), categories.get(2).toString()))
                .body("by_category.name", contains("Entertainment", "Education", "Food & Dining"))
                .body("by_category.total", contains("29.98", "18.10", "7.50"))
                .body("by_category.count", contains(1, 2, 1))
                // 53.94..., 32.56..., 13.49...: the hundredth floors leave goes to Education's .57 remainder.
                .body("by_category.percentage", contains("53.94", "32.57", "13.49"))
                .body("by_day.date", contains("2002-03-04", "2002-03-05", "2002-03-06", "2002-03-07"))
                .body("by_day.total", contains("18.10", "29.98", "7.50", "0.00"))
                .body("by_day.count", contains(2, 1, 1, 0))
                .extract().jsonPath();
        assertThat(sum(json.getList("by_category.total", String.class))).isEqualByComparingTo(json.getString("total"));
        assertThat(sum(json.getList("by_day.total", String.class))).isEqualByComparingTo(json.getString("total"));
        assertThat(sum(json.getList("by_category.percentage", String.class))).isEqualByComparingTo("100.00");
    }

    @Test
    void threeEqualCategoriesGetPercentagesAddingUpToExactlyAHundred() {
        Account account = withBase("summary-thirds", "USD");
        List<UUID> categories = CategoryIds.of(account);
        for (int i = 0; i < 3; i++) {
            record(account, "10.00", "USD", MONDAY, categories.get(i));
        }
        // Each is 33.333...%: rounded on their own they add up to 99.99. The tie goes to the first name.
        summary(account, MONDAY, MONDAY).statusCode(200)
                .body("total", equalTo("30.00"))
                .body("by_category.name", contains("Education", "Entertainment", "Food & Dining"))
                .body("by_category.percentage", contains("33.34", "33.33", "33.33"));
    }

    @Test
    void aPeriodWithoutExpensesHasZeroTotalsAndEveryDay() {
        Account account = withBase("summary-empty", "USD");
        recordDataSet(account);
        summary(account, MONDAY.minusDays(3), MONDAY.minusDays(1)).statusCode(200)
                .body("total", equalTo("0.00"))
                .body("count", equalTo(0))
                .body("unconverted_count", equalTo(0))
                .body("average_per_day", equalTo("0.00"))
                .body("by_category", empty())
                .body("by_day.date", contains("2002-03-01", "2002-03-02", "2002-03-03"))
                .body("by_day.total", contains("0.00", "0.00", "0.00"))
                .body("by_day.count", contains(0, 0, 0));
    }

    @Test
    void zeroTotalsAreScaledToTheBaseCurrencysMinorUnits() {
        Account yen = withBase("summary-empty-yen", "JPY");
        summary(yen, MONDAY, MONDAY).statusCode(200)
                .body("currency", equalTo("JPY"))
                .body("total", equalTo("0"))
                .body("average_per_day", equalTo("0"))
                .body("by_day.total", contains("0"));
    }

    @Test
    void onlyUnconvertedExpensesAreCountedApartAndInNoTotal() {
        Account account = withBase("summary-unconverted", "USD");
        List<UUID> categories = CategoryIds.of(account);
        record(account, "50.00", "CHF", WEDNESDAY, categories.get(0));
        record(account, "20.00", "CHF", THURSDAY, categories.get(1));
        summary(account, MONDAY, THURSDAY).statusCode(200)
                .body("total", equalTo("0.00"))
                .body("count", equalTo(0))
                .body("unconverted_count", equalTo(2))
                .body("by_category", empty())
                .body("by_day.total", contains("0.00", "0.00", "0.00", "0.00"));
    }

    @Test
    void anotherUsersExpensesAreNeverIncluded() {
        Account other = withBase("summary-other", "USD");
        recordDataSet(other);
        Account account = withBase("summary-own", "USD");
        record(account, "1.00", "USD", MONDAY, CategoryIds.first(account));
        summary(account, MONDAY, THURSDAY).statusCode(200)
                .body("total", equalTo("1.00"))
                .body("count", equalTo(1))
                .body("unconverted_count", equalTo(0))
                .body("by_category.category_id", contains(CategoryIds.first(account).toString()));
    }

    @Test
    void aNewBaseCurrencyRecomputesTheSummary() {
        Account account = withBase("summary-rebased", "USD");
        recordDataSet(account);
        summary(account, MONDAY, THURSDAY).statusCode(200).body("total", equalTo("55.58"));

        as(account).body(Map.of("base_currency", "GBP")).when().patch("/api/v1/users/me").then().statusCode(200);
        // 10.00 USD x 0.6 / 0.9 = 6.666... -> 6.67, 9.00 EUR x 0.6 = 5.40, 19.99 GBP, 1000 JPY x 0.6 / 120 = 5.00
        summary(account, MONDAY, THURSDAY).statusCode(200)
                .body("currency", equalTo("GBP"))
                .body("total", equalTo("37.06"))
                .body("count", equalTo(4))
                .body("unconverted_count", equalTo(1))
                .body("by_category.name", contains("Entertainment", "Education", "Food & Dining"))
                .body("by_category.total", contains("19.99", "12.07", "5.00"))
                .body("by_day.total", contains("12.07", "19.99", "5.00", "0.00"))
                // 37.06 / 4 = 9.265 -> 9.26 (half to even)
                .body("average_per_day", equalTo("9.26"));
    }

    @Test
    void withoutDatesThePeriodIsTheCurrentMonthWhereTheUserLives() {
        Account account = TestAccounts.create("summary-default");
        String zone = "Pacific/Kiritimati";
        as(account).body(Map.of("timezone", zone)).when().patch("/api/v1/users/me").then().statusCode(200);
        LocalDate today = LocalDate.now(ZoneId.of(zone));
        as(account).when().get(SUMMARY).then().statusCode(200)
                .body("start_date", equalTo(today.withDayOfMonth(1).toString()))
                .body("end_date", equalTo(today.with(TemporalAdjusters.lastDayOfMonth()).toString()))
                .body("by_day", hasSize(today.lengthOfMonth()));
    }

    @Test
    void aFullLeapYearIsTheLongestPeriod() {
        Account account = withBase("summary-leap-year", "USD");
        summary(account, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).statusCode(200)
                .body("by_day", hasSize(366));
        invalid(summary(account, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)), "end_date");
    }

    @Test
    void aBadPeriodIsAValidationFailureNamingTheParameter() {
        Account account = withBase("summary-invalid", "USD");
        invalid(summary(account, THURSDAY, MONDAY), "start_date");
        invalid(summary(account, LocalDate.of(1899, 12, 31), LocalDate.of(1900, 1, 31)), "start_date");
        invalid(as(account).queryParam("start_date", "2002-13-01").queryParam("end_date", "2002-03-04")
                .when().get(SUMMARY).then(), "start_date");
        invalid(as(account).queryParam("start_date", "2002-03-01").queryParam("end_date", "tomorrow")
                .when().get(SUMMARY).then(), "end_date");
        invalid(as(account).queryParam("start_date", "+10000-01-01").queryParam("end_date", "+10000-01-02")
                .when().get(SUMMARY).then(), "end_date");
        invalid(as(account).queryParam("start_date", "2002-03-01").when().get(SUMMARY).then(), "end_date");
        invalid(as(account).queryParam("end_date", "2002-03-01").when().get(SUMMARY).then(), "start_date");
    }

    @Test
    void withoutATokenItIsUnauthorized() {
        given().when().get(SUMMARY).then().statusCode(401);
    }

    static void invalid(ValidatableResponse response, String field) {
        response.statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem(field));
    }

    private static BigDecimal sum(List<String> amounts) {
        return amounts.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
