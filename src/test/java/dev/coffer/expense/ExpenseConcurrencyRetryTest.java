package dev.coffer.expense;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.Eventually;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * An expense write that Postgres aborts to break a deadlock is run again by the application: the client
 * gets its answer, not a 503, and the expense is stored once. The deadlock is made on purpose: a second
 * connection holds the category the write must key-share-lock, and once the write waits for it (holding
 * the user's row share-locked, see ExpenseService), asks for the user's row itself.
 */
@QuarkusTest
class ExpenseConcurrencyRetryTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aWriteAbortedToBreakADeadlockIsRunAgainAndStoredOnce() throws Exception {
        Account account = TestAccounts.create("expense-deadlock");
        String category = given().auth().oauth2(account.accessToken()).when().get("/api/v1/categories")
                .then().statusCode(200).extract().jsonPath().getString("[0].id");
        CompletableFuture<Response> write;
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            query(blocker, "select id from categories where id = '" + category + "' for update");
            long blockerPid = single(blocker, "select pg_backend_pid()");
            write = CompletableFuture.supplyAsync(() -> given().auth().oauth2(account.accessToken())
                    .contentType(ContentType.JSON)
                    .body(Map.of("amount", "12.50", "currency", "USD", "date", "2025-03-01", "category_id", category))
                    .when().post("/api/v1/expenses"));
            Eventually.until(() -> waitingForLock(blockerPid));
            // Waits for the write's share lock on the user's row: a deadlock, which Postgres breaks after
            // deadlock_timeout by aborting the write, the first to wait.
            query(blocker, "select id from users where id = '" + account.id() + "' for update");
            blocker.commit();
        }
        Response answer = write.get(30, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(201);
        given().auth().oauth2(account.accessToken()).when().get("/api/v1/expenses").then().statusCode(200)
                .body("total", equalTo(1));
    }

    /**
     * Whether a connection other than the blocker's waits for a lock in this database; read on a connection
     * of its own, since a transaction sees one snapshot of pg_stat_activity.
     */
    private boolean waitingForLock(long blockerPid) {
        try (Connection probe = dataSource.getConnection()) {
            return single(probe, "select count(*) from pg_stat_activity where datname = current_database()"
                    + " and wait_event_type = 'Lock' and pid <> " + blockerPid) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery(sql).close();
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
