package dev.coffer.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.coffer.currency.sync.ExchangeRateSyncJob;
import dev.coffer.testing.Eventually;
import dev.coffer.testing.FakeProviders;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The catch-up runs that a serving instance starts by itself, after its start-up delay. */
@QuarkusTest
@WithTestResource(FakeProviders.class)
@TestProfile(SyncEnabledWithTestJobs.class)
class SyncAtStartupTest {

    /** When this application fired its start-up event: noted before any other observer, the scheduler's included. */
    @ApplicationScoped
    public static class StartedAt {
        private volatile Instant instant;

        void onStart(@Observes @Priority(1) StartupEvent event) {
            instant = Instant.now();
        }

        Instant instant() {
            return instant;
        }
    }

    @Inject
    StartedAt startedAt;

    @Test
    void aScheduledJobCatchesUpAfterTheDelayAndAJobRunOnlyOnDemandDoesNot() {
        Eventually.until(() -> finishedStartupRun(ExchangeRateSyncJob.NAME).isPresent());
        SyncRun run = finishedStartupRun(ExchangeRateSyncJob.NAME).orElseThrow();

        assertThat(run.status).isIn(SyncRun.SUCCEEDED, SyncRun.PARTIAL);
        assertThat(run.startedAt).isAfterOrEqualTo(startedAt.instant().plus(SyncEnabledWithTestJobs.STARTUP_DELAY));
        // Started in the same moment as the run above, which has finished since.
        assertThat(startupRuns(ProbeJob.NAME)).isZero();
    }

    private Optional<SyncRun> finishedStartupRun(String job) {
        return QuarkusTransaction.requiringNew().call(() -> SyncRun.<SyncRun>find(
                "job = ?1 and trigger = ?2 and startedAt >= ?3 and status <> ?4", job, SyncScheduler.STARTUP_TRIGGER,
                startedAt.instant(), SyncRun.RUNNING).firstResultOptional());
    }

    private long startupRuns(String job) {
        return QuarkusTransaction.requiringNew().call(() -> SyncRun.count("job = ?1 and trigger = ?2 and startedAt >= ?3",
                job, SyncScheduler.STARTUP_TRIGGER, startedAt.instant()));
    }
}
