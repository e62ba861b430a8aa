package dev.coffer.cycle;

import static dev.coffer.cycle.CycleApi.PATH;
import static dev.coffer.cycle.CycleApi.as;
import static dev.coffer.cycle.CycleApi.cycle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.Concurrently;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class CycleResourceTest {

    @Test
    void createAnswers201WithLocationAndETagAndExactlyTheCycleFields() {
        Account account = TestAccounts.create("cycle-create");
        Response created = as(account).body(cycle(" Six weeks ", "2025-03-01", "2025-04-11", "3200.5", "EUR"))
                .when().post(PATH).then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Six weeks"))
                .body("start_date", equalTo("2025-03-01"))
                .body("end_date", equalTo("2025-04-11"))
                .body("income_amount", equalTo("3200.50"))
                .body("currency", equalTo("EUR"))
                .body("status", equalTo("draft"))
                .body("version", equalTo(0))
                .body("updated_at", endsWith("Z"))
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(PATH + "/" + id);
        assertThat(created.jsonPath().getMap("").keySet()).containsExactlyInAnyOrder("id", "name", "start_date",
                "end_date", "income_amount", "currency", "status", "version", "created_at", "updated_at");

        as(account).when().get(PATH + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("income_amount", equalTo("3200.50"));
        as(account).when().get(PATH + "/" + id + "/expected").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void absentCurrencyIsTheBaseCurrencyAndAnIncomeOfZeroIsAllowed() {
        Account account = TestAccounts.create("cycle-defaults");
        Map<String, Object> body = cycle("Nothing coming", "2025-01-01", "2025-01-31", "0", null);
        body.remove("currency");
        body.put("status", "active");
        as(account).body(body).when().post(PATH).then().statusCode(201)
                .body("currency", equalTo("USD")).body("income_amount", equalTo("0.00")).body("status", equalTo("active"));
        as(account).body(cycle("Yen", "2025-02-01", "2025-02-28", "250000", "JPY")).when().post(PATH).then()
                .statusCode(201).body("income_amount", equalTo("250000"));
    }

    @Test
    void listIsPagedByStartDate() {
        Account account = TestAccounts.create("cycle-list");
        String late = CycleApi.create(account, cycle("Late", "2025-06-01", "2025-06-30", "1", "USD"));
        String early = CycleApi.create(account, cycle("Early", "2025-01-01", "2025-01-31", "1", "USD"));
        String middle = CycleApi.create(account, cycle("Middle", "2025-03-01", "2025-03-31", "1", "USD"));
        as(account).queryParam("size", 2).when().get(PATH).then().statusCode(200)
                .body("total", equalTo(3)).body("pages", equalTo(2)).body("items.id", contains(early, middle));
        as(account).queryParam("size", 2).queryParam("page", 2).when().get(PATH).then().statusCode(200)
                .body("items.id", contains(late));
        as(account).queryParam("size", 201).when().get(PATH).then().statusCode(422)
                .body("errors.field", hasItem("size"));
    }

    @Test
    void aCycleIsAtMost366DaysWithBothEndsIncludedLeapYearsToo() {
        Account account = TestAccounts.create("cycle-length");
        CycleApi.create(account, cycle("A year and a day", "2025-01-01", "2026-01-01", "1", "USD"));
        expect422(account, cycle("Too long", "2027-01-01", "2028-01-02", "1", "USD"), "end_date");
        // 2028 is a leap year: its 366 days fit, one more does not.
        CycleApi.create(account, cycle("Leap year", "2028-01-01", "2028-12-31", "1", "USD"));
        expect422(account, cycle("Leap year and a day", "2032-01-01", "2033-01-01", "1", "USD"), "end_date");
        CycleApi.create(account, cycle("One day", "2030-05-05", "2030-05-05", "1", "USD"));
    }

    @Test
    void everyInvalidFieldIsA422NamingIt() {
        Account account = TestAccounts.create("cycle-invalid");
        expect422(account, with("name", "  "), "name");
        expect422(account, with("name", "x".repeat(101)), "name");
        expect422(account, with("start_date", null), "start_date");
        expect422(account, with("start_date", "1899-12-31"), "start_date");
        expect422(account, with("end_date", null), "end_date");
        expect422(account, with("end_date", "2025-02-30"), "end_date");
        expect422(account, with("end_date", "2024-12-31"), "end_date");
        expect422(account, with("income_amount", null), "income_amount");
        expect422(account, with("income_amount", "-0.01"), "income_amount");
        expect422(account, with("income_amount", "10.001"), "income_amount");
        expect422(account, with("income_amount", "1000000000000"), "income_amount");
        expect422(account, with("currency", "eur"), "currency");
        expect422(account, with("currency", "XYZ"), "currency");
        expect422(account, with("status", "open"), "status");
        Map<String, Object> yen = with("currency", "JPY");
        yen.put("income_amount", "1.5");
        expect422(account, yen, "income_amount");
        as(account).queryParam("generate_from_recurring", "maybe").body(with("name", "Fine")).when().post(PATH).then()
                .statusCode(422).body("errors.field", hasItem("generate_from_recurring"));
        as(account).body("{\"name\": ").when().post(PATH).then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
        as(account).when().get(PATH).then().statusCode(200).body("total", equalTo(0));

        String id = CycleApi.create(account, with("name", "Fine"));
        as(account).body(Map.of("currency", "JPY")).when().patch(PATH + "/" + id).then().statusCode(422)
                .body("errors.field", hasItem("income_amount"));
        as(account).body(Map.of("end_date", "2026-01-02")).when().patch(PATH + "/" + id).then().statusCode(422)
                .body("errors.field", hasItem("end_date"));
        as(account).body(Map.of("start_date", "2025-02-01")).when().patch(PATH + "/" + id).then().statusCode(422)
                .body("errors.field", hasItem("end_date"));
        as(account).body(Map.of("status", "closed")).when().patch(PATH + "/" + id).then().statusCode(422)
                .body("errors.field", hasItem("status"));
    }

    @Test
    void cyclesOfOneUserMayTouchButNeverShareADay() {
        Account account = TestAccounts.create("cycle-overlap");
        Account other = TestAccounts.create("cycle-overlap-other");
        String march = CycleApi.create(account, cycle("March", "2025-03-01", "2025-03-31", "1", "USD"));
        CycleApi.create(account, cycle("April", "2025-04-01", "2025-04-30", "1", "USD"));
        CycleApi.create(account, cycle("February", "2025-02-01", "2025-02-28", "1", "USD"));
        for (Map<String, Object> body : List.of(cycle("Ends on March's first day", "2025-01-15", "2025-03-01", "1", "USD"),
                cycle("Starts on March's last day", "2025-03-31", "2025-04-10", "1", "USD"),
                cycle("Inside March", "2025-03-10", "2025-03-11", "1", "USD"),
                cycle("Around everything", "2024-12-01", "2025-05-31", "1", "USD"))) {
            as(account).body(body).when().post(PATH).then().statusCode(409).body("code", equalTo("CYCLE_OVERLAP"));
        }
        // Another user's cycles do not count.
        CycleApi.create(other, cycle("March", "2025-03-01", "2025-03-31", "1", "USD"));

        // Moving a cycle follows the same rule; keeping its own days is no overlap with itself.
        as(account).body(Map.of("end_date", "2025-04-01")).when().patch(PATH + "/" + march).then().statusCode(409)
                .body("code", equalTo("CYCLE_OVERLAP"));
        as(account).body(Map.of("start_date", "2025-03-02", "name", "Most of March")).when().patch(PATH + "/" + march)
                .then().statusCode(200).body("start_date", equalTo("2025-03-02"));
        as(account).body(Map.of("start_date", "2025-03-01")).when().patch(PATH + "/" + march)
                .then().statusCode(200).body("version", equalTo(2));
        as(account).when().get(PATH).then().body("total", equalTo(3));
    }

    @Test
    void ofTwoOverlappingCyclesCreatedAtOnceOneIsCreatedAndTheOtherRefused() {
        for (int round = 0; round < 3; round++) {
            Account account = TestAccounts.create("cycle-race");
            List<Integer> statuses = Concurrently.run(2, i -> as(account)
                    .body(cycle("Racer " + i, "2025-05-0" + (i + 1), "2025-05-2" + i, "1", "USD"))
                    .when().post(PATH).then().extract().statusCode());
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
            as(account).when().get(PATH).then().body("total", equalTo(1));
        }
    }

    @Test
    void patchChangesOnlyTheFieldsSentAndHonoursIfMatch() {
        Account account = TestAccounts.create("cycle-patch");
        String id = CycleApi.create(account, cycle("Pay", "2025-03-01", "2025-04-11", "3000", "EUR"));
        as(account).header("If-Match", "\"7\"").body(Map.of("income_amount", "3100")).when().patch(PATH + "/" + id)
                .then().statusCode(412).body("code", equalTo("VERSION_CONFLICT"));
        as(account).header("If-Match", "\"0\"").body(Map.of("income_amount", "3100", "status", "active"))
                .when().patch(PATH + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("income_amount", equalTo("3100.00")).body("status", equalTo("active"))
                .body("name", equalTo("Pay")).body("end_date", equalTo("2025-04-11"));
        as(account).body(Map.of("currency", "JPY", "income_amount", 450000)).when().patch(PATH + "/" + id)
                .then().statusCode(200).body("income_amount", equalTo("450000")).body("version", equalTo(2));

        as(account).header("If-Match", "\"1\"").when().delete(PATH + "/" + id)
                .then().statusCode(412).body("code", equalTo("VERSION_CONFLICT"));
        as(account).header("If-Match", "\"2\"").when().delete(PATH + "/" + id).then().statusCode(204);
        as(account).when().get(PATH + "/" + id).then().statusCode(404).body("code", equalTo("CYCLE_NOT_FOUND"));
        // Its days are free again.
        CycleApi.create(account, cycle("Pay again", "2025-03-01", "2025-04-11", "3000", "EUR"));
    }

    @Test
    void anotherUsersCycleIsA404OnEveryMethodAndStaysUnchanged() {
        Account owner = TestAccounts.create("cycle-owner");
        Account intruder = TestAccounts.create("cycle-intruder");
        String id = CycleApi.create(owner, cycle("Mine", "2025-01-01", "2025-02-11", "100", "USD"));
        for (String path : List.of(PATH + "/" + id, PATH + "/not-a-uuid")) {
            as(intruder).when().get(path).then().statusCode(404).body("code", equalTo("CYCLE_NOT_FOUND"));
            as(intruder).body(Map.of("income_amount", "1")).when().patch(path).then().statusCode(404)
                    .body("code", equalTo("CYCLE_NOT_FOUND"));
            as(intruder).header("If-Match", "\"0\"").when().delete(path).then().statusCode(404)
                    .body("code", equalTo("CYCLE_NOT_FOUND"));
            as(intruder).when().get(path + "/expected").then().statusCode(404).body("code", equalTo("CYCLE_NOT_FOUND"));
            as(intruder).when().get(path + "/summary").then().statusCode(404).body("code", equalTo("CYCLE_NOT_FOUND"));
        }
        as(intruder).when().get(PATH).then().statusCode(200).body("total", equalTo(0));
        as(owner).when().get(PATH + "/" + id).then().statusCode(200).body("income_amount", equalTo("100.00"))
                .body("version", equalTo(0));
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstCreateAndTheGenerateFlagIsPartOfTheRequest() {
        Account account = TestAccounts.create("cycle-idempotent");
        Map<String, Object> body = cycle("Once", "2025-01-01", "2025-01-31", "50", "USD");
        String first = as(account).header("Idempotency-Key", "cycle-1").body(body).when().post(PATH)
                .then().statusCode(201).extract().path("id");
        as(account).header("Idempotency-Key", "cycle-1").body(body).when().post(PATH)
                .then().statusCode(201).header("Idempotent-Replayed", equalTo("true")).body("id", equalTo(first));
        as(account).header("Idempotency-Key", "cycle-1").queryParam("generate_from_recurring", true).body(body)
                .when().post(PATH).then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        as(account).when().get(PATH).then().body("total", equalTo(1));
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = cycle("Cycle", "2025-01-01", "2025-01-31", "100.50", "USD");
        body.put(field, value);
        return body;
    }

    private static void expect422(Account account, Map<String, Object> body, String field) {
        as(account).body(body).when().post(PATH).then().statusCode(422)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem(field));
    }
}
