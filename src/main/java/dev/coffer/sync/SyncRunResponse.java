package dev.coffer.sync;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A sync run as admins see it. */
@RegisterForReflection
@Schema(description = "One run of a sync job")
public record SyncRunResponse(
        UUID id,
        @Schema(examples = "exchange-rates") String job,
        @Schema(description = "What started it", examples = "admin") String trigger,
        Instant startedAt,
        @Schema(nullable = true, description = "null while running") Instant finishedAt,
        @Schema(enumeration = { "running", "succeeded", "partial", "failed" }, examples = "succeeded") String status,
        @Schema(nullable = true, description = "The provider whose data was written; null while running or when none answered",
                examples = "ecb") String provider,
        @Schema(description = "Rows written", examples = "31") int itemsWritten,
        @Schema(nullable = true, description = "Why the run failed or fell back to another provider; null otherwise") String error) {

    static SyncRunResponse of(SyncRun run) {
        return new SyncRunResponse(run.id, run.job, run.trigger, run.startedAt, run.finishedAt, run.status,
                run.provider, run.itemsWritten, run.error);
    }
}
