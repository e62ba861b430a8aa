package dev.coffer.portfolio;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.FakeMarketProviders;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The portfolio over HTTP only, for a user whose base currency is the holdings' own (USD), so every figure
 * follows from the closes of the fake Yahoo's captured AAPL chart (2020-08-31 to 2020-11-06, a Friday).
 */
@QuarkusTest
@WithTestResource(FakeMarketProviders.class)
class PortfolioResourceTest {

    private static final String PATH = "/api/v1/portfolio";
    private static final String LAST_CLOSE = "118.69000244140625";

    @Test
    void holdingsInTwoAccountsAreValuedAtTheLatestCloseWithTotalsAndAnAllocationAddingUpTo100() {
        Account user = usdUser("portfolio-value");
        String brokerage = account(user, "Brokerage");
        String pension = account(user, "Pension");
        String first = security(user);
        String second = security(user);
        String big = hold(user, brokerage, first, "10", "1000");
        hold(user, pension, second, "2.5", "300");

        JsonPath portfolio = as(user).queryParam("date", "2020-11-06").when().get(PATH).then().statusCode(200)
                .body("date", equalTo("2020-11-06"))
                .body("base_currency", equalTo("USD"))
                .body("unpriced_count", equalTo(0))
                .body("holdings", hasSize(2))
                .body("holdings[0].holding_id", equalTo(big))
                .body("holdings[0].account_id", equalTo(brokerage))
                .body("holdings[0].security.id", equalTo(first))
                .body("holdings[0].security.type", equalTo("equity"))
                .body("holdings[0].security.currency", equalTo("USD"))
                .body("holdings[0].quantity", equalTo("10"))
                .body("holdings[0].price", equalTo(LAST_CLOSE))
                .body("holdings[0].price_date", equalTo("2020-11-06"))
                .body("holdings[0].price_source", equalTo("yahoo"))
                // 10 × 118.69000244140625 = 1186.9000244140625, rounded once to cents.
                .body("holdings[0].market_value", equalTo("1186.90"))
                .body("holdings[0].rate", equalTo("1"))
                .body("holdings[0].rate_date", equalTo("2020-11-06"))
                .body("holdings[0].market_value_base", equalTo("1186.90"))
                .body("holdings[0].cost_basis", equalTo("1000.00"))
                .body("holdings[0].unrealized_gain", equalTo("186.90"))
                .body("holdings[0].unrealized_gain_percentage", equalTo("18.69"))
                // 2.5 × 118.69000244140625 = 296.725006103515625 → 296.73; 296.73 − 300.00 = −3.27, −1.09 %.
                .body("holdings[1].market_value_base", equalTo("296.73"))
                .body("holdings[1].unrealized_gain", equalTo("-3.27"))
                .body("holdings[1].unrealized_gain_percentage", equalTo("-1.09"))
                // 1186.90 + 296.73 = 1483.63 against 1300.00: +183.63, 14.13 %.
                .body("totals.market_value", equalTo("1483.63"))
                .body("totals.cost_basis", equalTo("1300.00"))
                .body("totals.unrealized_gain", equalTo("183.63"))
                .body("totals.unrealized_gain_percentage", equalTo("14.13"))
                .body("allocation.by_type.key", contains("equity"))
                .body("allocation.by_type[0].percentage", equalTo("100.00"))
                .body("allocation.by_currency.key", contains("USD"))
                .body("allocation.by_account.key", contains(brokerage, pension))
                .body("allocation.by_account.name", contains("Brokerage", "Pension"))
                .body("allocation.by_account.value", contains("1186.90", "296.73"))
                .extract().jsonPath();
        BigDecimal sum = portfolio.getList("allocation.by_account.percentage", String.class).stream()
                .map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo("100.00");
        assertThat(portfolio.getList("allocation.by_account.percentage", String.class)).containsExactly("80.00", "20.00");
    }

    @Test
    void aWeekendDayTakesFridaysCloseAndTheSeriesCarriesItOverTheWeekend() {
        Account user = usdUser("portfolio-weekend");
        String symbol = newSymbol();
        hold(user, account(user, "Brokerage"), security(user, symbol), "10", "1000");
        String thursdayClose = closeOn(user, symbol, "2020-11-05");

        as(user).queryParam("date", "2020-11-08").when().get(PATH).then().statusCode(200)
                .body("holdings[0].price", equalTo(LAST_CLOSE))
                .body("holdings[0].price_date", equalTo("2020-11-06"))
                .body("totals.market_value", equalTo("1186.90"));
        String thursdayValue = tenTimes(thursdayClose);
        as(user).queryParam("start_date", "2020-11-05").queryParam("end_date", "2020-11-09")
                .when().get(PATH + "/performance").then().statusCode(200)
                .body("base_currency", equalTo("USD"))
                .body("start_date", equalTo("2020-11-05"))
                .body("end_date", equalTo("2020-11-09"))
                .body("values.date", contains("2020-11-05", "2020-11-06", "2020-11-07", "2020-11-08", "2020-11-09"))
                .body("values.value", contains(thursdayValue, "1186.90", "1186.90", "1186.90", "1186.90"))
                .body("values.unpriced_count", contains(0, 0, 0, 0, 0));
        assertThat(thursdayValue).isNotEqualTo("1186.90");
    }

