package dev.coffer.common.provider;

import java.time.Duration;
import java.util.Optional;

/** A failed attempt worth repeating (429, 5xx, I/O); only the retry guard ever sees it. */
final class TransientFailure extends RuntimeException {

    private final FailureReason reason;
    private final transient Optional<Duration> retryAfter;

    TransientFailure(FailureReason reason, String message, Optional<Duration> retryAfter, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    FailureReason reason() {
        return reason;
    }

    Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
