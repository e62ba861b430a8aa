package dev.coffer.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(ScriptedProvidersProfile.class)
class SyncRunnerTest {

    private static final String JOB = "runner-test";

    @Inject
    SyncRunner runner;

    @Inject
    SyncLock lock;

    @Inject
    TransactionManager transactions;

    @AfterEach
    void forgetTheRuns() {
        QuarkusTransaction.requiringNew().run(() -> SyncRun.delete("job", JOB));
    }

    @Test
    void aBodyThrowingAnErrorWithATransactionOpenPassesItOnWithNoTransactionLeftAndTheLockFree() throws Exception {
        AssertionError broken = new AssertionError("the body broke");

        assertThatThrownBy(() -> runner.run(JOB, "test", () -> {
            beginTransaction();
            throw broken;
        })).isSameAs(broken);

        assertThat(transactions.getStatus()).isEqualTo(Status.STATUS_NO_TRANSACTION);
        Optional<SyncLock.Held> free = lock.tryAcquire(JOB);
        assertThat(free).isPresent();
        free.get().close();
    }

    private void beginTransaction() {
        try {
            transactions.begin();
        } catch (NotSupportedException | SystemException e) {
            throw new IllegalStateException(e);
        }
    }
}
