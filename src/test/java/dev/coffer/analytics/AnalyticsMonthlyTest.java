package dev.coffer.analytics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * {@code GET /api/v1/analytics/monthly/{year}/{month}} over a multi-currency data set with
 * hand-computed answers. The rates are written straight into the database, dated 2004-02-01; every rate
 * before 2010 is cleared first, so that rates other tests left behind cannot convert the expense meant
 * to stay unconverted.
 */
@QuarkusTest
class AnalyticsMonthlyTest {

    static final LocalDate RATE_DAY = LocalDate.of(2004, 2, 1);

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

    static List<UUID> categories(Account account) {
        return CategoryApi.as(account).when().get(CategoryApi.PATH).then().statusCode(200)
                .extract().jsonPath().getList("id", String.class).stream().map(UUID::fromString).toList();
    }

    static String record(Account account, String amount, String currency, LocalDate date, UUID categoryId) {
        return as(account).body(Map.of("amount", amount, "currency", currency, "date", date.toString(),
                "category_id", categoryId.toString())).when().post("/api/v1/expenses")
                .then().statusCode(201).extract().path("id");
    }

    static ValidatableResponse monthly(Account account, Object year, Object month) {
        return as(account).when().get("/api/v1/analytics/monthly/" + year + "/" + month).then();
    }

    /**
     * For a USD user, with rates per euro USD 0.9, GBP 0.6, JPY 120 (categories by name: Education,
     * Entertainment, Food & Dining): March 2004 has 10.00 USD and 9.00 EUR (x 0.9 = 8.10) on the 1st,
     * Education; 19.99 GBP (x 0.9 / 0.6 = 29.985, half to even 29.98) on the 2nd, Entertainment; 1000 JPY
     * (x 0.9 / 120 = 7.50) on the 3rd, Food & Dining, and 50.00 CHF, which has no rate. February 2004 has
     * 40.00 USD; April 2004 has 100.00 USD.
     */
    static List<UUID> recordDataSet(Account account) {
        List<UUID> categories = categories(account);
        record(account, "10.00", "USD", LocalDate.of(2004, 3, 1), categories.get(0));
        record(account, "9.00", "EUR", LocalDate.of(2004, 3, 1), categories.get(0));
        record(account, "19.99", "GBP", LocalDate.of(2004, 3, 2), categories.get(1));
        record(account, "1000", "JPY", LocalDate.of(2004, 3, 3), categories.get(2));
        record(account, "50.00", "CHF", LocalDate.of(2004, 3, 3), categories.get(2));
        record(account, "40.00", "USD", LocalDate.of(2004, 2, 15), categories.get(0));
        record(account, "100.00", "USD", LocalDate.of(2004, 4, 1), categories.get(0));
        return categories;
    }

    @Test
    void aMonthByCategoryAndByDayInTheBaseCurrencyWithThePreviousMonth() {
        Account account = withBase("analytics-data-set", "USD");
        List<UUID> categories = recordDataSet(account);

        JsonPath json = monthly(account, 2004, 3).statusCode(200)
                .body("year", equalTo(2004))
                .body("month", equalTo(3))
                .body("currency", equalTo("USD"))
                // 18.10 + 29.98 + 7.50
                .body("total_expenses", equalTo("55.58"))
                .body("expense_count", equalTo(4))
                .body("unconverted_count", equalTo(1))
                .body("category_breakdown.category_id", contains(categories.get(1).toString(),
                        categories.get(0).toString(), categories.get(2).toString()))
                .body("category_breakdown.category_name", contains("Entertainment", "Education", "Food & Dining"))
                .body("category_breakdown.total", contains("29.98", "18.10", "7.50"))
                .body("category_breakdown.count", contains(1, 2, 1))
                // 53.94..., 32.56..., 13.49...: the hundredth the floors leave goes to the largest remainder.
                .body("category_breakdown.percentage", contains("53.94", "32.57", "13.49"))
                .body("daily", hasSize(31))
                .body("daily[0].date", equalTo("2004-03-01"))
                .body("daily[30].date", equalTo("2004-03-31"))
                // (55.58 - 40.00) / 40.00 x 100 = 38.95
                .body("compared_to_previous_month.total", equalTo("40.00"))
                .body("compared_to_previous_month.change_percentage", equalTo("38.95"))
                .extract().jsonPath();
        List<String> daily = json.getList("daily.total", String.class);
        assertThat(daily.subList(0, 4)).containsExactly("18.10", "29.98", "7.50", "0.00");
        assertThat(sum(daily)).isEqualByComparingTo("55.58");
        assertThat(sum(json.getList("category_breakdown.percentage", String.class))).isEqualByComparingTo("100.00");
    }

