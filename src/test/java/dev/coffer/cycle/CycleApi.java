package dev.coffer.cycle;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import dev.coffer.category.CategoryApi;
import dev.coffer.testing.TestAccounts.Account;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The cycle endpoints, and the ones cycle tests feed them with, through HTTP only. */
final class CycleApi {

    static final String PATH = "/api/v1/cycles";
    static final String RECURRING = "/api/v1/recurring-expenses";
    static final String EXPENSES = "/api/v1/expenses";

    private CycleApi() {
    }

    static RequestSpecification as(Account account) {
        return given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON);
    }

    static Map<String, Object> cycle(String name, String startDate, String endDate, String income, String currency) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("start_date", startDate);
        body.put("end_date", endDate);
        body.put("income_amount", income);
        body.put("currency", currency);
        return body;
    }

    static String create(Account account, Map<String, Object> body) {
        return as(account).body(body).when().post(PATH).then().statusCode(201).extract().path("id");
    }

    /** The id of the user's category with this name (the defaults every account starts with). */
    static String category(Account account, String name) {
        return CategoryApi.as(account).when().get(CategoryApi.PATH).then().statusCode(200).extract().jsonPath()
                .getString("find { it.name == '" + name + "' }.id");
    }

    /** A recurring expense of {@code amount} in {@code currency}; {@code extra} adds end_date, active, interval. */
    static String recurring(Account account, String categoryId, String amount, String currency, String frequency,
            String startDate, Map<String, Object> extra) {
        Map<String, Object> template = new HashMap<>();
        template.put("amount", amount);
        template.put("currency", currency);
        template.put("category_id", categoryId);
        template.put("description", frequency + " from " + startDate);
        Map<String, Object> body = new HashMap<>(extra);
        body.put("template", template);
        body.put("frequency", frequency);
        body.put("start_date", startDate);
        return as(account).body(body).when().post(RECURRING).then().statusCode(201).extract().path("id");
    }

    static String spend(Account account, String amount, String currency, String date, String categoryId) {
        return as(account).body(Map.of("amount", amount, "currency", currency, "date", date, "category_id", categoryId))
                .when().post(EXPENSES).then().statusCode(201).extract().path("id");
    }
}