    @Test
    void aHoldingWithoutAPriceYetIsListedWithNullsAndCountedNeverValuedAtZero() {
        Account user = usdUser("portfolio-unpriced");
        String symbol = newSymbol();
        hold(user, account(user, "Brokerage"), security(user, symbol), "10", "1000");
        String firstValue = tenTimes(closeOn(user, symbol, "2020-08-31"));

        as(user).queryParam("date", "2020-08-28").when().get(PATH).then().statusCode(200)
                .body("unpriced_count", equalTo(1))
                .body("holdings[0].quantity", equalTo("10"))
                .body("holdings[0].price", nullValue())
                .body("holdings[0].price_date", nullValue())
                .body("holdings[0].market_value", nullValue())
                .body("holdings[0].market_value_base", nullValue())
                .body("holdings[0].unrealized_gain", nullValue())
                .body("totals.market_value", equalTo("0.00"))
                .body("totals.unrealized_gain_percentage", nullValue())
                .body("allocation.by_type", empty());
        as(user).queryParam("start_date", "2020-08-28").queryParam("end_date", "2020-08-31")
                .when().get(PATH + "/performance").then().statusCode(200)
                .body("values.value", contains(null, null, null, firstValue))
                .body("values.unpriced_count", contains(1, 1, 1, 0));
    }

    @Test
    void aUserWithoutHoldingsHasAnEmptyPortfolioAndSeesNobodyElses() {
        Account owner = usdUser("portfolio-owner");
        hold(owner, account(owner, "Brokerage"), security(owner), "1", "1");
        Account other = usdUser("portfolio-other");

        as(other).when().get(PATH).then().statusCode(200)
                .body("holdings", empty())
                .body("unpriced_count", equalTo(0))
                .body("totals.market_value", equalTo("0.00"))
                .body("allocation.by_account", empty());
        as(other).queryParam("start_date", "2020-11-05").queryParam("end_date", "2020-11-06")
                .when().get(PATH + "/performance").then().statusCode(200)
                .body("values.value", contains("0.00", "0.00"));
    }

    @Test
    void malformedDatesAndRangesOver366DaysAre422s() {
        Account user = usdUser("portfolio-invalid");
        for (Map.Entry<String, String> bad : Map.of("date", "2020-13-01", "start_date", "yesterday",
                "end_date", "10000-01-01").entrySet()) {
            String path = bad.getKey().equals("date") ? PATH : PATH + "/performance";
            as(user).queryParam(bad.getKey(), bad.getValue()).when().get(path).then().statusCode(422)
                    .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem(bad.getKey()));
        }
        as(user).queryParam("start_date", "2020-01-01").queryParam("end_date", "2021-01-01")
                .when().get(PATH + "/performance").then().statusCode(422).body("errors.field", hasItem("end_date"));
        as(user).queryParam("start_date", "2020-01-01").queryParam("end_date", "2020-12-31")
                .when().get(PATH + "/performance").then().statusCode(200).body("values", hasSize(366));
        as(user).queryParam("start_date", "2020-02-02").queryParam("end_date", "2020-02-01")
                .when().get(PATH + "/performance").then().statusCode(422).body("errors.field", hasItem("end_date"));
        given().when().get(PATH).then().statusCode(401);
    }

    private static RequestSpecification as(Account user) {
        return given().auth().oauth2(user.accessToken()).contentType(ContentType.JSON);
    }

    private static Account usdUser(String label) {
        Account user = TestAccounts.create(label);
        as(user).body(Map.of("base_currency", "USD")).when().patch("/api/v1/users/me").then().statusCode(200);
        return user;
    }

    private static String account(Account user, String name) {
        return as(user).body(Map.of("name", name, "type", "investment", "currency", "USD")).when()
                .post("/api/v1/accounts").then().statusCode(201).extract().path("id");
    }

    /** A security of the test's own: the fake Yahoo answers AAPL's captured chart for any symbol starting with X. */
    private static String security(Account user) {
        return as(user).body(Map.of("symbol", newSymbol())).when().post("/api/v1/securities").then().statusCode(201)
                .extract().path("id");
    }

    private static String newSymbol() {
        return "X" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    /** Registers {@code symbol} and answers its id. */
    private static String security(Account user, String symbol) {
        return as(user).body(Map.of("symbol", symbol)).when().post("/api/v1/securities").then().statusCode(201)
                .extract().path("id");
    }

    private static String hold(Account user, String account, String security, String quantity, String cost) {
        return as(user).body(Map.of("security_id", security, "quantity", quantity, "cost_basis", cost))
                .when().post("/api/v1/accounts/" + account + "/holdings").then().statusCode(201).extract().path("id");
    }

    /** The value of 10 units at {@code close}, in cents. */
    private static String tenTimes(String close) {
        return new BigDecimal(close).multiply(BigDecimal.TEN).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String closeOn(Account user, String symbol, String date) {
        List<String> closes = as(user).queryParam("start_date", date).queryParam("end_date", date)
                .when().get("/api/v1/securities/" + symbol + "/prices").then().statusCode(200)
                .extract().jsonPath().getList("prices.close", String.class);
        return closes.getFirst();
    }
}