    @Test
    void aDropFromThePreviousMonthIsNegativeAndRoundedHalfToEven() {
        Account account = withBase("analytics-drop", "USD");
        UUID category = categories(account).getFirst();
        record(account, "30.00", "USD", LocalDate.of(2004, 2, 10), category);
        record(account, "10.00", "USD", LocalDate.of(2004, 3, 10), category);
        // (10 - 30) / 30 x 100 = -66.666... -> -66.67
        monthly(account, 2004, 3).statusCode(200)
                .body("total_expenses", equalTo("10.00"))
                .body("compared_to_previous_month.total", equalTo("30.00"))
                .body("compared_to_previous_month.change_percentage", equalTo("-66.67"));
    }

    @Test
    void threeEqualCategoriesGetPercentagesAddingUpToExactlyAHundred() {
        Account account = withBase("analytics-thirds", "USD");
        List<UUID> categories = categories(account);
        for (int i = 0; i < 3; i++) {
            record(account, "10.00", "USD", LocalDate.of(2004, 3, 5), categories.get(i));
        }
        monthly(account, 2004, 3).statusCode(200)
                .body("total_expenses", equalTo("30.00"))
                .body("category_breakdown.percentage", contains("33.34", "33.33", "33.33"))
                .body("compared_to_previous_month.total", equalTo("0.00"))
                .body("compared_to_previous_month.change_percentage", nullValue());
    }

    @Test
    void anEmptyMonthHasZeroTotalsScaledToTheCurrencyAndEveryDay() {
        Account account = withBase("analytics-empty", "USD");
        recordDataSet(account);
        monthly(account, 2004, 6).statusCode(200)
                .body("total_expenses", equalTo("0.00"))
                .body("expense_count", equalTo(0))
                .body("unconverted_count", equalTo(0))
                .body("category_breakdown", empty())
                .body("daily", hasSize(30))
                .body("daily.total", everyItem(equalTo("0.00")))
                .body("compared_to_previous_month.total", equalTo("0.00"))
                .body("compared_to_previous_month.change_percentage", nullValue());
        Account yen = withBase("analytics-empty-yen", "JPY");
        monthly(yen, 2004, 2).statusCode(200)
                .body("currency", equalTo("JPY"))
                .body("total_expenses", equalTo("0"))
                .body("daily", hasSize(29))
                .body("compared_to_previous_month.total", equalTo("0"));
    }

    @Test
    void anotherUsersExpensesAreNeverCounted() {
        Account other = withBase("analytics-other", "USD");
        recordDataSet(other);
        Account account = withBase("analytics-own", "USD");
        record(account, "1.00", "USD", LocalDate.of(2004, 3, 9), categories(account).getFirst());
        monthly(account, 2004, 3).statusCode(200)
                .body("total_expenses", equalTo("1.00"))
                .body("expense_count", equalTo(1))
                .body("unconverted_count", equalTo(0))
                .body("compared_to_previous_month.total", equalTo("0.00"));
    }

    @Test
    void aMonthOrYearOutOfRangeOrNotANumberIs422NamingIt() {
        Account account = withBase("analytics-bad-month", "USD");
        for (String month : List.of("13", "0", "march", "-1", "1.5")) {
            monthly(account, 2004, month).statusCode(422)
                    .body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors.field", contains("month"));
        }
        for (String year : List.of("1899", "10000", "20x4")) {
            monthly(account, year, 3).statusCode(422)
                    .body("errors.field", contains("year"));
        }
        monthly(account, "0", "13").statusCode(422)
                .body("errors.field", hasItem("year"))
                .body("errors.field", hasItem("month"));
        monthly(account, 1900, 1).statusCode(200).body("total_expenses", equalTo("0.00"));
        monthly(account, 9999, 12).statusCode(200).body("daily", hasSize(31));
    }

    @Test
    void withoutATokenIs401() {
        given().when().get("/api/v1/analytics/monthly/2004/3").then().statusCode(401);
    }

    static BigDecimal sum(List<String> amounts) {
        return amounts.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
