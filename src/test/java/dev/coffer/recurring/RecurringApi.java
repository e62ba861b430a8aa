package dev.coffer.recurring;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.coffer.category.CategoryApi;
import dev.coffer.testing.TestAccounts.Account;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests of the recurring-expense tests. */
final class RecurringApi {

    static final String PATH = "/api/v1/recurring-expenses";

    private RecurringApi() {
    }

    static RequestSpecification as(Account account) {
        return given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON);
    }

    static String firstCategory(Account account) {
        return CategoryApi.as(account).when().get(CategoryApi.PATH).then().statusCode(200)
                .extract().jsonPath().getList("id", String.class).getFirst();
    }

    static Map<String, Object> template(Account account, String amount, String currency) {
        Map<String, Object> template = new HashMap<>();
        template.put("amount", amount);
        template.put("currency", currency);
        template.put("category_id", firstCategory(account));
        template.put("description", "Rent");
        template.put("tags", List.of("home"));
        return template;
    }

    static Map<String, Object> body(Account account, String frequency, String startDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("template", template(account, "12.50", "EUR"));
        body.put("frequency", frequency);
        body.put("start_date", startDate);
        return body;
    }

    /** Creates a recurring expense and answers its id. */
    static String create(Account account, Map<String, Object> body) {
        return as(account).body(body).when().post(PATH).then().statusCode(201).extract().path("id");
    }
}
