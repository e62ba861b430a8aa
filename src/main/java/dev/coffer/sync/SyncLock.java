package dev.coffer.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;

/**
 * Cross-replica exclusivity for sync jobs: a Postgres session advisory lock held on a dedicated
 * connection for the whole run. Whoever gets it runs the job; everyone else skips. If the holder
 * dies, Postgres drops its session and with it the lock.
 */
@ApplicationScoped
public class SyncLock {

    /** High 32 bits of every Coffer job lock, so the keys don't collide with other users of the database. */
    private static final long NAMESPACE = 0x436F6666L << 32;

    private final AgroalDataSource dataSource;

    SyncLock(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The lock of {@code job} if no one else holds it; close the result to release it. */
    public Optional<Held> tryAcquire(String job) {
        long key = NAMESPACE | (job.hashCode() & 0xFFFFFFFFL);
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
                statement.setLong(1, key);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    if (result.getBoolean(1)) {
                        return Optional.of(new Held(job, key, connection));
                    }
                }
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("Could not take the lock of job " + job, e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                Log.debugf("Closing a lock connection failed: %s", e.getMessage());
            }
        }
    }

    /** A held job lock. Releasing unlocks before the connection returns to the pool, which would keep it. */
    public static final class Held implements AutoCloseable {

        private final String job;
        private final long key;
        private final Connection connection;

        private Held(String job, long key, Connection connection) {
            this.job = job;
            this.key = key;
            this.connection = connection;
        }

        @Override
        public void close() {
            try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                statement.setLong(1, key);
                statement.execute();
                closeQuietly(connection);
            } catch (SQLException e) {
                Log.warnf("Releasing the lock of job %s failed; discarding its connection ends the session: %s", job,
                        e.getMessage());
                try {
                    connection.abort(Runnable::run);
                } catch (SQLException abortFailure) {
                    closeQuietly(connection);
                }
            }
        }
    }
}
