package dev.coffer.currency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@TestSecurity(user = "0191f5a0-0000-7000-8000-00000000a001", roles = "user")
class ExchangeRateResourceTest {

    // Real ECB reference rates (fixtures/ecb/eurofxref-hist-90d.xml). 2025-02-22/23 is a weekend.
    private static final LocalDate FRIDAY = LocalDate.parse("2025-02-21");
    private static final LocalDate TUESDAY = LocalDate.parse("2025-02-25");

    @Inject
    LatestRatesCache cache;

    @BeforeEach
    void knownRates() {
        RateRows.put(FRIDAY, Map.of("USD", "1.0465", "JPY", "157.46", "GBP", "0.8276"));
        RateRows.put(FRIDAY.plusDays(3), Map.of("USD", "1.0466", "JPY", "156.81", "GBP", "0.8283"));
        RateRows.put(TUESDAY, Map.of("USD", "1.0497", "JPY", "157.19", "GBP", "0.82908"));
        cache.evict(RateSnapshot.PIVOT);
    }

    @Test
    void crossRateOfAnyBaseIsDerivedThroughTheEuro() {
        given().queryParam("base", "USD").queryParam("symbols", "JPY,EUR,USD")
                .when().get("/api/v1/exchange-rates/{date}", TUESDAY.toString())
                .then().statusCode(200)
                .body("base", equalTo("USD"))
                .body("date", equalTo("2025-02-25"))
                // 157.19 / 1.0497 = 149.747546918..., 1 / 1.0497 = 0.952653138992...
                .body("rates.JPY", equalTo("149.7475469"))
                .body("rates.EUR", equalTo("0.952653139"))
                .body("rates.USD", equalTo("1"))
                .body("source", equalTo("test"))
                .body("fetched_at", notNullValue());
    }

    @Test
    void weekendDateAnswersTheLastPublishedDayBeforeIt() {
        given().queryParam("symbols", "USD")
                .when().get("/api/v1/exchange-rates/2025-02-23")
                .then().statusCode(200)
                .body("base", equalTo("EUR"))
                .body("date", equalTo("2025-02-21"))
                .body("rates.USD", equalTo("1.0465"));
    }

    @Test
    void convertScalesTheResultToTheTargetMinorUnitsHalfEven() {
        // 100.00 x 149.7475469 = 14974.75469 -> 14975 yen.
        given().queryParam("amount", "100.00").queryParam("from", "USD").queryParam("to", "JPY")
                .queryParam("date", TUESDAY.toString())
                .when().get("/api/v1/exchange-rates/convert")
                .then().statusCode(200)
                .body("amount", equalTo("100.00"))
                .body("from", equalTo("USD"))
                .body("to", equalTo("JPY"))
                .body("rate", equalTo("149.7475469"))
                .body("rate_date", equalTo("2025-02-25"))
                .body("result", equalTo("14975"));
    }

    @Test
    void convertUsesTheExactRatioOfThePublishedRatesNotThePresentedRate() {
        // 1000000000.00 x 157.19 / 1.0497 = 149747546918.1670953... -> 149747546918 yen; the presented
        // rate 149.7475469 would give 149747546900, 18 yen short.
        given().queryParam("amount", "1000000000.00").queryParam("from", "USD").queryParam("to", "JPY")
                .queryParam("date", TUESDAY.toString())
                .when().get("/api/v1/exchange-rates/convert")
                .then().statusCode(200)
                .body("rate", equalTo("149.7475469"))
                .body("result", equalTo("149747546918"));
    }

    @Test
    void convertRoundsAnExactHalfToEvenOnce() {
        // Per euro: 3 USD, 1 JPY, so 1 USD = 1/3 JPY, presented as 0.3333333333.
        LocalDate day = LocalDate.parse("2025-03-03");
        RateRows.put(day, Map.of("USD", "3", "JPY", "1"));
        try {
            // 4.50 / 3 = 1.5 exactly -> 2 (even); the presented rate gives 1.49999999985 -> 1.
            convertOn(day, "4.50").body("rate", equalTo("0.3333333333")).body("result", equalTo("2"));
            // 7.50 / 3 = 2.5 exactly -> 2 (even), where half-up would give 3.
            convertOn(day, "7.50").body("result", equalTo("2"));
        } finally {
            // These made-up rates must not become the rates of later days for other tests.
            RateRows.put(day, Map.of());
        }
    }

    private static ValidatableResponse convertOn(LocalDate day, String amount) {
        return given().queryParam("amount", amount).queryParam("from", "USD").queryParam("to", "JPY")
                .queryParam("date", day.toString())
                .when().get("/api/v1/exchange-rates/convert")
                .then().statusCode(200);
    }

