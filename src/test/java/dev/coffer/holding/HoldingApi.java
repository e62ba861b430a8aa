package dev.coffer.holding;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.coffer.testing.TestAccounts.Account;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The account, security and holding endpoints as holding tests call them, through HTTP only. */
final class HoldingApi {

    private HoldingApi() {
    }

    static RequestSpecification as(Account user) {
        return given().auth().oauth2(user.accessToken()).contentType(ContentType.JSON);
    }

    static String holdings(String accountId) {
        return "/api/v1/accounts/" + accountId + "/holdings";
    }

    static String account(Account user, String name) {
        return as(user).body(Map.of("name", name, "type", "investment", "currency", "USD")).when()
                .post("/api/v1/accounts").then().statusCode(201).extract().path("id");
    }

    /**
     * A newly registered security of the test's own (the fake Yahoo answers AAPL's captured chart for any
     * symbol starting with X: USD, closes from 2020-08-31 to 2020-11-06).
     */
    static String security(Account user) {
        String symbol = "X" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
        return as(user).body(Map.of("symbol", symbol)).when().post("/api/v1/securities").then().statusCode(201)
                .extract().path("id");
    }

    static Map<String, Object> holding(String securityId, Object quantity, Object costBasis) {
        Map<String, Object> body = new HashMap<>();
        body.put("security_id", securityId);
        body.put("quantity", quantity);
        body.put("cost_basis", costBasis);
        return body;
    }

    static String create(Account user, String accountId, Map<String, Object> body) {
        return as(user).body(body).when().post(holdings(accountId)).then().statusCode(201).extract().path("id");
    }
}
