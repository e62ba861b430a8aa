package dev.coffer.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

import org.jboss.logging.Logger;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Runs {@link SyncJob}s under their advisory lock and records each run in {@code sync_runs}: a row
 * {@code running} when it starts, its outcome when it ends (each in its own short transaction,
 * apart from the job's data transactions). Without the lock nothing runs and nothing is recorded.
 * At shutdown the runs in flight are stopped (see {@link #stop()}). Every way a job is started
 * (schedule, start-up catch-up, admin, command line, a domain's own trigger) comes through here.
 */
@ApplicationScoped
public class SyncRunner {

    private final SyncLock lock;
    private final SyncMetrics metrics;
    private final TransactionManager transactions;
    private final Duration shutdownGrace;
    private final Executor background = Infrastructure.getDefaultWorkerPool();

    /** Guards the runs admitted and not yet ended, the threads inside a job body, and the stop state. */
    private final Object state = new Object();
    private final Set<Thread> bodies = new HashSet<>();
    private int inFlight;
    private boolean stopping;
    private boolean gaveUp;

    SyncRunner(SyncLock lock, SyncMetrics metrics, TransactionManager transactions, SyncConfig config) {
        this.lock = lock;
        this.metrics = metrics;
        this.transactions = transactions;
        this.shutdownGrace = config.shutdownGrace();
    }

    /**
     * Runs {@code job} once on the calling thread. Empty when another instance holds its lock or
     * this one is shutting down: nothing ran and nothing is recorded.
     *
     * @param trigger what asked for the run, recorded with it: {@code schedule}, {@code startup},
     *        {@code admin}, {@code command} or a job's own (such as {@code stale-read})
     */
    public Optional<SyncRunResponse> run(SyncJob job, String trigger) {
        return begin(job.name(), trigger).map(run -> execute(run, job));
    }

    /**
     * Records a run of {@code job} and continues it in the background; the answer is the run as
     * recorded, {@code running}. Empty when another instance holds its lock or this one is shutting down.
     */
    public Optional<SyncRunResponse> start(SyncJob job, String trigger) {
        return begin(job.name(), trigger).map(run -> {
            try {
                background.execute(() -> execute(run, job));
            } catch (RuntimeException e) {
                // The worker pool refused the task: nothing else would release the lock or end the run.
                run.held().close();
                leave();
                throw e;
            }
            return run.started();
        });
    }

    /**
     * Quarkus fires this before it destroys the beans and closes the datasources that a run needs
     * to record its end and release its lock. Only a runner that exists can have runs in flight.
     */
    void onShutdown(@Observes(notifyObserver = Reception.IF_EXISTS) ShutdownEvent event) {
        stop();
    }

    /**
     * Takes no more runs (they answer as if another instance held the lock), interrupts the job
     * bodies running, and waits up to {@code coffer.sync.shutdown-grace} for the runs to end: each
     * is recorded as failed with {@link SyncRun#STOPPED_ERROR} and its lock released. A run still
     * going after that is left as it is; the next run closes its row as abandoned.
     */
    void stop() {
        long deadline = System.nanoTime() + shutdownGrace.toNanos();
        synchronized (state) {
            stopping = true;
            bodies.forEach(Thread::interrupt);
            try {
                long left = shutdownGrace.toNanos();
                while (inFlight > 0 && left > 0) {
                    TimeUnit.NANOSECONDS.timedWait(state, left);
                    left = deadline - System.nanoTime();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (inFlight > 0) {
                gaveUp = true;
                Log.warnf("%d sync run(s) did not stop within %s of the shutdown; left running, the next run closes "
                        + "them as abandoned", inFlight, shutdownGrace);
            }
        }
    }

    /** Admits a run, takes the job's lock and records the run; empty when stopping or the lock is taken. */
    private Optional<Run> begin(String job, String trigger) {
        synchronized (state) {
            if (stopping) {
                return Optional.empty();
            }
            inFlight++;
        }
        Optional<Run> run = Optional.empty();
        try {
            run = lock.tryAcquire(job).map(held -> {
                try {
                    return new Run(held, record(job, trigger));
                } catch (RuntimeException e) {
                    held.close();
                    throw e;
                }
            });
            return run;
        } finally {
            if (run.isEmpty()) {
                leave();
            }
        }
    }

    private void leave() {
        synchronized (state) {
            inFlight--;
            state.notifyAll();
        }
    }

    private SyncRunResponse execute(Run run, SyncJob job) {
        SyncRunResponse started = run.started();
        try {
            long startNanos = System.nanoTime();
            JobResult result = runBody(job);
            if (gaveUp()) {
                // The shutdown stopped waiting and may have closed the container and the database
                // pool since: the row stays running, for the next run to close as abandoned.
                return started;
            }
            Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
            SyncRunResponse finished = finish(started.id(), result);
            metrics.runFinished(started.job(), result, took);
            Log.logf(SyncRun.SUCCEEDED.equals(result.status()) ? Logger.Level.INFO : Logger.Level.WARN,
                    "Sync job %s %s in %d ms: %d items%s%s", started.job(), result.status(), took.toMillis(),
                    result.itemsWritten(), result.provider() == null ? "" : " from " + result.provider(),
                    result.error() == null ? "" : ", " + result.error());
            return finished;
        } finally {
            // A run the shutdown gave up on keeps its lock: the pool's closing ends the connection's
            // session, and with it the lock, without this thread touching a closed pool.
            if (!gaveUp()) {
                rollBackTransactionLeftOnThread(started.job());
                run.held().close();
            }
            leave();
        }
    }

    /**
     * Runs the body where {@link #stop()} can interrupt it. A body that fails once a stop was
     * requested failed because of it: recorded as stopped, not logged as a failure of the job.
     */
    private JobResult runBody(SyncJob job) {
        Thread thread = Thread.currentThread();
        synchronized (state) {
            if (stopping) {
                return JobResult.failed(null, SyncRun.STOPPED_ERROR);
            }
            bodies.add(thread);
        }
        try {
            return job.execute();
        } catch (RuntimeException e) {
            if (stopRequested()) {
                return JobResult.failed(null, SyncRun.STOPPED_ERROR);
            }
            Log.errorf(e, "Sync job %s failed", job.name());
            return JobResult.failed(null, "unexpected failure: " + e);
        } finally {
            synchronized (state) {
                bodies.remove(thread);
                if (stopping) {
                    // The stop's interrupt was meant for the body: recording the run and releasing
                    // the lock must not see it.
                    Thread.interrupted();
                }
            }
        }
    }

    private boolean stopRequested() {
        synchronized (state) {
            return stopping;
        }
    }

    private boolean gaveUp() {
        synchronized (state) {
            return gaveUp;
        }
    }

    /**
     * The lock's connection is used outside any transaction. One still associated with the thread
     * (a body that threw an Error with a transaction open, or a transaction manager failing within
     * {@code begin}) would make the pool refuse the connection and linger until the reaper.
     */
    private void rollBackTransactionLeftOnThread(String job) {
        try {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                Log.warnf("Sync job %s left a transaction open; rolling it back before releasing the lock", job);
                transactions.rollback();
            }
        } catch (SystemException | IllegalStateException e) {
            Log.warnf("Rolling back the transaction left by sync job %s failed: %s", job, e.getMessage());
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

    /** A run admitted, holding its job's lock, with its row recorded as running. */
    private record Run(SyncLock.Held held, SyncRunResponse started) {
    }
}
