package dev.coffer.account;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import dev.coffer.testing.TestAccounts.Account;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The institution, account and balance endpoints as account tests call them, through HTTP only. */
final class AccountApi {

    static final String PATH = "/api/v1/accounts";
    static final String INSTITUTIONS = "/api/v1/institutions";

    private AccountApi() {
    }

    static RequestSpecification as(Account user) {
        return given().auth().oauth2(user.accessToken()).contentType(ContentType.JSON);
    }

    static String values(String accountId) {
        return PATH + "/" + accountId + "/values";
    }

    /** An account body; tests add or replace fields. */
    static Map<String, Object> account(String name, String type, String currency) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("type", type);
        body.put("currency", currency);
        return body;
    }

    static String create(Account user, Map<String, Object> body) {
        return as(user).body(body).when().post(PATH).then().statusCode(201).extract().path("id");
    }

    static String institution(Account user, String name, String country) {
        return as(user).body(Map.of("name", name, "country", country)).when().post(INSTITUTIONS)
                .then().statusCode(201).extract().path("id");
    }

    static void balance(Account user, String accountId, String date, String balance, int status) {
        as(user).body(Map.of("date", date, "balance", balance)).when().post(values(accountId)).then().statusCode(status);
    }
}
