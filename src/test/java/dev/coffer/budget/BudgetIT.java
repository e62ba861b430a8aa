package dev.coffer.budget;

import static dev.coffer.budget.BudgetApi.NOTIFICATIONS;
import static dev.coffer.budget.BudgetApi.STATUS;
import static dev.coffer.budget.BudgetApi.as;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The budget endpoints and a budget's whole story (expenses, status, notification, marking it read),
 * against the packaged artifact over HTTP only (the jar, or the native executable with -Pnative).
 */
@QuarkusIntegrationTest
class BudgetIT extends BudgetResourceTest {

    @Test
    void expensesPushABudgetIntoWarningAndCreateANotificationThatCanBeMarkedRead() {
        Account account = TestAccounts.create("budget-story");
        String category = BudgetApi.firstCategory(account);
        Map<String, Object> body = BudgetApi.monthly("Eating out", "200", "USD", "2025-03-01");
        body.put("category_id", category);
        body.put("alert_thresholds", List.of(75));
        String budget = BudgetApi.create(account, body);

        BudgetApi.spend(account, "100.00", "USD", "2025-03-02", category);
        as(account).queryParam("date", "2025-03-10").when().get(STATUS).then().statusCode(200)
                .body("[0].status", equalTo("ok")).body("[0].percent_used", equalTo("50.00"));
        as(account).when().get(NOTIFICATIONS).then().statusCode(200).body("total", equalTo(0));

        BudgetApi.spend(account, "60.00", "USD", "2025-03-09", category);
        as(account).queryParam("date", "2025-03-10").when().get(STATUS).then().statusCode(200)
                .body("[0].budget_id", equalTo(budget))
                .body("[0].spent", equalTo("160.00"))
                .body("[0].remaining", equalTo("40.00"))
                .body("[0].percent_used", equalTo("80.00"))
                .body("[0].projected_spend", equalTo("496.00"))
                .body("[0].status", equalTo("warning"));
        String notification = as(account).queryParam("unread", true).when().get(NOTIFICATIONS).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].budget_id", equalTo(budget))
                .body("items[0].threshold", equalTo(75))
                .body("items[0].percent_used", equalTo("80.00"))
                .extract().path("items[0].id");

        as(account).when().post(NOTIFICATIONS + "/" + notification + "/read").then().statusCode(200)
                .body("read", equalTo(true));
        as(account).queryParam("unread", true).when().get(NOTIFICATIONS).then().body("total", equalTo(0));
        as(account).when().get(NOTIFICATIONS).then().body("total", equalTo(1)).body("items[0].read", equalTo(true));
    }
}
