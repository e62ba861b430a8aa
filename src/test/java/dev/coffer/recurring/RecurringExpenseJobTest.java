package dev.coffer.recurring;

import static dev.coffer.recurring.RecurringApi.PATH;
import static dev.coffer.recurring.RecurringApi.as;
import static dev.coffer.recurring.RecurringApi.body;
import static dev.coffer.recurring.RecurringApi.create;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.coffer.category.CategoryApi;
import dev.coffer.currency.RateRows;
import dev.coffer.expense.Expense;
import dev.coffer.sync.JobResult;
import dev.coffer.sync.SyncRun;
import dev.coffer.testing.Concurrently;
import dev.coffer.testing.Eventually;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import dev.coffer.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The materialisation job, called directly (the scheduler is off in tests) and through the admin trigger. */
@QuarkusTest
class RecurringExpenseJobTest {

    /** Accounts are in UTC unless they change it, so their today is the UTC one. */
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    RecurringExpenseJob job;

    private static List<Expense> expensesOf(String recurringId) {
        return QuarkusTransaction.requiringNew().call(
                () -> Expense.<Expense>list("recurringExpenseId = ?1 order by date", UUID.fromString(recurringId)));
    }

    private static List<LocalDate> datesOf(String recurringId) {
        return expensesOf(recurringId).stream().map(expense -> expense.date).toList();
    }

    @Test
    void threeMissedDaysAreCaughtUpOnceWithTheirConversions() {
        for (int days = 0; days <= 2; days++) {
            RateRows.put(TODAY.minusDays(days), Map.of("USD", "1.1"));
        }
        Account account = TestAccounts.create("recurring-catch-up");
        String id = create(account, body(account, "daily", TODAY.minusDays(2).toString()));

        JobResult result = job.execute();

        // Other tests' recurring expenses may be due too: the counts are at least this test's.
        assertThat(result.itemsWritten()).isGreaterThanOrEqualTo(3);
        assertThat(datesOf(id)).containsExactly(TODAY.minusDays(2), TODAY.minusDays(1), TODAY);
        for (Expense expense : expensesOf(id)) {
            assertThat(expense.amount).isEqualByComparingTo("12.50");
            assertThat(expense.currency).isEqualTo("EUR");
            assertThat(expense.convertedCurrency).isEqualTo("USD");
            assertThat(expense.convertedAmount).isEqualByComparingTo(new BigDecimal("13.75"));
            assertThat(expense.description).isEqualTo("Rent");
            assertThat(expense.tags).containsExactly("home");
        }
        as(account).when().get(PATH + "/" + id).then().body("next_date", equalTo(TODAY.plusDays(1).toString()));
        as(account).queryParam("size", 10).when().get("/api/v1/expenses").then().statusCode(200)
                .body("total", equalTo(3)).body("items[0].recurring_expense_id", equalTo(id))
                .body("items[0].converted.amount", equalTo("13.75"));

        job.execute();
        assertThat(datesOf(id)).hasSize(3);
    }

