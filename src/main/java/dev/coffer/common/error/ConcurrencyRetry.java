package dev.coffer.common.error;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs a write whose transaction Postgres may abort to break a deadlock (two requests of one user
 * locking the same rows in opposite orders) once or twice more before answering 503
 * {@code CONCURRENT_UPDATE}: the aborted transaction wrote nothing, so running the same write again is
 * safe. Only for a write that begins and ends its own transaction; inside a running one the abort
 * cannot be undone here, and the write runs once.
 */
public final class ConcurrencyRetry {

    /** Attempts in all; the last one's abort is the client's 503. */
    static final int ATTEMPTS = 3;

    private ConcurrencyRetry() {
    }

    public static <T> T run(Supplier<T> write) {
        if (QuarkusTransaction.isActive()) {
            return write.get();
        }
        for (int attempt = 1;; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !DatabaseFailures.isConcurrencyAbort(e)) {
                    throw e;
                }
                Log.infof("Write aborted by Postgres to break a deadlock, attempt %d of %d: running it again", attempt,
                        ATTEMPTS);
                pause(attempt);
            }
        }
    }

    public static void run(Runnable write) {
        run(() -> {
            write.run();
            return null;
        });
    }

    /** A few milliseconds, growing and jittered, so that the two colliding writes do not meet again at once. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10L * attempt, 30L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to run an aborted write again", e);
        }
    }
}
