package dev.coffer.sync;

import java.util.Optional;

/**
 * A background data job that the scheduler, admins ({@code POST /api/v1/admin/sync/{name}}) and
 * the one-shot command ({@code sync <name>}) can start. Runs are exclusive across replicas.
 */
public interface SyncJob {

    /** Stable name used in URLs, the command line, {@code sync_runs.job} and metrics. */
    String name();

    /** Runs once on the calling thread; empty when another instance is running it (nothing recorded). */
    Optional<SyncRunResponse> run(String trigger);

    /** Records the run and continues it in the background; empty when another instance is running it. */
    Optional<SyncRunResponse> start(String trigger);
}
