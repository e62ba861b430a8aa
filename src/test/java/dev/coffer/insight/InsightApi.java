package dev.coffer.insight;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import dev.coffer.testing.Eventually;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** The requests of the insight tests, through HTTP only, so that the IT runs them against the artifact. */
final class InsightApi {

    static final String PATH = "/api/v1/analytics/insights";
    /** %test.coffer.admin-emails; the address can be registered only once per database. */
    private static final String ADMIN = "admin@admin.coffer.test";

    private InsightApi() {
    }

    static RequestSpecification as(Account account) {
        return given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON);
    }

    static ValidatableResponse insights(Account account, String date) {
        return as(account).queryParam("date", date).when().get(PATH).then().statusCode(200);
    }

    /** The ids of the account's ten default categories, by name. */
    static List<String> categories(Account account) {
        return as(account).when().get("/api/v1/categories").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class);
    }

    static String spend(Account account, String amount, String currency, String date, String categoryId) {
        return as(account).body(Map.of("amount", amount, "currency", currency, "date", date, "category_id", categoryId))
                .when().post("/api/v1/expenses").then().statusCode(201).extract().path("id");
    }

    static String budget(Account account, String name, String amount, String categoryId, String startDate) {
        return as(account).body(Map.of("name", name, "amount", amount, "currency", "USD", "period", "monthly",
                        "start_date", startDate, "category_id", categoryId))
                .when().post("/api/v1/budgets").then().statusCode(201).extract().path("id");
    }

    static String recurring(Account account, String description, String amount, String categoryId, String start,
            String end) {
        return as(account).body(Map.of("template", template(description, amount, categoryId), "frequency", "monthly",
                        "start_date", start, "end_date", end))
                .when().post("/api/v1/recurring-expenses").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> template(String description, String amount, String categoryId) {
        return Map.of("amount", amount, "currency", "USD", "category_id", categoryId, "description", description);
    }

    /** Runs the recurring job through the admin trigger and waits for the run to finish. */
    static void runRecurringJob() {
        given().contentType(ContentType.JSON).body(Map.of("email", ADMIN, "password", TestAccounts.PASSWORD))
                .when().post("/api/v1/auth/register");
        String admin = TestAccounts.login(ADMIN, TestAccounts.PASSWORD).getString("access_token");
        String run = given().auth().oauth2(admin).when().post("/api/v1/admin/sync/recurring")
                .then().statusCode(202).extract().path("id");
        Eventually.until(() -> !"running".equals(given().auth().oauth2(admin).queryParam("job", "recurring")
                .when().get("/api/v1/admin/sync/runs").then().statusCode(200)
                .extract().jsonPath().getString("items.find { it.id == '" + run + "' }.status")));
    }
}
