package dev.coffer.analytics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.coffer.category.CategoryApi;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Analytics against the packaged artifact (the jar, or the native executable with -Pnative), over HTTP
 * only: amounts in the base currency (USD), which need no rate, and one in a currency no provider
 * publishes, which stays unconverted. Reading twice goes through the cache, and writes show at once.
 */
@QuarkusIntegrationTest
class AnalyticsIT {

    private static RequestSpecification as(Account account) {
        return given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON);
    }

    private static String record(Account account, String amount, String currency, UUID categoryId, LocalDate date) {
        return as(account).body(Map.of("amount", amount, "currency", currency, "date", date.toString(),
                "category_id", categoryId.toString())).when().post("/api/v1/expenses")
                .then().statusCode(201).extract().path("id");
    }

    private static List<UUID> categories(Account account) {
        return CategoryApi.as(account).when().get(CategoryApi.PATH).then().statusCode(200)
                .extract().jsonPath().getList("id", String.class).stream().map(UUID::fromString).toList();
    }

    @Test
    void aMonthByCategoryAndDayAgainstThePreviousOneCachedAndInvalidated() {
        Account account = TestAccounts.create("analytics-it");
        List<UUID> categories = categories(account);
        record(account, "10.00", "USD", categories.get(0), LocalDate.of(2003, 9, 1));
        record(account, "20.00", "USD", categories.get(1), LocalDate.of(2003, 9, 2));
        record(account, "5", "AFN", categories.get(0), LocalDate.of(2003, 9, 2));
        record(account, "24.00", "USD", categories.get(0), LocalDate.of(2003, 8, 20));

        for (int read = 0; read < 2; read++) {
            as(account).when().get("/api/v1/analytics/monthly/2003/9").then().statusCode(200)
                    .body("year", equalTo(2003))
                    .body("month", equalTo(9))
                    .body("currency", equalTo("USD"))
                    .body("total_expenses", equalTo("30.00"))
                    .body("expense_count", equalTo(2))
                    .body("unconverted_count", equalTo(1))
                    .body("category_breakdown.category_id", contains(categories.get(1).toString(),
                            categories.get(0).toString()))
                    .body("category_breakdown.percentage", contains("66.67", "33.33"))
                    .body("daily", hasSize(30))
                    .body("daily[1].total", equalTo("20.00"))
                    // (30 - 24) / 24 x 100 = 25
                    .body("compared_to_previous_month.total", equalTo("24.00"))
                    .body("compared_to_previous_month.change_percentage", equalTo("25.00"));
        }
        String id = record(account, "6.00", "USD", categories.get(0), LocalDate.of(2003, 9, 3));
        as(account).when().get("/api/v1/analytics/monthly/2003/9").then().statusCode(200)
                .body("total_expenses", equalTo("36.00"));
        as(account).when().delete("/api/v1/expenses/" + id).then().statusCode(204);
        as(account).when().get("/api/v1/analytics/monthly/2003/9").then().statusCode(200)
                .body("total_expenses", equalTo("30.00"));
    }

    @Test
    void anEmptyMonthAndBadMonths() {
        Account account = TestAccounts.create("analytics-it-empty");
        as(account).when().get("/api/v1/analytics/monthly/2003/2").then().statusCode(200)
                .body("total_expenses", equalTo("0.00"))
                .body("category_breakdown", empty())
                .body("daily", hasSize(28))
                .body("compared_to_previous_month.change_percentage", nullValue());
        as(account).when().get("/api/v1/analytics/monthly/2003/13").then().statusCode(422)
                .body("errors.field", contains("month"));
        as(account).when().get("/api/v1/analytics/monthly/1899/1").then().statusCode(422)
                .body("errors.field", contains("year"));
    }

    @Test
    void trendsEndWithTheCurrentMonth() {
        Account account = TestAccounts.create("analytics-it-trends");
        as(account).queryParam("months", "3").when().get("/api/v1/analytics/trends").then().statusCode(200)
                .body("currency", equalTo("USD"))
                .body("months", hasSize(3))
                .body("months.total", contains("0.00", "0.00", "0.00"));
        as(account).queryParam("months", "0").when().get("/api/v1/analytics/trends").then().statusCode(422)
                .body("errors.field", contains("months"));
    }
}
