package dev.coffer.recurring;

import static dev.coffer.recurring.RecurringApi.PATH;
import static dev.coffer.recurring.RecurringApi.as;
import static dev.coffer.recurring.RecurringApi.body;
import static dev.coffer.recurring.RecurringApi.create;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class RecurringExpenseResourceTest {

    @Test
    void createGetListPatchDelete() {
        Account account = TestAccounts.create("recurring-crud");
        Map<String, Object> body = body(account, "monthly", "2025-01-31");
        body.put("end_date", "2025-12-31");
        ValidatableResponse created = as(account).body(body).when().post(PATH)
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("template.amount", equalTo("12.50"))
                .body("template.currency", equalTo("EUR"))
                .body("template.description", equalTo("Rent"))
                .body("template.tags", contains("home"))
                .body("template.payment_method_id", nullValue())
                .body("frequency", equalTo("monthly"))
                .body("interval", equalTo(1))
                .body("start_date", equalTo("2025-01-31"))
                .body("end_date", equalTo("2025-12-31"))
                .body("next_date", equalTo("2025-01-31"))
                .body("active", equalTo(true))
                .body("version", equalTo(0));
        String id = created.extract().path("id");
        created.header("Location", endsWith(PATH + "/" + id));

        as(account).when().get(PATH + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id));
        as(account).queryParam("size", 1).when().get(PATH).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id)).body("size", equalTo(1));

        as(account).header("If-Match", "\"0\"")
                .body(Map.of("interval", 3, "end_date", "2026-12-31", "template",
                        Map.of("amount", "900", "category_id", RecurringApi.firstCategory(account))))
                .when().patch(PATH + "/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("interval", equalTo(3))
                .body("end_date", equalTo("2026-12-31"))
                .body("template.amount", equalTo("900.00"))
                .body("template.currency", equalTo("USD"))
                .body("template.description", nullValue())
                .body("next_date", equalTo("2025-01-31"));
        as(account).body("{\"end_date\": null}").when().patch(PATH + "/" + id)
                .then().statusCode(200).body("end_date", nullValue()).body("interval", equalTo(3));

        as(account).header("If-Match", "\"2\"").when().delete(PATH + "/" + id).then().statusCode(204);
        as(account).when().get(PATH + "/" + id).then().statusCode(404).body("code", equalTo("RECURRING_EXPENSE_NOT_FOUND"));
        as(account).when().get(PATH).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anAbsentCurrencyIsTheBaseCurrencyAndAnAbsentIntervalIsOne() {
        Account account = TestAccounts.create("recurring-defaults");
        Map<String, Object> body = body(account, "weekly", "2025-03-03");
        template(body).remove("currency");
        as(account).body(body).when().post(PATH).then().statusCode(201)
                .body("template.currency", equalTo("USD")).body("interval", equalTo(1));
    }

    private static void refused(Account account, Consumer<Map<String, Object>> change, String field) {
        Map<String, Object> body = body(account, "monthly", "2025-01-31");
        change.accept(body);
        as(account).body(body).when().post(PATH).then().statusCode(422)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem(field));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> template(Map<String, Object> body) {
        return (Map<String, Object>) body.get("template");
    }

    @Test
    void everyBrokenRuleIsA422NamingItsField() {
        Account account = TestAccounts.create("recurring-422");
        refused(account, body -> body.remove("template"), "template");
        refused(account, body -> body.remove("frequency"), "frequency");
        refused(account, body -> body.put("frequency", "fortnightly"), "frequency");
        refused(account, body -> body.put("interval", 0), "interval");
        refused(account, body -> body.put("interval", 367), "interval");
        refused(account, body -> body.remove("start_date"), "start_date");
        refused(account, body -> body.put("start_date", "1899-12-31"), "start_date");
        refused(account, body -> body.put("end_date", "2025-01-30"), "end_date");
        refused(account, body -> template(body).remove("amount"), "template.amount");
        refused(account, body -> template(body).put("amount", "0"), "template.amount");
        refused(account, body -> template(body).put("amount", "1.234"), "template.amount");
        refused(account, body -> template(body).put("currency", "XYZ"), "template.currency");
        refused(account, body -> template(body).remove("category_id"), "template.category_id");
        refused(account, body -> template(body).put("category_id", UUID.randomUUID().toString()), "template.category_id");
        refused(account, body -> template(body).put("payment_method_id", UUID.randomUUID().toString()),
                "template.payment_method_id");
        refused(account, body -> template(body).put("description", "x".repeat(201)), "template.description");
        refused(account, body -> template(body).put("merchant", "x".repeat(201)), "template.merchant");
        refused(account, body -> template(body).put("tags", List.of(" ")), "template.tags[0]");
        as(account).when().get(PATH).then().body("total", equalTo(0));

        String id = create(account, body(account, "monthly", "2025-01-31"));
        as(account).body(Map.of("frequency", "hourly")).when().patch(PATH + "/" + id)
                .then().statusCode(422).body("errors.field", contains("frequency"));
        as(account).body(Map.of("end_date", "2024-01-01")).when().patch(PATH + "/" + id)
                .then().statusCode(422).body("errors.field", contains("end_date"));
        as(account).body(Map.of("template", Map.of("amount", "-1"))).when().patch(PATH + "/" + id)
                .then().statusCode(422).body("errors.field", hasItem("template.amount"))
                .body("errors.field", hasItem("template.category_id"));
        as(account).when().get(PATH + "/" + id).then().body("version", equalTo(0));
    }

    @Test
    void skipMovesNextDateToTheOccurrenceAfterAndHonoursIfMatch() {
        Account account = TestAccounts.create("recurring-skip");
        Map<String, Object> body = body(account, "monthly", "2024-01-31");
        body.put("end_date", "2024-03-31");
        String id = create(account, body);
        as(account).header("If-Match", "\"0\"").when().post(PATH + "/" + id + "/skip")
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("next_date", equalTo("2024-02-29"));
        as(account).header("If-Match", "\"0\"").when().post(PATH + "/" + id + "/skip")
                .then().statusCode(412).body("code", equalTo("VERSION_CONFLICT"));
        as(account).when().post(PATH + "/" + id + "/skip").then().statusCode(200).body("next_date", equalTo("2024-03-31"));
        as(account).when().post(PATH + "/" + id + "/skip").then().statusCode(200).body("next_date", nullValue());
        as(account).when().post(PATH + "/" + id + "/skip").then().statusCode(409)
                .body("code", equalTo("RECURRING_EXPENSE_ENDED"));
        // Moving the end on resumes from the last skipped occurrence.
        as(account).body(Map.of("end_date", "2024-05-31")).when().patch(PATH + "/" + id)
                .then().statusCode(200).body("next_date", equalTo("2024-04-30"));
    }

    @Test
    void aStaleIfMatchIsA412OnPatchAndDelete() {
        Account account = TestAccounts.create("recurring-412");
        String id = create(account, body(account, "daily", "2025-01-01"));
        as(account).body(Map.of("active", false)).when().patch(PATH + "/" + id).then().statusCode(200);
        as(account).header("If-Match", "\"0\"").body(Map.of("active", true)).when().patch(PATH + "/" + id)
                .then().statusCode(412).body("code", equalTo("VERSION_CONFLICT"));
        as(account).header("If-Match", "\"0\"").when().delete(PATH + "/" + id)
                .then().statusCode(412).body("code", equalTo("VERSION_CONFLICT"));
        as(account).when().get(PATH + "/" + id).then().statusCode(200).body("active", equalTo(false));
    }

    @Test
    void anotherUsersRecurringExpenseIsA404OnEveryMethod() {
        Account owner = TestAccounts.create("recurring-owner");
        Account other = TestAccounts.create("recurring-other");
        String id = create(owner, body(owner, "daily", "2025-01-01"));
        for (String path : List.of(PATH + "/" + id, PATH + "/not-a-uuid")) {
            as(other).when().get(path).then().statusCode(404).body("code", equalTo("RECURRING_EXPENSE_NOT_FOUND"));
            as(other).body(Map.of("active", false)).when().patch(path).then().statusCode(404)
                    .body("code", equalTo("RECURRING_EXPENSE_NOT_FOUND"));
            as(other).when().post(path + "/skip").then().statusCode(404).body("code", equalTo("RECURRING_EXPENSE_NOT_FOUND"));
            as(other).when().delete(path).then().statusCode(404).body("code", equalTo("RECURRING_EXPENSE_NOT_FOUND"));
        }
        as(other).when().get(PATH).then().statusCode(200).body("total", equalTo(0));
        as(owner).when().get(PATH + "/" + id).then().statusCode(200).body("version", equalTo(0)).body("active", equalTo(true));
        given().when().get(PATH).then().statusCode(401);
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswer() {
        Account account = TestAccounts.create("recurring-idempotency");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = body(account, "yearly", "2024-02-29");
        ValidatableResponse first = as(account).header("Idempotency-Key", key).body(body).when().post(PATH)
                .then().statusCode(201);
        String id = first.extract().path("id");
        as(account).header("Idempotency-Key", key).body(body).when().post(PATH)
                .then().statusCode(201).header("Location", endsWith(PATH + "/" + id)).body("id", equalTo(id))
                .body("template.amount", equalTo("12.50"));
        body.put("frequency", "monthly");
        as(account).header("Idempotency-Key", key).body(body).when().post(PATH)
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        as(account).when().get(PATH).then().body("total", equalTo(1));
    }
}
