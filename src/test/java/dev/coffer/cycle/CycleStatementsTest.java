package dev.coffer.cycle;

import static dev.coffer.cycle.CycleApi.PATH;
import static dev.coffer.cycle.CycleApi.as;
import static dev.coffer.cycle.CycleApi.cycle;
import static org.assertj.core.api.Assertions.assertThat;

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
 * The cycle list, a cycle's expected items and its summary cost the same few statements whatever the
 * number of cycles, items, expenses and categories (Hibernate's statistics, on for this test only).
 */
@QuarkusTest
class CycleStatementsTest {

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
    void listsAndTheSummaryRunAFewStatementsWhateverTheirSize() {
        Account account = TestAccounts.create("cycle-statements");
        String food = CycleApi.category(account, "Food & Dining");
        String transport = CycleApi.category(account, "Transport");
        // Ended with the quarter, so that no later recurring-job run of the suite has years to catch up.
        CycleApi.recurring(account, food, "3", "USD", "daily", "2025-01-01", Map.of("end_date", "2025-03-31"));
        CycleApi.recurring(account, transport, "40", "EUR", "weekly", "2025-01-01", Map.of("end_date", "2025-03-31"));
        for (int month = 1; month <= 9; month++) {
            CycleApi.create(account, cycle("Month " + month, "2024-0" + month + "-01", "2024-0" + month + "-28", "1", "USD"));
        }
        String id = as(account).queryParam("generate_from_recurring", true)
                .body(cycle("Quarter", "2025-01-01", "2025-03-31", "9000", "USD")).when().post(PATH)
                .then().statusCode(201).extract().path("id");
        for (int day = 1; day <= 9; day++) {
            CycleApi.spend(account, day + ".00", day % 2 == 0 ? "USD" : "EUR", "2025-02-0" + day, day % 3 == 0 ? food : transport);
        }

        // The page and its count (the owner's cycle first for the items); at most one more when the
        // account-status cache reloads the user.
        for (String path : new String[] { PATH, PATH + "/" + id + "/expected" }) {
            statistics.clear();
            as(account).queryParam("size", 200).when().get(path).then().statusCode(200);
            assertThat(statistics.getPrepareStatementCount()).as(path).isBetween(2L, 4L);
        }
        // The cycle and its figures.
        statistics.clear();
        as(account).when().get(PATH + "/" + id + "/summary").then().statusCode(200);
        assertThat(statistics.getPrepareStatementCount()).isBetween(2L, 3L);
        assertThat(statistics.getEntityFetchCount()).isZero();
    }
}
