package dev.coffer.sync;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.All;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Starts the sync jobs on their schedules and once shortly after start-up, so an instance that was
 * down catches up. Off when {@code coffer.sync.enabled=false} and in one-shot mode, which runs its
 * own. {@code SKIP} only guards this instance; across replicas the advisory lock decides.
 */
@ApplicationScoped
public class SyncScheduler {

    private final ExchangeRateSyncJob exchangeRates;
    private final List<SyncJob> jobs;
    private final ScheduleGate gate;
    private final RunMode mode;
    private final Duration startupDelay;
    private final ScheduledExecutorService background = Infrastructure.getDefaultWorkerPool();
    private volatile Future<?> startupWork;

    SyncScheduler(ExchangeRateSyncJob exchangeRates, @All List<SyncJob> jobs, ScheduleGate gate, RunMode mode,
            @ConfigProperty(name = "coffer.sync.startup-delay", defaultValue = "PT5S") Duration startupDelay) {
        this.exchangeRates = exchangeRates;
        this.jobs = jobs;
        this.gate = gate;
        this.mode = mode;
        this.startupDelay = startupDelay;
    }

    @Scheduled(identity = "sync-exchange-rates", cron = "{coffer.sync.fx.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = ScheduleGate.class)
    void exchangeRates() {
        exchangeRates.run("schedule");
    }

    /**
     * Start-up work runs in the background, off the start-up path, and only after
     * {@code coffer.sync.startup-delay}: a cold start on a scale-to-zero platform answers its probes
     * and first requests without sharing the CPU and the connection pool with a catch-up sync. A
     * one-shot process serves no metrics and runs its own job, so it starts none of this.
     */
    void onStart(@Observes StartupEvent event) {
        if (mode.oneShot()) {
            return;
        }
        startupWork = background.schedule(this::runStartupWork, startupDelay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A process stopped before the delay ran out has no start-up work left to do. */
    void onShutdown(@Observes ShutdownEvent event) {
        Future<?> pending = startupWork;
        if (pending != null) {
            pending.cancel(false);
        }
    }

    private void runStartupWork() {
        try {
            exchangeRates.initialiseDataAge();
        } catch (RuntimeException e) {
            // Only the gauge waits: the job's next successful run sets it.
            Log.warnf("Exchange-rate data age not read at start-up: %s", e.getMessage());
        }
        if (gate.closed()) {
            return;
        }
        for (SyncJob job : jobs) {
            background.execute(() -> job.run("startup"));
        }
    }

    /** Skips scheduled runs while syncing is disabled or this process is a one-shot command. */
    @Singleton
    public static class ScheduleGate implements Scheduled.SkipPredicate {

        private final boolean enabled;
        private final RunMode mode;

        ScheduleGate(@ConfigProperty(name = "coffer.sync.enabled", defaultValue = "true") boolean enabled, RunMode mode) {
            this.enabled = enabled;
            this.mode = mode;
        }

        boolean closed() {
            return !enabled || mode.oneShot();
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return closed();
        }
    }
}
