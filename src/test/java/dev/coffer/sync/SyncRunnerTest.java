package dev.coffer.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.coffer.testing.FakeProviders;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@WithTestResource(FakeProviders.class)
@TestProfile(SyncEnabledWithTestJobs.class)
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

        assertThatThrownBy(() -> runner.run(job(() -> {
            beginTransaction();
            throw broken;
        }), "test")).isSameAs(broken);

        assertThat(transactions.getStatus()).isEqualTo(Status.STATUS_NO_TRANSACTION);
        Optional<SyncLock.Held> free = lock.tryAcquire(JOB);
        assertThat(free).isPresent();
        free.get().close();
    }

    /** A job that is no bean: the runner runs whatever it is handed. */
    private static SyncJob job(Supplier<JobResult> body) {
        return new SyncJob() {
            @Override
            public String name() {
                return JOB;
            }

            @Override
            public Optional<String> cron() {
                return Optional.empty();
            }

            @Override
            public JobResult execute() {
                return body.get();
            }
        };
    }

    private void beginTransaction() {
        try {
            transactions.begin();
        } catch (NotSupportedException | SystemException e) {
            throw new IllegalStateException(e);
        }
    }
}
