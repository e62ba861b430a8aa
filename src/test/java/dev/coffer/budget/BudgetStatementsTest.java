package dev.coffer.budget;

import static dev.coffer.budget.BudgetApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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

/**
 * The status of many budgets, with rollover over many periods, costs the same few statements as that
 * of one; so do the budget and notification lists (Hibernate's statistics, on for this test only).
 */
@QuarkusTest
class BudgetStatementsTest {

    private static final int BUDGETS = 12;

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
    void statusAndListsRunTheSameFewStatementsWhateverTheNumberOfBudgetsAndPeriods() {
        Account account = TestAccounts.create("budget-statements");
        String category = BudgetApi.firstCategory(account);
        Map<String, Object> first = BudgetApi.monthly("Budget 0", "100", "USD", "2024-01-01");
        first.put("category_id", category);
        BudgetApi.create(account, first);
        BudgetApi.spend(account, "95.00", "USD", "2024-01-10", category);
        long one = statementsOf(account, 1);

        for (int i = 1; i < BUDGETS; i++) {
            Map<String, Object> body = BudgetApi.monthly("Budget " + i, "100", i % 2 == 0 ? "USD" : "EUR", "2024-01-01");
            body.put("rollover", true);
            body.put("period", i % 3 == 0 ? "weekly" : "monthly");
            BudgetApi.create(account, body);
        }
        BudgetApi.spend(account, "50.00", "USD", "2024-01-11", category);
        long many = statementsOf(account, BUDGETS);

        // The budgets and their figures; at most one more when the account-status cache reloads the user.
        assertThat(one).isBetween(2L, 3L);
        assertThat(many).isBetween(2L, 3L);

        for (String list : new String[] { BudgetApi.PATH, BudgetApi.NOTIFICATIONS }) {
            statistics.clear();
            as(account).when().get(list).then().statusCode(200);
            // The page and its count.
            assertThat(statistics.getPrepareStatementCount()).as(list).isBetween(2L, 3L);
        }
        assertThat(statistics.getEntityFetchCount()).isZero();
    }

    private long statementsOf(Account account, int budgets) {
        statistics.clear();
        as(account).queryParam("date", "2025-06-15").when().get(BudgetApi.STATUS)
                .then().statusCode(200).body("size()", equalTo(budgets));
        return statistics.getPrepareStatementCount();
    }
}
