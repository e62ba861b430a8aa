package dev.coffer.budget;

import static dev.coffer.budget.BudgetApi.PATH;
import static dev.coffer.budget.BudgetApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class BudgetResourceTest {

    @Test
    void createAnswers201WithLocationAndETagAndExactlyTheBudgetFields() {
        Account account = TestAccounts.create("budget-create");
        String category = BudgetApi.firstCategory(account);
        Map<String, Object> body = BudgetApi.monthly(" Groceries ", "400.5", "EUR", "2025-01-31");
        body.put("category_id", category);
        body.put("alert_thresholds", List.of(100, 50, 80));
        Response created = as(account).body(body).when().post(PATH)
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Groceries"))
                .body("category_id", equalTo(category))
                .body("amount", equalTo("400.50"))
                .body("currency", equalTo("EUR"))
                .body("period", equalTo("monthly"))
                .body("start_date", equalTo("2025-01-31"))
                .body("rollover", equalTo(false))
                .body("alert_thresholds", contains(50, 80, 100))
                .body("active", equalTo(true))
                .body("version", equalTo(0))
                .body("updated_at", endsWith("Z"))
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(PATH + "/" + id);
        assertThat(created.jsonPath().getMap("").keySet()).containsExactlyInAnyOrder("id", "name", "category_id",
                "amount", "currency", "period", "start_date", "rollover", "alert_thresholds", "active", "version",
                "created_at", "updated_at");

        as(account).when().get(PATH + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("amount", equalTo("400.50"));
        as(account).when().get(PATH).then().statusCode(200)
                .body("total", equalTo(1)).body("page", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void absentFieldsTakeTheirDefaultsAndTheBaseCurrency() {
        Account account = TestAccounts.create("budget-defaults");
        Map<String, Object> body = BudgetApi.monthly("Everything", "1000", null, "2025-01-01");
        body.remove("currency");
        as(account).body(body).when().post(PATH).then().statusCode(201)
                .body("currency", equalTo("USD"))
                .body("amount", equalTo("1000.00"))
                .body("category_id", nullValue())
                .body("alert_thresholds", contains(80, 100))
                .body("rollover", equalTo(false))
                .body("active", equalTo(true));
        body.put("currency", "JPY");
        body.put("alert_thresholds", List.of());
        as(account).body(body).when().post(PATH).then().statusCode(201)
                .body("amount", equalTo("1000")).body("alert_thresholds", equalTo(List.of()));
    }

    @Test
    void everyInvalidFieldIsA422NamingIt() {
        Account account = TestAccounts.create("budget-invalid");
        Account other = TestAccounts.create("budget-invalid-other");
        expect422(account, with("name", "  "), "name");
        expect422(account, with("name", "x".repeat(101)), "name");
        // U+1F34E is one character in Postgres and two UTF-16 units in Java: 100 fit, 101 do not.
        expect422(account, with("name", "\uD83C\uDF4E".repeat(101)), "name");
        expect422(account, with("amount", "0"), "amount");
        expect422(account, with("amount", "-5"), "amount");
        expect422(account, with("amount", "10.001"), "amount");
        expect422(account, with("amount", "1000000000000"), "amount");
        expect422(account, with("amount", null), "amount");
        expect422(account, with("currency", "eur"), "currency");
        expect422(account, with("currency", "XYZ"), "currency");
        expect422(account, with("period", "daily"), "period");
        expect422(account, with("period", null), "period");
        expect422(account, with("start_date", null), "start_date");
        expect422(account, with("start_date", "1899-12-31"), "start_date");
        expect422(account, with("start_date", "2025-02-30"), "start_date");
        expect422(account, with("alert_thresholds", List.of(0)), "alert_thresholds");
        expect422(account, with("alert_thresholds", List.of(1001)), "alert_thresholds");
        expect422(account, with("alert_thresholds", List.of(80, 80)), "alert_thresholds");
        expect422(account, with("alert_thresholds", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)), "alert_thresholds");
        expect422(account, with("category_id", BudgetApi.firstCategory(other)), "category_id");
        expect422(account, with("category_id", "0190e2a4-7d0b-7c3e-9d4f-2b1c3a4d5e6f"), "category_id");
        expect422(account, with("rollover", "maybe"), "rollover");
        as(account).when().get(PATH).then().statusCode(200).body("total", equalTo(0));

        String id = BudgetApi.create(account, BudgetApi.monthly("Fine", "10.50", "USD", "2025-01-01"));
        // The amount is checked against the currency it ends up in.
        as(account).body(Map.of("currency", "JPY")).when().patch(PATH + "/" + id).then().statusCode(422)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("amount"));
        as(account).body(Map.of("name", " ")).when().patch(PATH + "/" + id).then().statusCode(422)
                .body("errors.field", hasItem("name"));
        as(account).body(Map.of("period", "fortnightly")).when().patch(PATH + "/" + id).then().statusCode(422)
                .body("errors.field", hasItem("period"));
        as(account).queryParam("date", "2025-13-01").when().get(BudgetApi.STATUS).then().statusCode(422)
                .body("errors.field", hasItem("date"));
        BudgetApi.create(account, with("name", "\uD83C\uDF4E".repeat(100)));
    }

    @Test
    void patchChangesOnlyTheFieldsSentAndHonoursIfMatch() {
        Account account = TestAccounts.create("budget-patch");
        String category = BudgetApi.firstCategory(account);
        Map<String, Object> body = BudgetApi.monthly("Food", "300", "EUR", "2025-01-01");
        body.put("category_id", category);
        String id = BudgetApi.create(account, body);

        as(account).header("If-Match", "\"7\"").body(Map.of("amount", "350")).when().patch(PATH + "/" + id)
                .then().statusCode(412).body("code", equalTo("VERSION_CONFLICT"));
        as(account).header("If-Match", "\"0\"").body(Map.of("amount", "350", "rollover", true))
                .when().patch(PATH + "/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("amount", equalTo("350.00")).body("rollover", equalTo(true))
                .body("name", equalTo("Food")).body("category_id", equalTo(category));
        Map<String, Object> widen = new HashMap<>();
        widen.put("category_id", null);
        as(account).body(widen).when().patch(PATH + "/" + id)
                .then().statusCode(200).body("category_id", nullValue()).body("version", equalTo(2));
        as(account).body(Map.of("active", false, "alert_thresholds", List.of(90))).when().patch(PATH + "/" + id)
                .then().statusCode(200).body("active", equalTo(false)).body("alert_thresholds", contains(90));

        as(account).header("If-Match", "\"1\"").when().delete(PATH + "/" + id)
                .then().statusCode(412).body("code", equalTo("VERSION_CONFLICT"));
        as(account).header("If-Match", "\"3\"").when().delete(PATH + "/" + id).then().statusCode(204);
        as(account).when().get(PATH + "/" + id).then().statusCode(404).body("code", equalTo("BUDGET_NOT_FOUND"));
    }

    @Test
    void anotherUsersBudgetIsA404OnEveryMethodAndStaysUnchanged() {
        Account owner = TestAccounts.create("budget-owner");
        Account intruder = TestAccounts.create("budget-intruder");
        String id = BudgetApi.create(owner, BudgetApi.monthly("Mine", "100", "USD", "2025-01-01"));
        for (String path : List.of(PATH + "/" + id, PATH + "/not-a-uuid")) {
            as(intruder).when().get(path).then().statusCode(404).body("code", equalTo("BUDGET_NOT_FOUND"));
            as(intruder).body(Map.of("amount", "1")).when().patch(path).then().statusCode(404)
                    .body("code", equalTo("BUDGET_NOT_FOUND"));
            as(intruder).when().delete(path).then().statusCode(404).body("code", equalTo("BUDGET_NOT_FOUND"));
        }
        as(intruder).when().get(PATH).then().statusCode(200).body("total", equalTo(0));
        as(intruder).queryParam("date", "2025-01-15").when().get(BudgetApi.STATUS).then().statusCode(200)
                .body("$", equalTo(List.of()));
        as(owner).when().get(PATH + "/" + id).then().statusCode(200).body("amount", equalTo("100.00"))
                .body("version", equalTo(0));
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstCreate() {
        Account account = TestAccounts.create("budget-idempotent");
        Map<String, Object> body = BudgetApi.monthly("Once", "50", "USD", "2025-01-01");
        String first = as(account).header("Idempotency-Key", "budget-1").body(body).when().post(PATH)
                .then().statusCode(201).extract().path("id");
        as(account).header("Idempotency-Key", "budget-1").body(body).when().post(PATH)
                .then().statusCode(201).header("Idempotent-Replayed", equalTo("true")).body("id", equalTo(first));
        as(account).header("Idempotency-Key", "budget-1").body(with("name", "Twice")).when().post(PATH)
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        as(account).when().get(PATH).then().body("total", equalTo(1));
    }

    @Test
    void aCategoryWatchedByABudgetCannotBeDeleted() {
        Account account = TestAccounts.create("budget-category");
        String category = BudgetApi.firstCategory(account);
        Map<String, Object> body = BudgetApi.monthly("Watched", "100", "USD", "2025-01-01");
        body.put("category_id", category);
        String id = BudgetApi.create(account, body);
        as(account).when().delete("/api/v1/categories/" + category)
                .then().statusCode(409).body("code", equalTo("CATEGORY_IN_USE"));
        as(account).when().get("/api/v1/categories/" + category).then().statusCode(200);
        as(account).when().delete(PATH + "/" + id).then().statusCode(204);
        as(account).when().delete("/api/v1/categories/" + category).then().statusCode(204);
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = BudgetApi.monthly("Budget", "100.00", "USD", "2025-01-01");
        body.put(field, value);
        return body;
    }

    private static void expect422(Account account, Map<String, Object> body, String field) {
        as(account).body(body).when().post(PATH).then().statusCode(422)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem(field));
    }
}
