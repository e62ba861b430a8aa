package dev.coffer.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.FakeProviders;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The catch-up run that a serving instance starts by itself, after its start-up delay. */
@QuarkusTest
@WithTestResource(FakeProviders.class)
@TestProfile(SyncAtStartupTest.SyncEnabledWithAStartupDelay.class)
class SyncAtStartupTest {

    private static final Duration STARTUP_DELAY = Duration.ofSeconds(2);

    public static class SyncEnabledWithAStartupDelay extends FakeProvidersBackfillProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("coffer.sync.enabled", "true");
            overrides.put("coffer.sync.startup-delay", STARTUP_DELAY.toString());
            // Only the start-up run, never a scheduled one, during the test.
            overrides.put("coffer.sync.fx.cron", "0 0 3 1 1 ?");
            return overrides;
        }
    }

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
    void theCatchUpRunStartsAfterTheDelayAndIsRecordedAsAStartupRun() {
        SyncTestData.eventually(() -> finishedStartupRun().isPresent());
        SyncRun run = finishedStartupRun().orElseThrow();

        assertThat(run.job).isEqualTo(ExchangeRateSyncJob.NAME);
        assertThat(run.status).isIn(SyncRun.SUCCEEDED, SyncRun.PARTIAL);
        assertThat(run.startedAt).isAfterOrEqualTo(startedAt.instant().plus(STARTUP_DELAY));
    }

    private Optional<SyncRun> finishedStartupRun() {
        return QuarkusTransaction.requiringNew().call(() -> SyncRun.<SyncRun>find(
                "trigger = ?1 and startedAt >= ?2 and status <> ?3", "startup", startedAt.instant(), SyncRun.RUNNING)
                .firstResultOptional());
    }
}
