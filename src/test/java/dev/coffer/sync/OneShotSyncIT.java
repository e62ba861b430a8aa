package dev.coffer.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.FakeMarketProviders;
import dev.coffer.testing.FakeProviders;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainIntegrationTest;

/**
 * The packaged artifact (jar, or the native executable under {@code bin/native-verify}) run as a
 * platform cron would run it: one exchange-rate sync or one price sync against the fake providers, or
 * one run of the recurring-expense job, then exit.
 */
@QuarkusMainIntegrationTest
@WithTestResource(FakeProviders.class)
@WithTestResource(FakeMarketProviders.class)
@WithTestResource(OneShotSyncIT.BackfillReachingTheCapturedDays.class)
class OneShotSyncIT {

    /** The captured provider files are from 2024-2025: look back far enough to reach them. */
    public static class BackfillReachingTheCapturedDays implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            long days = ChronoUnit.DAYS.between(LocalDate.parse("2024-11-28"), LocalDate.now(ZoneOffset.UTC));
            return Map.of("coffer.sync.fx.backfill-days", String.valueOf(days));
        }

        @Override
        public void stop() {
        }
    }

    @Test
    @Launch({"sync", "exchange-rates"})
    void syncsOnceAndExitsZero(LaunchResult result) {
        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput()).containsPattern("Sync job exchange-rates (succeeded|partial) in \\d+ ms");
        assertThat(result.getOutput()).doesNotContain("Listening on: http");
        assertThat(result.getOutput()).doesNotContain("ERROR");
    }

    @Test
    @Launch({"sync", "prices"})
    void syncsPricesOnceAndExitsZero(LaunchResult result) {
        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput()).containsPattern("Sync job prices (succeeded|partial) in \\d+ ms");
        assertThat(result.getOutput()).doesNotContain("Listening on: http");
    }

    @Test
    @Launch({"sync", "recurring"})
    void runsTheRecurringJobOnceAndExitsZero(LaunchResult result) {
        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput()).containsPattern("Sync job recurring (succeeded|partial) in \\d+ ms");
        assertThat(result.getOutput()).doesNotContain("Listening on: http");
    }

    @Test
    @Launch(value = {"sync", "no-such-job"}, exitCode = 2)
    void unknownJobIsAUsageErrorWithExitCodeTwo(LaunchResult result) {
        assertThat(result.getErrorOutput()).contains("usage:");
        // Nothing of the serving mode's start-up work runs, so nothing is cut short by the exit.
        assertThat(result.getOutput()).doesNotContain("ERROR");
    }
}