    @Test
    void twoConcurrentRunsCreateEachOccurrenceOnce() {
        Account account = TestAccounts.create("recurring-concurrent");
        String daily = create(account, body(account, "daily", TODAY.minusDays(20).toString()));
        String weekly = create(account, body(account, "weekly", TODAY.minusDays(20).toString()));

        List<JobResult> results = Concurrently.run(2, i -> job.execute());

        assertThat(results).extracting(JobResult::status).doesNotContain(SyncRun.FAILED);
        assertThat(datesOf(daily)).hasSize(21).doesNotHaveDuplicates();
        assertThat(datesOf(weekly)).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void inactiveAndSkippedOccurrencesAreNotCreatedAndEndDateIsRespected() {
        Account account = TestAccounts.create("recurring-inactive");
        Map<String, Object> paused = body(account, "daily", TODAY.minusDays(3).toString());
        paused.put("active", false);
        String pausedId = create(account, paused);
        Map<String, Object> ended = body(account, "daily", TODAY.minusDays(5).toString());
        ended.put("end_date", TODAY.minusDays(4).toString());
        String endedId = create(account, ended);
        String skippedId = create(account, body(account, "weekly", TODAY.minusDays(7).toString()));
        as(account).when().post(PATH + "/" + skippedId + "/skip").then().statusCode(200);

        job.execute();

        assertThat(datesOf(pausedId)).isEmpty();
        assertThat(datesOf(endedId)).containsExactly(TODAY.minusDays(5), TODAY.minusDays(4));
        as(account).when().get(PATH + "/" + endedId).then().body("next_date", nullValue());
        assertThat(datesOf(skippedId)).containsExactly(TODAY);

        // Resuming starts from today: the days missed while paused are not created.
        as(account).body(Map.of("active", true)).when().patch(PATH + "/" + pausedId)
                .then().statusCode(200).body("next_date", equalTo(TODAY.toString()));
        job.execute();
        assertThat(datesOf(pausedId)).containsExactly(TODAY);
    }

    @Test
    void aTemplateWhoseCategoryIsGoneIsReportedAndTheOthersGoOn() {
        Account account = TestAccounts.create("recurring-category-gone");
        String category = CategoryApi.create(account, "Short-lived");
        Map<String, Object> broken = body(account, "daily", TODAY.toString());
        broken.put("template", new HashMap<>(Map.of("amount", "5", "category_id", category)));
        String brokenId = create(account, broken);
        String fine = create(account, body(account, "daily", TODAY.toString()));
        CategoryApi.as(account).when().delete(CategoryApi.PATH + "/" + category).then().statusCode(204);

        JobResult result = job.execute();

        assertThat(result.status()).isEqualTo(SyncRun.PARTIAL);
        assertThat(result.error()).contains(brokenId).contains("category_id");
        assertThat(datesOf(brokenId)).isEmpty();
        assertThat(datesOf(fine)).containsExactly(TODAY);
        as(account).when().get(PATH + "/" + brokenId).then().body("next_date", equalTo(TODAY.toString()));
        // Every run reports it until it is changed or deleted; the other tests expect clean runs.
        as(account).when().delete(PATH + "/" + brokenId).then().statusCode(204);
    }

    @Test
    void deletingTheRecurringExpenseKeepsItsExpensesAndDeletingTheAccountRemovesBoth() {
        Account account = TestAccounts.create("recurring-delete");
        String id = create(account, body(account, "daily", TODAY.minusDays(1).toString()));
        job.execute();
        List<UUID> created = expensesOf(id).stream().map(expense -> expense.id).toList();
        assertThat(created).hasSize(2);

        as(account).when().delete(PATH + "/" + id).then().statusCode(204);
        for (UUID expense : created) {
            as(account).when().get("/api/v1/expenses/" + expense).then().statusCode(200)
                    .body("recurring_expense_id", nullValue());
        }

        String again = create(account, body(account, "daily", TODAY.toString()));
        job.execute();
        assertThat(datesOf(again)).hasSize(1);
        as(account).body(Map.of("password", TestAccounts.PASSWORD)).when().delete("/api/v1/users/me").then().statusCode(204);
        assertThat(QuarkusTransaction.requiringNew().call(() -> RecurringExpense.count("userId", account.id()))).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Expense.count("userId", account.id()))).isZero();
    }

    @Test
    void anAdminTriggersTheJobByName() {
        Account user = TestAccounts.create("recurring-not-admin");
        RestAssured.given().auth().oauth2(user.accessToken()).when().post("/api/v1/admin/sync/recurring")
                .then().statusCode(403);
        // Made an admin before its first request, so that its roles are read from here on.
        Account account = TestAccounts.create("recurring-admin");
        QuarkusTransaction.requiringNew().run(() -> User.<User>findById(account.id()).roles = List.of("user", "admin"));
        String id = create(account, body(account, "daily", TODAY.toString()));

        String run = RestAssured.given().auth().oauth2(account.accessToken())
                .when().post("/api/v1/admin/sync/recurring")
                .then().statusCode(202).body("job", equalTo("recurring")).extract().path("id");

        Eventually.until(() -> QuarkusTransaction.requiringNew().call(
                () -> !SyncRun.<SyncRun>findById(UUID.fromString(run)).status.equals(SyncRun.RUNNING)));
        assertThat(datesOf(id)).containsExactly(TODAY);
    }
}
