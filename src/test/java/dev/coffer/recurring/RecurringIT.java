package dev.coffer.recurring;

import static dev.coffer.recurring.RecurringApi.PATH;
import static dev.coffer.recurring.RecurringApi.as;
import static dev.coffer.recurring.RecurringApi.body;
import static dev.coffer.recurring.RecurringApi.create;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.Eventually;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/**
 * The recurring-expense endpoints and job against the packaged artifact (the jar, or the native
 * executable with -Pnative), over HTTP only.
 */
@QuarkusIntegrationTest
class RecurringIT extends RecurringExpenseResourceTest {

    /** %test.coffer.admin-emails; the address can be registered only once per database. */
    private static final String ADMIN = "admin@admin.coffer.test";

    @Test
    void anAdminTriggeredRunCreatesTheDueOccurrencesAsExpenses() {
        Account account = TestAccounts.create("recurring-it");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String id = create(account, body(account, "daily", today.minusDays(1).toString()));

        given().contentType(ContentType.JSON).body(Map.of("email", ADMIN, "password", TestAccounts.PASSWORD))
                .when().post("/api/v1/auth/register");
        String admin = TestAccounts.login(ADMIN, TestAccounts.PASSWORD).getString("access_token");
        String run = given().auth().oauth2(admin).when().post("/api/v1/admin/sync/recurring")
                .then().statusCode(202).body("job", equalTo("recurring")).extract().path("id");
        Eventually.until(() -> !"running".equals(given().auth().oauth2(admin).queryParam("job", "recurring")
                .when().get("/api/v1/admin/sync/runs").then().statusCode(200)
                .extract().jsonPath().getString("items.find { it.id == '" + run + "' }.status")));

        List<String> dates = as(account).queryParam("size", 50).when().get("/api/v1/expenses")
                .then().statusCode(200).extract().jsonPath().getList("items.findAll { it.recurring_expense_id == '" + id
                        + "' }.date", String.class);
        assertThat(dates).containsExactlyInAnyOrder(today.minusDays(1).toString(), today.toString());
        as(account).when().get(PATH + "/" + id).then().statusCode(200)
                .body("next_date", equalTo(today.plusDays(1).toString()));
    }
}
