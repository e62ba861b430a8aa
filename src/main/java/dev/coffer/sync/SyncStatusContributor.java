package dev.coffer.sync;

import java.util.List;

/**
 * Adds one section to {@code GET /api/v1/sync/status}: a list of per-item freshness entries
 * under its own key, such as {@code currencies} (per currency pair) of the exchange-rate job.
 * Found as CDI beans like {@link SyncJob}s, so a domain adds a section without the engine
 * knowing it. Runs on the request thread of an authenticated user, in the status read's transaction.
 */
public interface SyncStatusContributor {

    /** The section's key in the status document, in snake_case; unique, and never {@code jobs}. */
    String section();

    /**
     * The section's entries, serialised to JSON as they are (records, with
     * {@code @RegisterForReflection} for the native image), in the order they are returned.
     */
    List<?> entries();
}
