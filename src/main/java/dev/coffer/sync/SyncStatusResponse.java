package dev.coffer.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What users can see of the background sync: {@code jobs}, one entry per job, and beside it one
 * list per section a domain contributes ({@link SyncStatusContributor}), such as
 * {@code currencies}. The sections are written as properties of their own, next to {@code jobs}.
 */
@RegisterForReflection
@Schema(description = "Per job its runs and data age; besides jobs, one list per kind of synced item, keyed by "
        + "its section name, e.g. currencies (per currency pair: base, quote, last_date, stale) and securities (per held"
        + " security: security_id, symbol, last_date, stale)",
        additionalProperties = Schema.True.class)
public record SyncStatusResponse(List<JobStatus> jobs, @JsonIgnore Map<String, List<?>> sections) {

    @JsonAnyGetter
    public Map<String, List<?>> sectionsAsProperties() {
        return sections;
    }

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
}
