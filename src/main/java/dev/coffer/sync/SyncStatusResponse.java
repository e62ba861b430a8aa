package dev.coffer.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What users can see of the background sync: per job and per currency pair. */
@RegisterForReflection
@Schema(description = "Freshness of the synced data, per job and per currency pair")
public record SyncStatusResponse(List<JobStatus> jobs, List<PairStatus> currencies) {

    /**
     * A job's last successful run (succeeded or partial), its last finished attempt, and the age in
     * seconds of its newest data (null while it has none).
     */
    @RegisterForReflection
    @Schema(name = "JobStatus", description = "The last runs of one sync job and the age of its data")
    public record JobStatus(
            @Schema(examples = "exchange-rates") String job,
            @Schema(nullable = true, description = "End of the last succeeded or partial run; null before the first") Instant lastSuccess,
            @Schema(nullable = true, description = "End of the last finished run; null before the first") Instant lastAttempt,
            @Schema(nullable = true, description = "Status of the last finished run (succeeded, partial or failed); null before the first",
                    examples = "succeeded") String status,
            @Schema(nullable = true, description = "Provider of the last finished run; null when none answered", examples = "ecb") String provider,
            @Schema(nullable = true, description = "Error of the last finished run; null when it succeeded") String error,
            @Schema(nullable = true, description = "The job has all data up to this day; null before its first success") LocalDate completeThrough,
            @Schema(nullable = true, description = "Seconds since its newest data was fetched; null while it has none",
                    examples = "3600") Long dataAgeSeconds) {
    }

    /** The last date a pair has a published rate for; stale when older than the newest day or fetched too long ago. */
    @RegisterForReflection
    @Schema(name = "PairStatus", description = "The newest rate of one currency pair")
    public record PairStatus(
            @Schema(examples = "EUR") String base,
            @Schema(examples = "USD") String quote,
            @Schema(description = "The last day with a published rate") LocalDate lastDate,
            @Schema(description = "Older than the newest day of any pair, or fetched longer ago than coffer.sync.fx.stale-after") boolean stale) {
    }
}
