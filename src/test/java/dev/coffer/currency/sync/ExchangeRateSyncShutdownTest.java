package dev.coffer.currency.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.coffer.currency.EcbFixture;
import dev.coffer.currency.LatestRatesCache;
import dev.coffer.currency.RateRows;
import dev.coffer.currency.provider.ExchangeRateProviders;
import dev.coffer.sync.SyncLock;
import dev.coffer.sync.SyncRun;
import dev.coffer.sync.SyncRunResponse;
import dev.coffer.sync.SyncRunner;
import dev.coffer.testing.ShutdownObservers;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(ExchangeRateSyncShutdownTest.Profile.class)
class ExchangeRateSyncShutdownTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    ExchangeRateSyncJob sync;

    @Inject
    SyncRunner runner;

    @Inject
    ScriptedPrimaryProvider primary;

    @Inject
    ScriptedFallbackProvider fallback;

    @Inject
    SyncLock lock;

    @Inject
    LatestRatesCache cache;

    @Inject
    MeterRegistry meterRegistry;

    @Inject
    BeanManager beans;

    @BeforeEach
    void nothingSyncedYet() {
        RateSyncData.freshInstall(cache, primary, fallback);
    }

    @Test
    void aRunBlockedInThePrimaryIsStoppedAtShutdownRecordedAsFailedAndLaterRunsAreRefused() throws Exception {
        CountDownLatch blocked = new CountDownLatch(1);
        primary.blockingUntilInterrupted(blocked);
        fallback.answer(EcbFixture::onWeekdays);
        double primaryFailuresBefore = failuresCounted("primary");

        CompletableFuture<Optional<SyncRunResponse>> inFlight = CompletableFuture.supplyAsync(
                () -> runner.run(sync, "test"));
        assertThat(blocked.await(30, TimeUnit.SECONDS)).isTrue();
        ShutdownObservers.notifyAll(beans, SyncRunner.class, ExchangeRateProviders.class);

        // The observers return once the run has been recorded and its lock released.
        SyncRun row = QuarkusTransaction.requiringNew().call(
                () -> SyncRun.newestFirst(ExchangeRateSyncJob.NAME).<SyncRun>firstResult());
        assertThat(row.status).isEqualTo(SyncRun.FAILED);
        assertThat(row.error).isEqualTo(SyncRun.STOPPED_ERROR);
        assertThat(row.finishedAt).isNotNull();
        Optional<SyncLock.Held> free = lock.tryAcquire(ExchangeRateSyncJob.NAME);
        assertThat(free).isPresent();
        free.get().close();
        SyncRunResponse stopped = inFlight.get(30, TimeUnit.SECONDS).orElseThrow();
        assertThat(stopped.id()).isEqualTo(row.id);
        assertThat(stopped.status()).isEqualTo(SyncRun.FAILED);
        assertThat(stopped.error()).isEqualTo(SyncRun.STOPPED_ERROR);
        assertThat(fallback.requestedFrom()).isEmpty();
        assertThat(failuresCounted("primary")).isEqualTo(primaryFailuresBefore);
        assertThat(RateRows.countBetween(TODAY.minusDays(90), TODAY)).isZero();
        assertThat(RateSyncData.watermark()).isEmpty();

        assertThat(runner.run(sync, "test")).isEmpty();
        assertThat(runner.start(sync, "admin")).isEmpty();
        assertThat(primary.requestedFrom()).hasSize(1);
        assertThat(RateSyncData.runCount()).isEqualTo(1);
    }

    private double failuresCounted(String provider) {
        return meterRegistry.find("coffer.fx.provider.failures").tag("provider", provider).counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    /** An application of its own: the stop is for good, and the grace period long enough for a busy machine. */
    public static class Profile extends ScriptedProvidersProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("coffer.sync.shutdown-grace", "PT30S");
            return overrides;
        }
    }
}
