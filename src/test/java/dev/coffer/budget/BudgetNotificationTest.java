package dev.coffer.budget;

import static dev.coffer.budget.BudgetApi.NOTIFICATIONS;
import static dev.coffer.budget.BudgetApi.as;
import static dev.coffer.budget.BudgetApi.spend;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.coffer.notification.Notification;
import dev.coffer.testing.Concurrently;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class BudgetNotificationTest {

    private static String budget(Account account, List<Integer> thresholds) {
        Map<String, Object> body = BudgetApi.monthly("Food", "100", "USD", "2025-01-01");
        body.put("alert_thresholds", thresholds);
        return BudgetApi.create(account, body);
    }

    @Test
    void crossingEachThresholdCreatesOneNotificationNewestFirst() {
        Account account = TestAccounts.create("notify-thresholds");
        String food = BudgetApi.firstCategory(account);
        String id = budget(account, List.of(50, 80, 100));

        spend(account, "40.00", "USD", "2025-01-05", food);
        as(account).when().get(NOTIFICATIONS).then().statusCode(200).body("total", equalTo(0));
        spend(account, "20.00", "USD", "2025-01-06", food);
        as(account).when().get(NOTIFICATIONS).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].type", equalTo("budget_threshold"))
                .body("items[0].budget_id", equalTo(id))
                .body("items[0].period_start", equalTo("2025-01-01"))
                .body("items[0].period_end", equalTo("2025-01-31"))
                .body("items[0].threshold", equalTo(50))
                .body("items[0].percent_used", equalTo("60.00"))
                .body("items[0].message", equalTo("Food reached 50% of 100.00 USD for 2025-01-01 to 2025-01-31 (60.00% used)"))
                .body("items[0].read", equalTo(false));
        // One expense crossing two thresholds at once creates both; staying above them creates nothing more.
        spend(account, "45.00", "USD", "2025-01-07", food);
        spend(account, "1.00", "USD", "2025-01-08", food);
        as(account).when().get(NOTIFICATIONS).then().body("total", equalTo(3))
                .body("items.threshold", contains(100, 80, 50));
        // A later period has its own notifications.
        spend(account, "90.00", "USD", "2025-02-03", food);
        as(account).when().get(NOTIFICATIONS).then().body("total", equalTo(5))
                .body("items[0].period_start", equalTo("2025-02-01")).body("items[1].period_start", equalTo("2025-02-01"))
                .body("items.threshold", contains(80, 50, 100, 80, 50));
    }

    @Test
    void aBudgetCreatedOrLoweredBelowWhatWasSpentWarnsAtOnce() {
        Account account = TestAccounts.create("notify-budget-saved");
        String food = BudgetApi.firstCategory(account);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        spend(account, "60.00", "USD", today.toString(), food);

        Map<String, Object> body = BudgetApi.monthly("Food", "100", "USD", today.withDayOfMonth(1).toString());
        body.put("alert_thresholds", List.of(50, 80));
        String id = BudgetApi.create(account, body);
        as(account).when().get(NOTIFICATIONS).then().body("total", equalTo(1)).body("items[0].threshold", equalTo(50))
                .body("items[0].budget_id", equalTo(id));

        as(account).body(Map.of("amount", "70")).when().patch(BudgetApi.PATH + "/" + id).then().statusCode(200);
        as(account).when().get(NOTIFICATIONS).then().body("total", equalTo(2)).body("items.threshold", contains(80, 50));
        // Still above both: nothing more. A paused budget is not checked.
        as(account).body(Map.of("amount", "65")).when().patch(BudgetApi.PATH + "/" + id).then().statusCode(200);
        as(account).body(Map.of("active", false, "alert_thresholds", List.of(10))).when()
                .patch(BudgetApi.PATH + "/" + id).then().statusCode(200);
        as(account).when().get(NOTIFICATIONS).then().body("total", equalTo(2));
    }

    @Test
    void changingAnExpenseCanCrossAThreshold() {
        Account account = TestAccounts.create("notify-patch");
        String food = BudgetApi.firstCategory(account);
        budget(account, List.of(80));
        String expense = spend(account, "10.00", "USD", "2025-01-05", food);
        as(account).body(Map.of("amount", "85.00")).when().patch(BudgetApi.EXPENSES + "/" + expense)
                .then().statusCode(200);
        as(account).when().get(NOTIFICATIONS).then().body("total", equalTo(1)).body("items[0].threshold", equalTo(80));
    }

    @Test
    void anImportCrossingAThresholdNotifiesOnceAndADryRunOrRefusedImportNotifiesNothing() {
        Account account = TestAccounts.create("notify-import");
        String food = BudgetApi.firstCategory(account);
        String name = as(account).when().get("/api/v1/categories/" + food).then().statusCode(200)
                .extract().path("name");
        budget(account, List.of(50, 100));
        String header = "date,amount,currency,category,description\n";
        String rows = "2025-01-05,30.00,USD," + name + ",Market\n2025-01-20,40.00,USD," + name + ",Bakery\n";

        importCsv(account, header + rows, "?dry_run=true").body("imported", equalTo(2));
        importCsv(account, header + rows + "2025-01-21,x,USD," + name + ",Broken\n", "").body("imported", equalTo(0));
        as(account).when().get(NOTIFICATIONS).then().body("total", equalTo(0));

        importCsv(account, header + rows, "").body("imported", equalTo(2));
        as(account).when().get(NOTIFICATIONS).then().body("total", equalTo(1))
                .body("items[0].threshold", equalTo(50)).body("items[0].percent_used", equalTo("70.00"));
    }

    private static ValidatableResponse importCsv(Account account, String csv, String query) {
        return given().auth().oauth2(account.accessToken()).contentType("text/csv").body(csv)
                .when().post(BudgetApi.EXPENSES + "/import" + query).then().statusCode(200);
    }

    @Test
    void markingReadIsIdempotentAndTheUnreadFilterLeavesReadOnesOut() {
        Account account = TestAccounts.create("notify-read");
        Account intruder = TestAccounts.create("notify-read-intruder");
        String food = BudgetApi.firstCategory(account);
        budget(account, List.of(50, 80));
        spend(account, "55.00", "USD", "2025-01-05", food);
        spend(account, "30.00", "USD", "2025-01-06", food);
        String newest = as(account).when().get(NOTIFICATIONS).then().body("total", equalTo(2))
                .body("items[0].threshold", equalTo(80)).extract().path("items[0].id");

        String path = NOTIFICATIONS + "/" + newest + "/read";
        as(intruder).when().post(path).then().statusCode(404).body("code", equalTo("NOTIFICATION_NOT_FOUND"));
        as(intruder).when().post(NOTIFICATIONS + "/not-a-uuid/read").then().statusCode(404)
                .body("code", equalTo("NOTIFICATION_NOT_FOUND"));
        as(intruder).when().get(NOTIFICATIONS).then().statusCode(200).body("total", equalTo(0));
        as(account).queryParam("unread", true).when().get(NOTIFICATIONS).then().body("total", equalTo(2));

        as(account).when().post(path).then().statusCode(200).body("id", equalTo(newest)).body("read", equalTo(true));
        as(account).when().post(path).then().statusCode(200).body("id", equalTo(newest)).body("read", equalTo(true));
        as(account).queryParam("unread", true).when().get(NOTIFICATIONS).then().body("total", equalTo(1))
                .body("items[0].threshold", equalTo(50));
        as(account).queryParam("size", 1).queryParam("page", 2).when().get(NOTIFICATIONS).then()
                .body("total", equalTo(2)).body("pages", equalTo(2)).body("items", hasSize(1))
                .body("items[0].threshold", equalTo(50));
    }

    @Test
    void concurrentExpensesCrossingTheThresholdsCreateExactlyOneNotificationEach() {
        Account account = TestAccounts.create("notify-concurrent");
        String food = BudgetApi.firstCategory(account);
        budget(account, List.of(80, 100));
        List<Integer> statuses = Concurrently.run(12, i -> as(account)
                .body(Map.of("amount", "10.00", "currency", "USD", "date", "2025-01-15", "category_id", food))
                .when().post(BudgetApi.EXPENSES).then().extract().statusCode());
        assertThat(statuses).containsOnly(201);
        as(account).when().get(NOTIFICATIONS).then().body("total", equalTo(2))
                .body("items.threshold", containsInAnyOrder(100, 80));
    }

    @Test
    void deletingTheBudgetOrTheAccountRemovesItsNotifications() {
        Account account = TestAccounts.create("notify-delete");
        String food = BudgetApi.firstCategory(account);
        String id = budget(account, List.of(10));
        budget(account, List.of(20));
        spend(account, "30.00", "USD", "2025-01-05", food);
        as(account).when().get(NOTIFICATIONS).then().body("total", equalTo(2));
        as(account).when().delete(BudgetApi.PATH + "/" + id).then().statusCode(204);
        as(account).when().get(NOTIFICATIONS).then().body("total", equalTo(1)).body("items[0].threshold", equalTo(20));

        as(account).body(Map.of("password", TestAccounts.PASSWORD)).when().delete("/api/v1/users/me")
                .then().statusCode(204);
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Budget.count("userId", account.id())).isZero();
            assertThat(Notification.count("userId", account.id())).isZero();
        });
    }
}
