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
        + "its section name, e.g. currencies (per currency pair: base, quote, last_date, stale)",
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
    public record JobStatus(String job, @Schema(nullable = true) Instant lastSuccess,
            @Schema(nullable = true) Instant lastAttempt, @Schema(nullable = true) String status,
            @Schema(nullable = true) String provider, @Schema(nullable = true) String error,
            @Schema(nullable = true) LocalDate completeThrough, @Schema(nullable = true) Long dataAgeSeconds) {
    }
}
