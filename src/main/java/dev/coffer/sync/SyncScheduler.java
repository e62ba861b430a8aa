package dev.coffer.sync;

import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Starts every {@link SyncJob} on the cron it supplies (identity {@code sync-<name>}, in UTC) and
 * once shortly after start-up, so an instance that was down catches up. Neither happens when
 * {@code coffer.sync.enabled=false} nor in one-shot mode, which runs its own job. {@code SKIP}
 * only keeps this instance from overlapping itself; across replicas the advisory lock decides.
 * The jobs are scheduled programmatically, which is why {@code quarkus.scheduler.start-mode} is
 * {@code forced}: no {@code @Scheduled} method is left to start the scheduler.
 */
@ApplicationScoped
public class SyncScheduler {

    public static final String SCHEDULE_TRIGGER = "schedule";
    public static final String STARTUP_TRIGGER = "startup";

    private final SyncJobs jobs;
    private final SyncRunner runner;
    private final SyncMetrics metrics;
    private final Scheduler scheduler;
    private final RunMode mode;
    private final SyncConfig config;
    private final ScheduledExecutorService background = Infrastructure.getDefaultWorkerPool();
    private volatile Future<?> startupWork;

    SyncScheduler(SyncJobs jobs, SyncRunner runner, SyncMetrics metrics, Scheduler scheduler, RunMode mode,
            SyncConfig config) {
        this.jobs = jobs;
        this.runner = runner;
        this.metrics = metrics;
        this.scheduler = scheduler;
        this.mode = mode;
        this.config = config;
    }

    /** The identity of a job's schedule in the Quarkus scheduler. */
    public static String identity(SyncJob job) {
        return "sync-" + job.name();
    }

    /**
     * Schedules the jobs, and their start-up work in the background, off the start-up path, only
     * after {@code coffer.sync.startup-delay}: a cold start on a scale-to-zero platform answers its
     * probes and first requests without sharing the CPU and the connection pool with a catch-up
     * run. A one-shot process serves no metrics and runs its own job, so it does none of this.
     */
    void onStart(@Observes StartupEvent event) {
        if (mode.oneShot()) {
            return;
        }
        if (config.enabled()) {
            for (SyncJob job : jobs.all()) {
                job.cron().ifPresent(cron -> schedule(job, cron));
            }
        }
        startupWork = background.schedule(this::runStartupWork, config.startupDelay().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** A process stopped before the delay ran out has no start-up work left to do. */
    void onShutdown(@Observes ShutdownEvent event) {
        Future<?> pending = startupWork;
        if (pending != null) {
            pending.cancel(false);
        }
    }

    private void schedule(SyncJob job, String cron) {
        scheduler.newJob(identity(job))
                .setCron(cron)
                .setTimeZone("UTC")
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> runner.run(job, SCHEDULE_TRIGGER))
                .schedule();
    }

    private void runStartupWork() {
        for (SyncJob job : jobs.all()) {
            initialiseDataAge(job);
        }
        if (!config.enabled()) {
            return;
        }
        for (SyncJob job : jobs.all()) {
            if (job.cron().isPresent()) {
                background.execute(() -> runner.run(job, STARTUP_TRIGGER));
            }
        }
    }

    /** Sets the job's data-age gauge from what is stored, so it is right before the job's first run in this process. */
    private void initialiseDataAge(SyncJob job) {
        try {
            QuarkusTransaction.requiringNew().call(job::newestDataFetchedAt)
                    .ifPresent(fetchedAt -> metrics.dataFetched(job.name(), fetchedAt));
        } catch (RuntimeException e) {
            // Only the gauge waits: the job's next successful run sets it.
            Log.warnf("Data age of sync job %s not read at start-up: %s", job.name(), e.getMessage());
        }
    }
}
