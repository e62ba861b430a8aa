package dev.coffer.common.error;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Recognises database failures that have a meaning for clients among unexpected exceptions: an
 * outage becomes a fast 503 they can retry instead of a 500 while Postgres restarts; a lost
 * optimistic-locking race becomes the same 412 {@code VERSION_CONFLICT} as a stale {@code If-Match};
 * a transaction Postgres aborts to break a deadlock is a 503 {@code CONCURRENT_UPDATE} to retry.
 * Domains use {@link #violates} to turn a unique-index or exclusion violation into their own 409.
 */
public final class DatabaseFailures {

    /** SQLSTATE of a unique-index violation. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** SQLSTATE of an exclusion-constraint violation (two rows whose ranges must not overlap). */
    private static final String EXCLUSION_VIOLATION = "23P01";
    /** SQLSTATE of a foreign-key violation (a set, as {@link #hasSqlState} takes). */
    private static final Set<String> FOREIGN_KEY_VIOLATION = Set.of("23503");
    /** SQLSTATEs of a transaction Postgres aborted to break a deadlock or a serialization conflict. */
    private static final Set<String> CONCURRENCY_ABORTS = Set.of("40P01", "40001");

    private DatabaseFailures() {
    }

    /** Whether Postgres aborted the transaction of {@code failure} to break a deadlock or a serialization conflict. */
    public static boolean isConcurrencyAbort(Throwable failure) {
        return hasSqlState(failure, CONCURRENCY_ABORTS);
    }

    static ApiException translate(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return unavailable();
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                // SQLSTATE class 08: connection exception.
                return unavailable();
            }
            if (cause instanceof SQLException sql && CONCURRENCY_ABORTS.contains(sql.getSQLState())) {
                // Two requests locked the same rows in opposite orders and Postgres chose this one to
                // abort; nothing was written, and the same request succeeds when sent again.
                return new ApiException(503, "CONCURRENT_UPDATE", "Service Unavailable",
                        "The request collided with a concurrent change of the same data and was not applied; retry it",
                        null, java.util.Map.of("Retry-After", "1"));
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                // The row's version moved between our read and our write: another request changed it.
                return ApiException.preconditionFailed("VERSION_CONFLICT",
                        "The resource was changed by another request; read it again and retry");
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /**
     * Whether {@code failure} (or one of its causes) is a violation of the unique index, unique
     * constraint or exclusion constraint named {@code constraint}, e.g. two requests creating the same
     * name at once.
     */
    public static boolean violates(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().equalsIgnoreCase(constraint)) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && (UNIQUE_VIOLATION.equals(sql.getSQLState()) || EXCLUSION_VIOLATION.equals(sql.getSQLState()))
                    && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains("\"" + constraint.toLowerCase(Locale.ROOT) + "\"")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * Whether {@code failure} (or one of its causes) is a foreign-key violation, e.g. deleting a row that
     * rows of another domain still reference.
     */
    public static boolean violatesForeignKey(Throwable failure) {
        return hasSqlState(failure, FOREIGN_KEY_VIOLATION);
    }

    /** Whether {@code failure} or one of its causes is an {@link SQLException} with one of these SQLSTATEs. */
    private static boolean hasSqlState(Throwable failure, Set<String> states) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && states.contains(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static ApiException unavailable() {
        return ApiException.serviceUnavailable("DATABASE_UNAVAILABLE", "The database is not reachable; try again shortly");
    }
}
