package dev.coffer.sync;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A sync run as admins see it. */
@RegisterForReflection
public record SyncRunResponse(UUID id, String job, String trigger, Instant startedAt, Instant finishedAt,
        String status, String provider, int itemsWritten, String error) {

    static SyncRunResponse of(SyncRun run) {
        return new SyncRunResponse(run.id, run.job, run.trigger, run.startedAt, run.finishedAt, run.status,
                run.provider, run.itemsWritten, run.error);
    }
}
