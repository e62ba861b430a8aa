package dev.coffer.expense;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Summary and statistics against the packaged artifact (the jar, or the native executable with
 * -Pnative), over HTTP only: amounts in the base currency, which need no rate, and one in a currency
 * no provider publishes, which stays unconverted.
 */
@QuarkusIntegrationTest
class ExpenseSummaryIT {

    private static final LocalDate MONDAY = LocalDate.of(2003, 6, 2);

    private static RequestSpecification as(Account account) {
        return given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON);
    }

    private static void record(Account account, String amount, String currency, UUID categoryId, LocalDate date) {
        as(account).body(Map.of("amount", amount, "currency", currency, "date", date.toString(), "category_id",
                categoryId.toString())).when().post("/api/v1/expenses").then().statusCode(201);
    }

    /** A USD user with 10.00 and 10.01 on Monday in two categories, 20.00 on Wednesday in a third, 5 AFN on Tuesday. */
    private static Account withExpenses(String label) {
        Account account = TestAccounts.create(label);
        List<UUID> categories = CategoryIds.of(account);
        record(account, "10.00", "USD", categories.get(0), MONDAY);
        record(account, "10.01", "USD", categories.get(1), MONDAY);
        record(account, "20.00", "USD", categories.get(2), MONDAY.plusDays(2));
        record(account, "5", "AFN", categories.get(0), MONDAY.plusDays(1));
        return account;
    }

    private static ValidatableResponse get(Account account, String path, LocalDate start, LocalDate end) {
        return as(account).queryParam("start_date", start.toString()).queryParam("end_date", end.toString())
                .when().get("/api/v1/expenses/" + path).then();
    }

    @Test
    void summaryAddsUpByCategoryAndDay() {
        Account account = withExpenses("summary-it");
        // 20.00 / 40.01 = 49.9875..%, 10.01 / 40.01 = 25.0187..%, 10.00 / 40.01 = 24.9937..%: the floors
        // 49.98 + 25.01 + 24.99 leave two hundredths, for the two largest remainders (.87 and .75).
        get(account, "summary", MONDAY, MONDAY.plusDays(3)).statusCode(200)
                .contentType(startsWith("application/json"))
                .body("currency", equalTo("USD"))
                .body("total", equalTo("40.01"))
                .body("count", equalTo(3))
                .body("unconverted_count", equalTo(1))
                // 40.01 / 4 = 10.0025 -> 10.00
                .body("average_per_day", equalTo("10.00"))
                .body("by_category.name", contains("Food & Dining", "Entertainment", "Education"))
                .body("by_category.total", contains("20.00", "10.01", "10.00"))
                .body("by_category.percentage", contains("49.99", "25.02", "24.99"))
                .body("by_day.date", contains("2003-06-02", "2003-06-03", "2003-06-04", "2003-06-05"))
                .body("by_day.total", contains("20.01", "0.00", "20.00", "0.00"))
                .body("by_day.count", contains(2, 0, 1, 0));
        get(account, "summary", MONDAY.minusDays(1), MONDAY.minusDays(1)).statusCode(200)
                .body("total", equalTo("0.00"))
                .body("by_category", empty())
                .body("by_day.total", contains("0.00"));
    }

    @Test
    void statsOfTheConvertedAmounts() {
        Account account = withExpenses("stats-it");
        // 10.00, 10.01, 20.00: mean 13.3366.. -> 13.34, sample standard deviation 5.7708.. -> 5.77
        get(account, "stats", MONDAY, MONDAY.plusDays(3)).statusCode(200)
                .contentType(startsWith("application/json"))
                .body("currency", equalTo("USD"))
                .body("count", equalTo(3))
                .body("unconverted_count", equalTo(1))
                .body("total", equalTo("40.01"))
                .body("mean", equalTo("13.34"))
                .body("median", equalTo("10.01"))
                .body("min", equalTo("10.00"))
                .body("max", equalTo("20.00"))
                .body("std_dev", equalTo("5.77"));
        get(account, "stats", MONDAY.minusDays(1), MONDAY.minusDays(1)).statusCode(200)
                .body("count", equalTo(0))
                .body("total", equalTo("0.00"))
                .body("mean", nullValue())
                .body("std_dev", nullValue());
    }

    @Test
    void aBadPeriodIsAValidationFailure() {
        Account account = TestAccounts.create("summary-it-invalid");
        for (String path : List.of("summary", "stats")) {
            get(account, path, MONDAY.plusDays(1), MONDAY).statusCode(422)
                    .contentType(startsWith("application/problem+json"))
                    .body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors.field", hasItem("start_date"));
            get(account, path, MONDAY, MONDAY.plusDays(366)).statusCode(422)
                    .body("errors.field", hasItem("end_date"));
        }
    }
}
