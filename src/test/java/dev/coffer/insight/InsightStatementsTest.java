package dev.coffer.insight;

import static dev.coffer.insight.InsightApi.spend;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
 * The insights of a user with many categories, budgets and recurring expenses cost the same few
 * statements as those of a user with one of each (Hibernate's statistics, on for this test only).
 */
@QuarkusTest
class InsightStatementsTest {

    private static final int MANY = 8;

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
    void insightsRunTheSameStatementsWhateverTheNumberOfCategoriesBudgetsAndRecurringExpenses() {
        Account few = TestAccounts.create("insight-statements-few");
        fill(few, 1);
        Account many = TestAccounts.create("insight-statements-many");
        fill(many, MANY);

        long one = statementsOf(few);
        long more = statementsOf(many);

        // The user, the budgets and their figures, and one statement per other rule and for the unconverted
        // count; at most one more when the account-status cache reloads the user.
        assertThat(one).isBetween(7L, 8L);
        assertThat(more).isBetween(7L, 8L);
        assertThat(statistics.getEntityFetchCount()).isZero();
    }

    private static void fill(Account account, int count) {
        List<String> categories = InsightApi.categories(account);
        for (int i = 0; i < count; i++) {
            String category = categories.get(i);
            InsightApi.budget(account, "Budget " + i, "100", category, "2025-01-01");
            InsightApi.recurring(account, "Recurring " + i, "10.00", category, "2025-01-15", "2025-03-15");
            for (String date : List.of("2025-01-10", "2025-02-10", "2025-03-10", "2025-04-10")) {
                spend(account, "25.00", "USD", date, category);
            }
        }
    }

    private long statementsOf(Account account) {
        statistics.clear();
        InsightApi.insights(account, "2025-04-20");
        return statistics.getPrepareStatementCount();
    }
}
