package dev.coffer.market;

import static dev.coffer.market.MarketApi.PATH;
import static dev.coffer.market.MarketApi.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.FakeMarketProviders;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(FakeMarketProviders.class)
class SecurityResourceTest {

    @Test
    void registeringAsksTheProviderStoresItsProfileAndAYearOfPrices() {
        Account account = TestAccounts.create("security-register");
        String symbol = MarketApi.ownSymbol();

        as(account).body(Map.of("symbol", symbol.toLowerCase(Locale.ROOT))).when().post(PATH)
                .then().statusCode(201)
                .header("Location", endsWith(PATH + "/" + symbol))
                .body("symbol", equalTo(symbol))
                .body("name", equalTo("Apple Inc."))
                .body("type", equalTo("equity"))
                .body("exchange", equalTo("NasdaqGS"))
                .body("currency", equalTo("USD"))
                .body("latest_price.price", equalTo("118.69000244140625"))
                .body("latest_price.as_of", equalTo("2020-11-06"))
                .body("latest_price.source", equalTo("yahoo"));

        as(account).when().get(PATH + "/" + symbol.toLowerCase(Locale.ROOT)).then().statusCode(200)
                .body("symbol", equalTo(symbol))
                .body("latest_price.price", equalTo("118.69000244140625"));
    }

    @Test
    void storedClosesAreTheCapturedClosesDigitForDigit() {
        Account account = TestAccounts.create("security-prices");
        String symbol = MarketApi.ownSymbol();
        MarketApi.register(account, symbol);

        JsonPath prices = as(account).queryParam("start_date", "2020-08-31").queryParam("end_date", "2020-11-06")
                .when().get(PATH + "/" + symbol + "/prices")
                .then().statusCode(200)
                .body("symbol", equalTo(symbol))
                .body("currency", equalTo("USD"))
                .body("start_date", equalTo("2020-08-31"))
                .body("end_date", equalTo("2020-11-06"))
                .body("prices", hasSize(49))
                .body("prices[0].date", equalTo("2020-08-31"))
                .body("prices[0].open", equalTo("127.58000183105469"))
                .body("prices[0].high", equalTo("131"))
                .body("prices[0].low", equalTo("126"))
                .body("prices[0].adj_close", equalTo("125.82673645019531"))
                .body("prices[0].volume", equalTo(225702700))
                .body("prices[0].source", equalTo("yahoo"))
                .extract().jsonPath();

        assertThat(prices.getList("prices.close", String.class)).isEqualTo(MarketApi.capturedYahooCloses());
        as(account).queryParam("start_date", "2020-11-02").queryParam("end_date", "2020-11-04")
                .when().get(PATH + "/" + symbol + "/prices")
                .then().statusCode(200)
                .body("prices.date", equalTo(List.of("2020-11-02", "2020-11-03", "2020-11-04")));
        as(account).queryParam("start_date", "2019-01-01").queryParam("end_date", "2019-12-31")
                .when().get(PATH + "/" + symbol + "/prices")
                .then().statusCode(200).body("prices", hasSize(0));
    }

    @Test
    void registeringARegisteredSymbolAgainAnswers200WithIt() {
        Account account = TestAccounts.create("security-again");
        String symbol = MarketApi.ownSymbol();
        String id = MarketApi.register(account, symbol);

        as(account).body(Map.of("symbol", symbol.toLowerCase(Locale.ROOT), "type", "etf")).when().post(PATH)
                .then().statusCode(200)
                .header("Location", nullValue())
                .body("id", equalTo(id))
                .body("type", equalTo("equity"));
    }

