package dev.coffer.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.coffer.common.error.DatabaseFailures;
import dev.coffer.testing.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The database itself refuses overlapping cycles of one user, whatever writes them: rows inserted straight
 * into the table, past the service's lock and look-up.
 */
@QuarkusTest
class CycleConstraintTest {

    @Test
    void theExclusionConstraintRefusesASharedDayAndAllowsTouchingCycles() {
        UUID user = TestAccounts.create("cycle-constraint").id();
        insert(user, "2025-03-01", "2025-03-31");
        insert(user, "2025-04-01", "2025-04-30");
        assertThatThrownBy(() -> insert(user, "2025-03-31", "2025-03-31"))
                .satisfies(failure -> assertThat(DatabaseFailures.violates(failure, Cycle.NO_OVERLAP)).isTrue());
        // 367 days is refused too.
        assertThatThrownBy(() -> insert(user, "2026-01-01", "2027-01-02"))
                .satisfies(failure -> assertThat(DatabaseFailures.violates(failure, Cycle.NO_OVERLAP)).isFalse());
    }

    private static void insert(UUID user, String start, String end) {
        QuarkusTransaction.requiringNew().run(() -> Cycle.getEntityManager().createNativeQuery("""
                insert into cycles (id, user_id, name, start_date, end_date, income_amount, currency, status)
                values (:id, :user, 'Direct', :start, :end, 0, 'USD', 'draft')""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("user", user)
                .setParameter("start", LocalDate.parse(start))
                .setParameter("end", LocalDate.parse(end))
                .executeUpdate());
    }
}
