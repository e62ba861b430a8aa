package dev.coffer.expense;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Map;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.coffer.currency.ExchangeRate;
import dev.coffer.currency.ExchangeRatesStored;
import dev.coffer.currency.RateRows;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * The stored conversion into the base currency, against rates written straight into the database. The
 * rates are dated 2001, before anything any other test stores, so that "the latest rate on or before
 * the date" is always one of these.
 */
@QuarkusTest
class ExpenseConversionTest {

    private static final LocalDate NO_RATES_BEFORE = LocalDate.of(2010, 1, 1);
    private static final LocalDate TIE_DAY = LocalDate.of(2001, 2, 1);
    private static final LocalDate THURSDAY = LocalDate.of(2001, 3, 1);
    private static final LocalDate FRIDAY = LocalDate.of(2001, 3, 2);
    private static final LocalDate SATURDAY = LocalDate.of(2001, 3, 3);

    @Inject
    Event<ExchangeRatesStored> ratesStored;

    @BeforeEach
    void knownRates() {
        QuarkusTransaction.requiringNew().run(() -> ExchangeRate.delete("rateDate < ?1", NO_RATES_BEFORE));
        RateRows.put(TIE_DAY, Map.of("JPY", "108.5", "USD", "0.9"));
        RateRows.put(THURSDAY, Map.of("USD", "0.9287", "GBP", "0.6387", "JPY", "108.55"));
        RateRows.put(FRIDAY, Map.of("USD", "0.9265", "GBP", "0.6373", "JPY", "109.26"));
    }