    @Test
    void aSymbolNoProviderKnowsIs422UnknownSymbol() {
        Account account = TestAccounts.create("security-unknown");
        String symbol = "QZ" + MarketApi.ownSymbol();

        as(account).body(Map.of("symbol", symbol)).when().post(PATH)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("UNKNOWN_SYMBOL"));
        as(account).when().get(PATH + "/" + symbol).then().statusCode(404).body("code", equalTo("SECURITY_NOT_FOUND"));
    }

    @Test
    void cryptoIsAskedOfCoinGeckoByTicker() {
        Account account = TestAccounts.create("security-crypto");

        // BTC is shared reference data: another test run may have registered it already.
        as(account).body(Map.of("symbol", "btc", "type", "crypto")).when().post(PATH)
                .then().statusCode(anyOf(is(200), is(201)))
                .body("symbol", equalTo("BTC"))
                .body("name", equalTo("Bitcoin"))
                .body("type", equalTo("crypto"))
                .body("exchange", nullValue())
                .body("currency", equalTo("USD"))
                .body("latest_price.as_of", equalTo("2021-05-15"))
                .body("latest_price.price", equalTo("49078.83040364477"))
                .body("latest_price.source", equalTo("coingecko"));
        as(account).queryParam("start_date", "2021-02-15").queryParam("end_date", "2021-02-15")
                .when().get(PATH + "/BTC/prices")
                .then().statusCode(200)
                .body("prices[0].close", equalTo("48607.8745224845"))
                .body("prices[0].open", nullValue())
                .body("prices[0].volume", nullValue());
        as(account).body(Map.of("symbol", "NOSUCHCOIN", "type", "crypto")).when().post(PATH)
                .then().statusCode(422).body("code", equalTo("UNKNOWN_SYMBOL"));
    }

    @Test
    void invalidRegistrationsAre422NamingTheField() {
        Account account = TestAccounts.create("security-invalid");

        for (String symbol : List.of(" ", "A B", "AAPL;DROP", "X".repeat(33))) {
            as(account).body(Map.of("symbol", symbol)).when().post(PATH)
                    .then().statusCode(422)
                    .body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors.field", hasItem("symbol"));
        }
        as(account).body(Map.of("symbol", "AAPL", "type", "stock")).when().post(PATH)
                .then().statusCode(422)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("type"));
        as(account).body(Map.of()).when().post(PATH)
                .then().statusCode(422).body("errors.field", hasItem("symbol"));
        as(account).body("{\"symbol\":").when().post(PATH).then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void unknownSymbolsAre404AndBadDatesAre422() {
        Account account = TestAccounts.create("security-404");
        String symbol = MarketApi.ownSymbol();
        MarketApi.register(account, symbol);

        as(account).when().get(PATH + "/NOT" + symbol).then().statusCode(404).body("code", equalTo("SECURITY_NOT_FOUND"));
        as(account).when().get(PATH + "/NOT" + symbol + "/prices").then().statusCode(404)
                .body("code", equalTo("SECURITY_NOT_FOUND"));
        as(account).queryParam("start_date", "2020-13-01").when().get(PATH + "/" + symbol + "/prices")
                .then().statusCode(422).body("errors[0].field", equalTo("start_date"));
        as(account).queryParam("end_date", "yesterday").when().get(PATH + "/" + symbol + "/prices")
                .then().statusCode(422).body("errors[0].field", equalTo("end_date"));
        as(account).queryParam("start_date", "2020-11-06").queryParam("end_date", "2020-11-05")
                .when().get(PATH + "/" + symbol + "/prices")
                .then().statusCode(422).body("errors[0].field", equalTo("start_date"));
    }

    @Test
    void searchFindsBySymbolPrefixOrNameFragmentPaged() {
        Account account = TestAccounts.create("security-search");
        String symbol = MarketApi.ownSymbol();
        MarketApi.register(account, symbol);

        as(account).queryParam("q", symbol.substring(0, 8).toLowerCase(Locale.ROOT)).when().get(PATH)
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("page", equalTo(1))
                .body("items[0].symbol", equalTo(symbol))
                .body("items[0].name", equalTo("Apple Inc."))
                .body("items[0].latest_price.as_of", equalTo("2020-11-06"));
        as(account).queryParam("q", "PPLE IN").when().get(PATH)
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1))
                .body("items.name", everyItem(containsStringIgnoringCase("pple in")));
        as(account).queryParam("q", "%").when().get(PATH).then().statusCode(200)
                .body("items.symbol", not(hasItem(symbol)));
        as(account).when().get(PATH).then().statusCode(200).body("total", not(equalTo(0)));
        as(account).queryParam("size", 500).when().get(PATH).then().statusCode(422)
                .body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void everyEndpointNeedsAToken() {
        given().when().get(PATH).then().statusCode(401);
        given().contentType("application/json").body(Map.of("symbol", "AAPL")).when().post(PATH).then().statusCode(401);
        given().when().get(PATH + "/AAPL").then().statusCode(401);
        given().when().get(PATH + "/AAPL/prices").then().statusCode(401);
    }
}
