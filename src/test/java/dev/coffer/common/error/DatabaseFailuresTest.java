package dev.coffer.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void aLostOptimisticLockIsA412VersionConflictHoweverDeeplyWrapped() {
        for (Throwable failure : new Throwable[] { new OptimisticLockException("row was updated"),
                new RuntimeException("commit failed", new StaleObjectStateException("Category", "id")),
                new IllegalStateException(new RuntimeException(new OptimisticLockException())) }) {
            ApiException translated = DatabaseFailures.translate(failure);
            assertThat(translated).as(failure.toString()).isNotNull();
            assertThat(translated.status()).isEqualTo(412);
            assertThat(translated.code()).isEqualTo("VERSION_CONFLICT");
        }
    }

    @Test
    void aDeadlockOrSerializationAbortIsA503ConcurrentUpdateToRetry() {
        for (String sqlState : new String[] { "40P01", "40001" }) {
            ApiException translated = DatabaseFailures.translate(new jakarta.persistence.PersistenceException(
                    new java.sql.SQLException("deadlock detected", sqlState)));
            assertThat(translated).as(sqlState).isNotNull();
            assertThat(translated.status()).isEqualTo(503);
            assertThat(translated.code()).isEqualTo("CONCURRENT_UPDATE");
        }
    }

    @Test
    void otherFailuresAreNotTranslated() {
        assertThat(DatabaseFailures.translate(new IllegalStateException("bug"))).isNull();
    }

    @Test
    void uniqueViolationsAreRecognisedByTheirIndexName() {
        SQLException sql = new SQLException(
                "ERROR: duplicate key value violates unique constraint \"categories_user_name_key\"", "23505");
        RuntimeException hibernate = new RuntimeException("flush failed",
                new ConstraintViolationException("could not execute statement", sql, "categories_user_name_key"));
        assertThat(DatabaseFailures.violates(hibernate, "categories_user_name_key")).isTrue();
        assertThat(DatabaseFailures.violates(new RuntimeException(sql), "categories_user_name_key")).isTrue();
        assertThat(DatabaseFailures.violates(hibernate, "payment_methods_user_name_key")).isFalse();
        assertThat(DatabaseFailures.violates(new RuntimeException(
                new SQLException("ERROR: insert violates foreign key \"categories_user_name_key\"", "23503")),
                "categories_user_name_key")).isFalse();
        assertThat(DatabaseFailures.violates(new IllegalStateException("unrelated"), "categories_user_name_key")).isFalse();
    }

    @Test
    void foreignKeyViolationsAreRecognisedByTheirStateHoweverDeeplyWrapped() {
        SQLException sql = new SQLException("ERROR: update or delete on table \"categories\" violates foreign key"
                + " constraint \"budgets_category_id_fkey\" on table \"budgets\"", "23503");
        assertThat(DatabaseFailures.violatesForeignKey(new RuntimeException("flush failed",
                new ConstraintViolationException("could not execute statement", sql, "budgets_category_id_fkey")))).isTrue();
        assertThat(DatabaseFailures.violatesForeignKey(new RuntimeException(sql))).isTrue();
        assertThat(DatabaseFailures.violatesForeignKey(new RuntimeException(
                new SQLException("ERROR: duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseFailures.violatesForeignKey(new IllegalStateException("unrelated"))).isFalse();
    }
}