    @Test
    void historyListsThePairOnPublishedDaysOnly() {
        given().queryParam("base", "GBP").queryParam("symbol", "EUR")
                .queryParam("start_date", "2025-02-21").queryParam("end_date", "2025-02-24")
                .when().get("/api/v1/exchange-rates/history")
                .then().statusCode(200)
                .body("date", contains("2025-02-21", "2025-02-24"))
                // 1 / 0.8276 and 1 / 0.8283
                .body("rate", contains("1.208313195", "1.207292044"));
    }

    @Test
    void latestComesFromTheNewestDayAndIsThenCachedInRedis() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        RateRows.put(today, Map.of("USD", "1.25", "CHF", "0.95"));
        cache.evict(RateSnapshot.PIVOT);
        given().queryParam("base", "USD").queryParam("symbols", "CHF")
                .when().get("/api/v1/exchange-rates/latest")
                .then().statusCode(200)
                .body("date", equalTo(today.toString()))
                .body("rates.CHF", equalTo("0.76"));
        org.assertj.core.api.Assertions.assertThat(cache.latest(RateSnapshot.PIVOT))
                .hasValueSatisfying(snapshot -> org.assertj.core.api.Assertions.assertThat(snapshot.date()).isEqualTo(today));
    }

    @Test
    void latestWithoutSymbolsListsEveryOtherCurrency() {
        RateRows.put(LocalDate.now(ZoneOffset.UTC), Map.of("USD", "1.25", "GBP", "0.85"));
        cache.evict(RateSnapshot.PIVOT);
        given().queryParam("base", "GBP")
                .when().get("/api/v1/exchange-rates/latest")
                .then().statusCode(200)
                .body("rates", hasKey("EUR"))
                .body("rates", not(hasKey("GBP")));
    }

    @Test
    void pairWithoutPublishedRatesIsRateNotAvailable() {
        rateNotAvailable(given().queryParam("amount", "10").queryParam("from", "AFN").queryParam("to", "EUR")
                .queryParam("date", TUESDAY.toString()).when().get("/api/v1/exchange-rates/convert").then());
        rateNotAvailable(given().queryParam("symbols", "AFN")
                .when().get("/api/v1/exchange-rates/{date}", TUESDAY.toString()).then());
        rateNotAvailable(given().when().get("/api/v1/exchange-rates/1970-01-05").then());
        rateNotAvailable(given().queryParam("base", "USD").queryParam("symbol", "AFN")
                .queryParam("start_date", "2025-02-01").queryParam("end_date", "2025-02-28")
                .when().get("/api/v1/exchange-rates/history").then());
    }

    @Test
    void badInputIsAValidationFailure() {
        invalid(given().queryParam("base", "usd").when().get("/api/v1/exchange-rates/latest").then(), "base");
        invalid(given().queryParam("symbols", "EUR,XYZ").when().get("/api/v1/exchange-rates/latest").then(), "symbols");
        invalid(given().when().get("/api/v1/exchange-rates/2025-13-01").then(), "date");
        invalid(given().when().get("/api/v1/exchange-rates/yesterday").then(), "date");
        invalid(convert("abc", "USD", "JPY"), "amount");
        invalid(convert("1.001", "USD", "JPY"), "amount");
        invalid(convert("1.5", "JPY", "USD"), "amount");
        invalid(convert("-5", "USD", "JPY"), "amount");
        invalid(convert("1e400", "USD", "JPY"), "amount");
        invalid(convert("10", "USD", "ABC"), "to");
        invalid(given().queryParam("amount", "10").queryParam("from", "USD")
                .when().get("/api/v1/exchange-rates/convert").then(), "to");
        invalid(given().queryParam("amount", "10").queryParam("from", "USD").queryParam("to", "EUR")
                .queryParam("date", "2025-02-30").when().get("/api/v1/exchange-rates/convert").then(), "date");
        invalid(history("2025-03-01", "2025-02-01"), "start_date");
        invalid(history("2024-01-01", "2025-02-01"), "end_date");
    }

    private static ValidatableResponse convert(String amount, String from, String to) {
        return given().queryParam("amount", amount).queryParam("from", from).queryParam("to", to)
                .when().get("/api/v1/exchange-rates/convert").then();
    }

    private static ValidatableResponse history(String start, String end) {
        return given().queryParam("base", "USD").queryParam("symbol", "EUR").queryParam("start_date", start)
                .queryParam("end_date", end).when().get("/api/v1/exchange-rates/history").then();
    }

    private static void invalid(ValidatableResponse response, String field) {
        response.statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem(field));
    }

    private static void rateNotAvailable(ValidatableResponse response) {
        response.statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("RATE_NOT_AVAILABLE"));
    }
}
