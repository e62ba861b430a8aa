package dev.coffer.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What users can see of the background sync: per job and per currency pair. */
public record SyncStatusResponse(List<JobStatus> jobs, List<PairStatus> currencies) {

    /**
     * A job's last successful run (succeeded or partial), its last finished attempt, and the age in
     * seconds of its newest data (null while it has none).
     */
    public record JobStatus(String job, Instant lastSuccess, Instant lastAttempt, String status, String provider,
            String error, LocalDate completeThrough, Long dataAgeSeconds) {
    }

    /** The last date a pair has a published rate for; stale when older than the newest day or fetched too long ago. */
    public record PairStatus(String base, String quote, LocalDate lastDate, boolean stale) {
    }
}
