package dev.coffer.common.web;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Removes idempotency keys past their retention, so the table holds about a day of creates. Expired
 * keys are already ignored when they are presented again; this only reclaims space. Every replica may
 * run it: concurrent deletes of the same rows are harmless. {@code coffer.idempotency.cleanup-every}
 * sets the interval ({@code off} disables it, as the tests do).
 */
@ApplicationScoped
class IdempotencyKeyCleanup {

    private final Idempotency idempotency;

    IdempotencyKeyCleanup(Idempotency idempotency) {
        this.idempotency = idempotency;
    }

    @Scheduled(identity = "idempotency-key-cleanup", every = "{coffer.idempotency.cleanup-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int deleted = idempotency.deleteExpired();
        if (deleted > 0) {
            Log.debugf("Deleted %d expired idempotency keys", deleted);
        }
    }
}
