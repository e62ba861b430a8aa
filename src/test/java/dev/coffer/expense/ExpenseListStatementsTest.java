package dev.coffer.expense;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Listing expenses costs the same few SQL statements for a page of one as for a page of forty: no
 * statement per item; listing categories counts the expenses of all of them at once (counted by
 * Hibernate's statistics, switched on for this test only).
 */
@QuarkusTest
class ExpenseListStatementsTest {

    private static final int EXPENSES = 40;

    @Inject
    SessionFactory sessionFactory;

    private Statistics statistics;

    @BeforeEach
    void countStatements() {
        statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    void stopCounting() {
        statistics.setStatisticsEnabled(false);
    }

    @Test
    void aListRequestRunsTheSameFewStatementsWhateverThePageSize() {
        Account account = TestAccounts.create("expense-statements");
        String category = CategoryIds.first(account).toString();
        for (int i = 0; i < EXPENSES; i++) {
            given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON)
                    .body(Map.of("amount", (i + 1) + ".00", "currency", i % 2 == 0 ? "USD" : "EUR",
                            "date", LocalDate.of(2025, 1, 1).plusDays(i).toString(), "category_id", category,
                            "tags", java.util.List.of("t" + i % 3)))
                    .when().post("/api/v1/expenses").then().statusCode(201);
        }

        long one = statementsOf(account, 1);
        long all = statementsOf(account, EXPENSES);

        // The page and its count; at most one more when the account-status cache reloads the user.
        assertThat(all).isBetween(2L, 3L);
        assertThat(one).isBetween(2L, 3L);
        assertThat(statistics.getEntityFetchCount()).isZero();
    }

    @Test
    void theCategoryListCountsExpensesOfEveryCategoryInOneStatement() {
        Account account = TestAccounts.create("expense-category-statements");
        java.util.List<java.util.UUID> categories = CategoryIds.of(account);
        for (java.util.UUID category : categories) {
            given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON)
                    .body(Map.of("amount", "1.00", "currency", "USD", "date", "2025-01-01",
                            "category_id", category.toString()))
                    .when().post("/api/v1/expenses").then().statusCode(201);
        }

        statistics.clear();
        given().auth().oauth2(account.accessToken()).when().get("/api/v1/categories").then().statusCode(200)
                .body("size()", equalTo(categories.size())).body("expense_count.sum()", equalTo(categories.size()));

        // The categories and their counts; at most one more when the account-status cache reloads the user.
        assertThat(statistics.getPrepareStatementCount()).isBetween(2L, 3L);
    }

    private long statementsOf(Account account, int size) {
        statistics.clear();
        given().auth().oauth2(account.accessToken()).queryParam("size", size)
                .when().get("/api/v1/expenses")
                .then().statusCode(200).body("items.size()", equalTo(size)).body("total", equalTo(EXPENSES));
        return statistics.getPrepareStatementCount();
    }
}
