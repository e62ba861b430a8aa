package dev.coffer.common.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Which failures {@link ConcurrencyRetry} runs a write again for, and how often. */
@QuarkusTest
class ConcurrencyRetryTest {

    private static RuntimeException aborted(String sqlState) {
        return new IllegalStateException("flush failed", new SQLException("aborted", sqlState));
    }

    @Test
    void aDeadlockOrSerializationAbortIsRunAgainUntilTheWriteSucceeds() {
        AtomicInteger attempts = new AtomicInteger();
        String answer = ConcurrencyRetry.run(() -> {
            int attempt = attempts.incrementAndGet();
            if (attempt == 1) {
                throw aborted("40P01");
            }
            if (attempt == 2) {
                throw aborted("40001");
            }
            return "stored";
        });
        assertThat(answer).isEqualTo("stored");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void theThirdAbortInARowReachesTheCaller() {
        AtomicInteger attempts = new AtomicInteger();
        RuntimeException third = aborted("40P01");
        assertThatThrownBy(() -> ConcurrencyRetry.run(() -> {
            attempts.incrementAndGet();
            throw attempts.get() == ConcurrencyRetry.ATTEMPTS ? third : aborted("40P01");
        })).isSameAs(third);
        assertThat(attempts).hasValue(ConcurrencyRetry.ATTEMPTS);
    }

    @Test
    void otherFailuresAndAbortsInsideARunningTransactionAreNotRunAgain() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> ConcurrencyRetry.run(() -> {
            attempts.incrementAndGet();
            throw aborted("23505");
        })).hasRootCauseMessage("aborted");
        assertThat(attempts).hasValue(1);

        attempts.set(0);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> ConcurrencyRetry.run(() -> {
            attempts.incrementAndGet();
            throw aborted("40P01");
        }))).hasRootCauseMessage("aborted");
        assertThat(attempts).hasValue(1);
    }
}
