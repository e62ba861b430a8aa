package dev.coffer.common.config;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;

/**
 * In dev and test only: when no database or Redis is configured, uses the services already running
 * on their default local ports. Dev mode and the tests keep apart, so that no test row or rate-limit
 * counter ever shows up in the service a developer runs: dev mode uses database {@code coffer_dev}
 * (created on the local Postgres when missing) and Redis database 0, the tests database {@code test}
 * and Redis database 1. When a port is closed nothing is set, so Quarkus Dev Services start a
 * container instead (where Docker is).
 * {@code coffer.local.db-url} / {@code coffer.local.redis-url} point a run at other local services.
 * When both services are provided for, Dev Services are turned off. Quarkus reads application config
 * sources at build time too, which is where Dev Services decide; so in dev mode this runs before
 * Flyway, which then migrates the database it finds.
 */
public class LocalServicesConfigSourceFactory implements ConfigSourceFactory {

    /**
     * Tests keep to Redis database 1: their rate-limit counters (thousands of registrations from
     * 127.0.0.1 within the hour) must not throttle a dev-mode service, which uses database 0.
     */
    public static final String TEST_REDIS_URL = "redis://127.0.0.1:6379/1";
    private static final String DEV_REDIS_URL = "redis://127.0.0.1:6379";

    static final String DEV_DATABASE = "coffer_dev";
    static final String TEST_DB_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String DEV_DB_URL = "jdbc:postgresql://127.0.0.1:5432/" + DEV_DATABASE;

    private static final Logger LOG = Logger.getLogger(LocalServicesConfigSourceFactory.class);
    private static final int ORDINAL = 260;
    private static final int PROBE_TIMEOUT_MILLIS = 300;

    /** Makes sure a database exists on the local Postgres. */
    interface LocalDatabases {

        /**
         * Creates the database unless it exists, connecting as the given user (the driver's default,
         * the operating-system user, when empty). True when it was created, false when it was there.
         */
        boolean createIfMissing(String name, Optional<String> user, Optional<String> password) throws SQLException;
    }

    private final IntPredicate listening;
    private final LocalDatabases databases;

    public LocalServicesConfigSourceFactory() {
        this(LocalServicesConfigSourceFactory::listening, new PostgresMaintenanceDatabase());
    }

    LocalServicesConfigSourceFactory(IntPredicate listening, LocalDatabases databases) {
        this.listening = listening;
        this.databases = databases;
    }

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        if (!profiles.contains("dev") && !profiles.contains("test")) {
            return List.of();
        }
        boolean test = profiles.contains("test");
        Map<String, String> local = new HashMap<>();
        boolean database = choose(context, "quarkus.datasource.jdbc.url", "coffer.local.db-url", 5432,
                test ? () -> TEST_DB_URL : () -> devDatabaseUrl(context), "PostgreSQL", local);
        boolean redis = choose(context, "quarkus.redis.hosts", "coffer.local.redis-url", 6379,
                test ? () -> TEST_REDIS_URL : () -> DEV_REDIS_URL, "Redis", local);
        if (database && redis) {
            // Nothing is left for Dev Services to start. Left on, Quarkus still probes for a container
            // runtime to list them, which logs an ERROR from Testcontainers on a machine without Docker.
            local.put("quarkus.devservices.enabled", "false");
        }
        return List.of(new MapBackedConfigSource("local-services", local, ORDINAL) {
        });
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    /** Whether the service is configured, overridden or found locally; false leaves it to Dev Services. */
    private boolean choose(ConfigSourceContext context, String quarkusKey, String overrideKey, int port,
            Supplier<String> defaultUrl, String service, Map<String, String> into) {
        if (isSet(context.getValue(quarkusKey))) {
            return true;
        }
        ConfigValue override = context.getValue(overrideKey);
        if (isSet(override)) {
            into.put(quarkusKey, override.getValue().trim());
            return true;
        }
        if (listening.test(port)) {
            into.put(quarkusKey, defaultUrl.get());
            return true;
        }
        LOG.warnf("No %s on 127.0.0.1:%d: Quarkus Dev Services will start one in Docker. Without Docker, start %s "
                + "locally (see README, 'Services') or set %s.", service, port, service,
                port == 5432 ? "DATABASE_URL" : "REDIS_URL");
        return false;
    }

    /**
     * Dev mode's own database, created when missing. When that cannot be done (a role without
     * CREATEDB, a password the local Postgres asks for), dev mode falls back to the tests' database,
     * as it used before it had its own, and says what that means and how to fix it.
     */
    private String devDatabaseUrl(ConfigSourceContext context) {
        try {
            if (databases.createIfMissing(DEV_DATABASE, value(context, "quarkus.datasource.username"),
                    value(context, "quarkus.datasource.password"))) {
                LOG.infof("Created database %s on 127.0.0.1:5432 for dev mode (the tests use database test)", DEV_DATABASE);
            }
            return DEV_DB_URL;
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Dev mode could not find or create its database %s on 127.0.0.1:5432 (%s). It uses the tests' "
                    + "database test instead, so rows the tests write show up in this service. Create it with "
                    + "'createdb -h 127.0.0.1 %s', or point dev mode elsewhere with -Dcoffer.local.db-url=jdbc:postgresql://...",
                    DEV_DATABASE, e.getMessage(), DEV_DATABASE);
            return TEST_DB_URL;
        }
    }

    private static Optional<String> value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return isSet(value) ? Optional.of(value.getValue()) : Optional.empty();
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    /** Whether something accepts connections on 127.0.0.1:{@code port}. */
    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), PROBE_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Creates databases through the local Postgres' maintenance database, {@code postgres}. */
    static final class PostgresMaintenanceDatabase implements LocalDatabases {

        private static final String URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
        private static final String DUPLICATE_DATABASE = "42P04";

        @Override
        public boolean createIfMissing(String name, Optional<String> user, Optional<String> password) throws SQLException {
            if (!name.matches("[a-z_][a-z0-9_]*")) {
                // It goes into the statement as an identifier, which cannot be a bind parameter.
                throw new IllegalArgumentException("Not a plain database name: " + name);
            }
            Properties properties = new Properties();
            user.ifPresent(value -> properties.setProperty("user", value));
            password.ifPresent(value -> properties.setProperty("password", value));
            // A port that accepts but never answers must not hold dev mode's start for long.
            properties.setProperty("connectTimeout", "3");
            properties.setProperty("socketTimeout", "10");
            // The driver itself rather than DriverManager, whose lookup depends on which class loader registered it.
            try (Connection connection = new org.postgresql.Driver().connect(URL, properties)) {
                try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    exists.setString(1, name);
                    try (ResultSet row = exists.executeQuery()) {
                        if (row.next()) {
                            return false;
                        }
                    }
                }
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + name);
                }
                return true;
            } catch (SQLException e) {
                if (DUPLICATE_DATABASE.equals(e.getSQLState())) {
                    // Another start created it between the check and the statement.
                    return false;
                }
                throw e;
            }
        }
    }
}
