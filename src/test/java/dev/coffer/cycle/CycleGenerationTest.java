package dev.coffer.cycle;

import static dev.coffer.cycle.CycleApi.PATH;
import static dev.coffer.cycle.CycleApi.as;
import static dev.coffer.cycle.CycleApi.cycle;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;

/** A cycle created with generate_from_recurring expects every occurrence of the active recurring expenses in it. */
@QuarkusTest
class CycleGenerationTest {

    @Test
    void monthlyOnThe31stAndWeeklyOccurrencesInsideASixWeekCycleAreExpectedAndOthersNot() {
        Account account = TestAccounts.create("cycle-generate");
        Account other = TestAccounts.create("cycle-generate-other");
        String housing = CycleApi.category(account, "Housing");
        // Each ends soon after the cycle, so that no later recurring-job run of the suite has years to catch up.
        String rent = CycleApi.recurring(account, housing, "950.00", "EUR", "monthly", "2025-01-31",
                Map.of("end_date", "2025-05-31"));
        String gym = CycleApi.recurring(account, CycleApi.category(account, "Health"), "12.5", "USD", "weekly",
                "2025-02-03", Map.of("end_date", "2025-05-31"));
        // Ended before the cycle, paused, or another user's: none of them is expected.
        CycleApi.recurring(account, housing, "10", "USD", "monthly", "2024-01-20", Map.of("end_date", "2025-02-19"));
        CycleApi.recurring(account, housing, "20", "USD", "daily", "2025-01-01", Map.of("active", false));
        CycleApi.recurring(other, CycleApi.category(other, "Housing"), "30", "USD", "daily", "2025-01-01",
                Map.of("end_date", "2025-05-31"));

        // 42 days, 2025-02-20 to 2025-04-02.
        String id = as(account).queryParam("generate_from_recurring", true)
                .body(cycle("Six weeks", "2025-02-20", "2025-04-02", "4000", "EUR"))
                .when().post(PATH).then().statusCode(201).extract().path("id");

        as(account).queryParam("size", 200).when().get(PATH + "/" + id + "/expected").then().statusCode(200)
                .body("total", equalTo(8))
                // The 31st falls on February's last day, then on March 31st again.
                .body("items.date", contains("2025-02-24", "2025-02-28", "2025-03-03", "2025-03-10", "2025-03-17",
                        "2025-03-24", "2025-03-31", "2025-03-31"))
                .body("items.recurring_expense_id", contains(gym, rent, gym, gym, gym, gym, rent, gym))
                .body("items.amount", contains("12.50", "950.00", "12.50", "12.50", "12.50", "12.50", "950.00", "12.50"))
                .body("items.currency", contains("USD", "EUR", "USD", "USD", "USD", "USD", "EUR", "USD"))
                .body("items[1].category_id", equalTo(housing))
                .body("items[1].description", equalTo("monthly from 2025-01-31"));

        // Shortening the cycle drops what falls outside it; the expenses ledger is untouched throughout.
        as(account).body(Map.of("end_date", "2025-03-10")).when().patch(PATH + "/" + id).then().statusCode(200);
        as(account).when().get(PATH + "/" + id + "/expected").then().statusCode(200)
                .body("total", equalTo(4)).body("items.date", everyItem(lessThanOrEqualTo("2025-03-10")));
        as(account).when().get(CycleApi.EXPENSES).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void withoutTheFlagNothingIsExpectedAndAnEndDateInsideTheCycleStopsTheSchedule() {
        Account account = TestAccounts.create("cycle-generate-flag");
        String food = CycleApi.category(account, "Food & Dining");
        CycleApi.recurring(account, food, "5", "USD", "weekly", "2025-06-02", Map.of("end_date", "2025-06-16"));
        String plain = CycleApi.create(account, cycle("Plain", "2025-06-01", "2025-06-30", "1", "USD"));
        as(account).when().get(PATH + "/" + plain + "/expected").then().statusCode(200).body("total", equalTo(0));
        as(account).header("If-Match", "\"0\"").when().delete(PATH + "/" + plain).then().statusCode(204);

        String generated = as(account).queryParam("generate_from_recurring", "true")
                .body(cycle("June", "2025-06-01", "2025-06-30", "1", "USD")).when().post(PATH)
                .then().statusCode(201).extract().path("id");
        as(account).when().get(PATH + "/" + generated + "/expected").then().statusCode(200).body("total", equalTo(3))
                .body("items.date", contains("2025-06-02", "2025-06-09", "2025-06-16"));
    }
}
