package dev.coffer.sync;

import java.time.Instant;
import java.util.Optional;

/**
 * A background data job, plugged into the engine by being a CDI bean of this type: the engine
 * finds every one ({@link SyncJobs}) and runs it on its own schedule, once shortly after start-up,
 * on an admin's request ({@code POST /api/v1/admin/sync/{name}}) and from the command line
 * ({@code sync <name>|all}). Each run holds the job's advisory lock, so it is exclusive across
 * replicas, and is recorded in {@code sync_runs}. A job lives with its domain; the engine knows
 * none. What it adds to {@code /api/v1/sync/status} besides its runs comes from a
 * {@link SyncStatusContributor}.
 */
public interface SyncJob {

    /**
     * Stable name used in URLs, on the command line, in {@code sync_runs.job}, in lock keys and as
     * the metrics' {@code job} tag: lower case, digits and dashes, at most 40 characters.
     */
    String name();

    /**
     * Quartz cron (seconds first) of the scheduled runs, in UTC. Empty for a job that runs only
     * when asked; such a job gets no catch-up run at start-up either.
     */
    Optional<String> cron();

    /**
     * One run of the job's work, on the calling thread, under the job's lock, outside any
     * transaction (the job opens its own). An exception is recorded as a failed run; an interrupt
     * means the instance is shutting down.
     */
    JobResult execute();

    /**
     * When the newest data the job has stored was fetched, read from storage: the data-age gauge
     * starts from it at start-up and {@code /api/v1/sync/status} shows its age. Called in a
     * transaction the engine opens. Empty while the job has no data, and for jobs that fetch none.
     */
    default Optional<Instant> newestDataFetchedAt() {
        return Optional.empty();
    }
}
