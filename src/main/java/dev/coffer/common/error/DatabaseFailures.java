package dev.coffer.common.error;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises database outages among unexpected exceptions, so that clients get a fast 503 they
 * can retry instead of a 500 while Postgres restarts.
 */
final class DatabaseFailures {

    private DatabaseFailures() {
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
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static ApiException unavailable() {
        return ApiException.serviceUnavailable("DATABASE_UNAVAILABLE", "The database is not reachable; try again shortly");
    }
}
