package dev.coffer.budget;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import dev.coffer.testing.TestAccounts.Account;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The budget, expense and notification endpoints as budget tests call them, through HTTP only. */
final class BudgetApi {

    static final String PATH = "/api/v1/budgets";
    static final String STATUS = PATH + "/status";
    static final String NOTIFICATIONS = "/api/v1/notifications";
    static final String EXPENSES = "/api/v1/expenses";

    private BudgetApi() {
    }

    static RequestSpecification as(Account account) {
        return given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON);
    }

    /** A monthly budget body without rollover; tests add or replace fields. */
    static Map<String, Object> monthly(String name, String amount, String currency, String startDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("amount", amount);
        body.put("currency", currency);
        body.put("period", "monthly");
        body.put("start_date", startDate);
        return body;
    }

    static String create(Account account, Map<String, Object> body) {
        return as(account).body(body).when().post(PATH).then().statusCode(201).extract().path("id");
    }

    /** The id of the user's first category by name. */
    static String firstCategory(Account account) {
        return as(account).when().get("/api/v1/categories").then().statusCode(200).extract().path("[0].id");
    }

    static String spend(Account account, String amount, String currency, String date, String categoryId) {
        return as(account).body(Map.of("amount", amount, "currency", currency, "date", date, "category_id", categoryId))
                .when().post(EXPENSES).then().statusCode(201).extract().path("id");
    }
}
