package dev.coffer.market;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.coffer.testing.FakeMarketProviders;
import dev.coffer.testing.FakeProviders;
import dev.coffer.testing.TestAccounts.Account;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The securities endpoints as market tests call them, through HTTP only. */
final class MarketApi {

    static final String PATH = "/api/v1/securities";

    private MarketApi() {
    }

    static RequestSpecification as(Account account) {
        return given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON);
    }

    /** A symbol of the test's own that the fake Yahoo and Stooq know (they answer AAPL's data for it). */
    static String ownSymbol() {
        return "X" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    static String register(Account account, String symbol) {
        return as(account).body(Map.of("symbol", symbol)).when().post(PATH).then().statusCode(201)
                .extract().path("id");
    }

    /** The closes of the captured Yahoo chart of AAPL, as written in the file. */
    static List<String> capturedYahooCloses() {
        String text = new String(FakeProviders.fixtureBytes(FakeMarketProviders.YAHOO_AAPL), StandardCharsets.UTF_8);
        Matcher closes = Pattern.compile("\"close\":\\[([^\\]]*)\\]").matcher(text);
        if (!closes.find()) {
            throw new IllegalStateException("no close array in the capture");
        }
        List<String> numbers = new ArrayList<>();
        for (String number : closes.group(1).split(",")) {
            numbers.add(number.strip());
        }
        return numbers;
    }
}