    private static RequestSpecification as(Account account) {
        return given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON);
    }

    private static Account withBase(String label, String baseCurrency) {
        Account account = TestAccounts.create(label);
        as(account).body(Map.of("base_currency", baseCurrency)).when().patch("/api/v1/users/me")
                .then().statusCode(200);
        return account;
    }

    private static ValidatableResponse record(Account account, String amount, String currency, LocalDate date) {
        return as(account)
                .body(Map.of("amount", amount, "currency", currency, "date", date.toString(), "category_id",
                        CategoryIds.first(account).toString()))
                .when().post("/api/v1/expenses").then().statusCode(201);
    }

    private static ValidatableResponse read(Account account, String id) {
        return as(account).when().get("/api/v1/expenses/" + id).then().statusCode(200);
    }

    @Test
    void aEuroExpenseOfADollarUserUsesTheRateOfItsDate() {
        Account account = withBase("conversion-eur", "USD");
        // 123.45 x 0.9265 = 114.376425 -> 114.38
        String id = record(account, "123.45", "EUR", FRIDAY)
                .body("converted.amount", equalTo("114.38"))
                .body("converted.currency", equalTo("USD"))
                .body("converted.rate", equalTo("0.9265"))
                .body("converted.rate_date", equalTo("2001-03-02"))
                .body("converted.source", equalTo("test"))
                .extract().path("id");
        read(account, id).body("converted.amount", equalTo("114.38"));
        as(account).queryParam("currency", "EUR").when().get("/api/v1/expenses")
                .then().statusCode(200).body("items[0].converted.amount", equalTo("114.38"));
    }

    @Test
    void importedExpensesAreConvertedAsRecordedOnesAre() {
        Account account = withBase("conversion-import", "USD");
        given().auth().oauth2(account.accessToken()).contentType("text/csv")
                .body("date,amount,currency,category\n2001-03-02,123.45,EUR,Other\n2001-03-03,50.00,GBP,Other\n")
                .when().post("/api/v1/expenses/import")
                .then().statusCode(200).body("imported", equalTo(2));
        as(account).queryParam("sort", "date").when().get("/api/v1/expenses").then().statusCode(200)
                .body("items.converted.amount", contains("114.38", "72.69"))
                .body("items.converted.rate_date", contains("2001-03-02", "2001-03-02"));
    }

    @Test
    void aSaturdayExpenseUsesFridaysRatesThroughTheEuro() {
        Account account = withBase("conversion-saturday", "USD");
        // 50.00 GBP x 0.9265 / 0.6373 = 72.6894712066... -> 72.69; the rate 1.45378942413... shown to 10 digits.
        record(account, "50.00", "GBP", SATURDAY)
                .body("converted.amount", equalTo("72.69"))
                .body("converted.rate", equalTo("1.453789424"))
                .body("converted.rate_date", equalTo("2001-03-02"));
    }

    @Test
    void theExactRatioIsRoundedOnceToTheBaseCurrencysMinorUnits() {
        Account account = withBase("conversion-yen", "JPY");
        // 19.99 USD x 109.26 / 0.9265 = 2357.374419859... -> 2357 yen
        record(account, "19.99", "USD", FRIDAY)
                .body("converted.amount", equalTo("2357"))
                .body("converted.currency", equalTo("JPY"))
                .body("converted.rate", equalTo("117.9276848"));
    }

    @Test
    void halfwayAmountsRoundToTheEvenNeighbour() {
        Account account = withBase("conversion-half-even", "JPY");
        // 1.00 EUR x 108.5 = 108.5 -> 108, 3.00 EUR x 108.5 = 325.5 -> 326 (half up would give 109).
        record(account, "1.00", "EUR", TIE_DAY).body("converted.amount", equalTo("108"));
        record(account, "3.00", "EUR", TIE_DAY).body("converted.amount", equalTo("326"));
    }

    @Test
    void withoutARateConvertedIsNullUntilRatesAreStored() {
        Account account = withBase("conversion-later", "USD");
        LocalDate wednesday = LocalDate.of(2001, 1, 10);
        String id = record(account, "10.00", "CHF", wednesday).body("converted", nullValue()).extract().path("id");
        String before = record(account, "10.00", "CHF", wednesday.minusDays(2)).extract().path("id");

        LocalDate tuesday = wednesday.minusDays(1);
        // Fired inside a transaction, as a rate writer does: observed once that transaction has committed.
        QuarkusTransaction.requiringNew().run(() -> {
            RateRows.put(tuesday, Map.of("CHF", "1.5", "USD", "0.95"));
            ratesStored.fire(new ExchangeRatesStored(tuesday, tuesday));
        });

        // 10.00 x 0.95 / 1.5 = 6.3333... -> 6.33
        read(account, id)
                .body("converted.amount", equalTo("6.33"))
                .body("converted.currency", equalTo("USD"))
                .body("converted.rate", equalTo("0.6333333333"))
                .body("converted.rate_date", equalTo("2001-01-09"))
                .header("ETag", equalTo("\"0\""));
        read(account, before).body("converted", nullValue());
    }

    @Test
    void ratesOfANewerDayReplaceTheOlderRateOfLaterExpenses() {
        Account account = withBase("conversion-newer", "USD");
        String saturday = record(account, "100.00", "EUR", SATURDAY)
                .body("converted.rate_date", equalTo("2001-03-02")).extract().path("id");
        String thursday = record(account, "100.00", "EUR", THURSDAY)
                .body("converted.amount", equalTo("92.87")).extract().path("id");

        RateRows.put(SATURDAY, Map.of("USD", "0.9301"));
        ratesStored.fire(new ExchangeRatesStored(SATURDAY, SATURDAY));

        read(account, saturday).body("converted.amount", equalTo("93.01")).body("converted.rate_date", equalTo("2001-03-03"));
        read(account, thursday).body("converted.amount", equalTo("92.87")).body("converted.rate_date", equalTo("2001-03-01"));
    }

    @Test
    void changingTheBaseCurrencyRecomputesEveryExpense() {
        Account account = withBase("conversion-base-change", "USD");
        String euros = record(account, "100.00", "EUR", FRIDAY).body("converted.amount", equalTo("92.65"))
                .extract().path("id");
        String dollars = record(account, "10.00", "USD", FRIDAY).body("converted.rate", equalTo("1"))
                .extract().path("id");

        as(account).body(Map.of("base_currency", "GBP")).when().patch("/api/v1/users/me").then().statusCode(200);
        read(account, euros).body("converted.amount", equalTo("63.73")).body("converted.currency", equalTo("GBP"))
                .body("converted.rate", equalTo("0.6373"));
        // 10.00 x 0.6373 / 0.9265 = 6.878575...
        read(account, dollars).body("converted.amount", equalTo("6.88")).body("converted.currency", equalTo("GBP"));

        as(account).body(Map.of("base_currency", "EUR")).when().patch("/api/v1/users/me").then().statusCode(200);
        read(account, euros).body("converted.amount", equalTo("100.00")).body("converted.rate", equalTo("1"))
                .body("converted.source", equalTo("identity")).body("converted.rate_date", equalTo("2001-03-02"));

        // Nobody publishes rates for this one here: no conversion rather than a stale one in another currency.
        as(account).body(Map.of("base_currency", "KES")).when().patch("/api/v1/users/me").then().statusCode(200);
        read(account, euros).body("converted", nullValue());
    }

    @Test
    void changingAnExpenseRecomputesItsConversion() {
        Account account = withBase("conversion-edit", "USD");
        String id = record(account, "100.00", "EUR", FRIDAY).body("converted.amount", equalTo("92.65"))
                .extract().path("id");
        as(account).body(Map.of("date", THURSDAY.toString())).when().patch("/api/v1/expenses/" + id)
                .then().statusCode(200).body("converted.amount", equalTo("92.87"))
                .body("converted.rate_date", equalTo("2001-03-01"));
        as(account).body(Map.of("currency", "USD")).when().patch("/api/v1/expenses/" + id)
                .then().statusCode(200).body("converted.amount", equalTo("100.00")).body("converted.rate", equalTo("1"));
        as(account).body(Map.of("amount", "5000", "currency", "JPY", "date", FRIDAY.toString(), "category_id",
                CategoryIds.first(account).toString())).when().put("/api/v1/expenses/" + id)
                // 5000 x 0.9265 / 109.26 = 42.398864...
                .then().statusCode(200).body("converted.amount", equalTo("42.40"));
    }
}
