package dev.coffer.sync;

import java.util.List;
import java.util.concurrent.Executor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.All;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Starts the sync jobs on their schedules and once at start-up, so an instance that was down
 * catches up. Off when {@code coffer.sync.enabled=false} and in one-shot mode, which runs its own.
 * {@code SKIP} only guards this instance; across replicas the advisory lock decides.
 */
@ApplicationScoped
public class SyncScheduler {

    private final ExchangeRateSyncJob exchangeRates;
    private final List<SyncJob> jobs;
    private final ScheduleGate gate;
    private final Executor background = Infrastructure.getDefaultWorkerPool();

    SyncScheduler(ExchangeRateSyncJob exchangeRates, @All List<SyncJob> jobs, ScheduleGate gate) {
        this.exchangeRates = exchangeRates;
        this.jobs = jobs;
        this.gate = gate;
    }

    @Scheduled(identity = "sync-exchange-rates", cron = "{coffer.sync.fx.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = ScheduleGate.class)
    void exchangeRates() {
        exchangeRates.run("schedule");
    }

    /**
     * Start-up work runs in the background, off the start-up path: a cold start on a scale-to-zero
     * platform answers its probes and first request without waiting for the database or providers.
     */
    void onStart(@Observes StartupEvent event) {
        background.execute(exchangeRates::initialiseDataAge);
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
