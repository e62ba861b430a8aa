package dev.coffer.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.coffer.testing.ShutdownObservers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(SyncShutdownGraceTest.Profile.class)
class SyncShutdownGraceTest {

    private static final Duration GRACE = Duration.ofSeconds(1);

    @Inject
    ProbeJob probe;

    @Inject
    SyncRunner runner;

    @Inject
    BeanManager beans;

    private final Logger cofferLog = Logger.getLogger("dev.coffer");
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void noRunsYet() {
        probe.reset();
        QuarkusTransaction.requiringNew().run(() -> SyncRun.delete("job", ProbeJob.NAME));
        capture.setLevel(Level.ALL);
        cofferLog.addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        cofferLog.removeHandler(capture);
    }

    @Test
    void aRunThatOutlastsTheGracePeriodIsLeftRunningWithOneWarningAndNothingLoggedAfter() throws Exception {
        CountDownLatch fetching = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        probe.doing(() -> {
            fetching.countDown();
            awaitIgnoringInterrupts(release);
            throw new IllegalStateException("connection closed by the shutdown");
        });

        CompletableFuture<Optional<SyncRunResponse>> inFlight = CompletableFuture.supplyAsync(
                () -> runner.run(probe, "test"));
        assertThat(fetching.await(30, TimeUnit.SECONDS)).isTrue();
        long stopStarted = System.nanoTime();
        ShutdownObservers.notifyAll(beans, SyncRunner.class);
        Duration waited = Duration.ofNanos(System.nanoTime() - stopStarted);
        release.countDown();
        SyncRunResponse left = inFlight.get(30, TimeUnit.SECONDS).orElseThrow();

        assertThat(waited).isGreaterThanOrEqualTo(GRACE);
        assertThat(left.status()).isEqualTo(SyncRun.RUNNING);
        SyncRun row = QuarkusTransaction.requiringNew().call(() -> SyncRun.<SyncRun>findById(left.id()));
        assertThat(row.status).isEqualTo(SyncRun.RUNNING);
        assertThat(row.finishedAt).isNull();
        assertThat(probe.executions()).isEqualTo(1);
        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLoggerName()).isEqualTo(SyncRunner.class.getName());
            assertThat(record.getLevel().intValue()).isEqualTo(Level.WARNING.intValue());
            assertThat(record.getMessage()).contains("did not stop within");
            assertThat(record.getThrown()).isNull();
        });
    }

    /** Like a blocking call that does not react to interrupts; the interrupt is kept for the code after it. */
    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        boolean interrupted = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                if (!latch.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                    throw new IllegalStateException("the test never released the provider");
                }
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** An application of its own, since the stop is for good, with a short grace period. */
    public static class Profile extends TestJobsProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("coffer.sync.shutdown-grace", GRACE.toString());
            return overrides;
        }
    }
}
