package dev.coffer.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Runs job bodies under their advisory lock and records each run in {@code sync_runs}: a row
 * {@code running} when it starts, its outcome when it ends (each in its own short transaction,
 * apart from the body's data transactions). Without the lock nothing runs and nothing is recorded.
 */
@ApplicationScoped
public class SyncRunner {

    private final SyncLock lock;
    private final SyncMetrics metrics;
    private final Executor background = Infrastructure.getDefaultWorkerPool();

    SyncRunner(SyncLock lock, SyncMetrics metrics) {
        this.lock = lock;
        this.metrics = metrics;
    }

    public Optional<SyncRunResponse> run(String job, String trigger, Supplier<JobResult> body) {
        return lock.tryAcquire(job).map(held -> execute(held, record(job, trigger), body));
    }

    public Optional<SyncRunResponse> start(String job, String trigger, Supplier<JobResult> body) {
        return lock.tryAcquire(job).map(held -> {
            SyncRunResponse started;
            try {
                started = record(job, trigger);
            } catch (RuntimeException e) {
                held.close();
                throw e;
            }
            background.execute(() -> execute(held, started, body));
            return started;
        });
    }

    private SyncRunResponse execute(SyncLock.Held held, SyncRunResponse started, Supplier<JobResult> body) {
        try (held) {
            long startNanos = System.nanoTime();
            JobResult result;
            try {
                result = body.get();
            } catch (RuntimeException e) {
                Log.errorf(e, "Sync job %s failed", started.job());
                result = JobResult.failed(null, "unexpected failure: " + e);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
            SyncRunResponse finished = finish(started.id(), result);
            metrics.runFinished(started.job(), result, took);
            Log.logf(SyncRun.SUCCEEDED.equals(result.status()) ? Logger.Level.INFO : Logger.Level.WARN,
                    "Sync job %s %s in %d ms: provider %s, %d items%s", started.job(), result.status(),
                    took.toMillis(), result.provider(), result.itemsWritten(),
                    result.error() == null ? "" : ", " + result.error());
            return finished;
        }
    }

    /**
     * Records a new run. Called under the job's lock, so any run of the job still marked running was
     * abandoned: its instance stopped or died mid-run (its data transactions rolled back with it).
     * Those are closed as failed here, so that no run shows as running forever.
     */
    private static SyncRunResponse record(String job, String trigger) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            long abandoned = SyncRun.closeAbandoned(job, now);
            if (abandoned > 0) {
                Log.warnf("Sync job %s: %d earlier run(s) never finished (the instance stopped mid-run); marked failed",
                        job, abandoned);
            }
            SyncRun run = new SyncRun();
            run.job = job;
            run.trigger = trigger;
            run.startedAt = now;
            run.status = SyncRun.RUNNING;
            run.persist();
            return SyncRunResponse.of(run);
        });
    }

    private static SyncRunResponse finish(UUID id, JobResult result) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SyncRun run = SyncRun.findById(id);
            run.finishedAt = Instant.now();
            run.status = result.status();
            run.provider = result.provider();
            run.itemsWritten = result.itemsWritten();
            run.error = result.error();
            return SyncRunResponse.of(run);
        });
    }
}
