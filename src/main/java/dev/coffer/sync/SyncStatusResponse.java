package dev.coffer.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What users can see of the background sync: per job and per currency pair. */
@RegisterForReflection
public record SyncStatusResponse(List<JobStatus> jobs, List<PairStatus> currencies) {

    /**
     * A job's last successful run (succeeded or partial), its last finished attempt, and the age in
     * seconds of its newest data (null while it has none).
     */
    @RegisterForReflection
    public record JobStatus(String job, Instant lastSuccess, Instant lastAttempt, String status, String provider,
            String error, LocalDate completeThrough, Long dataAgeSeconds) {
    }

    /** The last date a pair has a published rate for; stale when older than the newest day or fetched too long ago. */
    @RegisterForReflection
    public record PairStatus(String base, String quote, LocalDate lastDate, boolean stale) {
    }
}
