package dev.coffer.common.config;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;

/**
 * In dev and test only: when no database or Redis is configured, uses the services already running
 * on their default local ports (127.0.0.1:5432, database {@code test}; 127.0.0.1:6379, database 0 in
 * dev and 1 in tests). When a port is closed nothing is set, so Quarkus Dev Services start a
 * container instead (where Docker is).
 * {@code coffer.local.db-url} / {@code coffer.local.redis-url} point a run at other local services.
 * When both services are provided for, Dev Services are turned off. Quarkus reads application config
 * sources at build time too, which is where Dev Services decide.
 */
public class LocalServicesConfigSourceFactory implements ConfigSourceFactory {

    /**
     * Tests keep to Redis database 1: their rate-limit counters (thousands of registrations from
     * 127.0.0.1 within the hour) must not throttle a dev-mode service, which uses database 0.
     */
    public static final String TEST_REDIS_URL = "redis://127.0.0.1:6379/1";
    private static final String DEV_REDIS_URL = "redis://127.0.0.1:6379";

    private static final Logger LOG = Logger.getLogger(LocalServicesConfigSourceFactory.class);
    private static final int ORDINAL = 260;
    private static final int PROBE_TIMEOUT_MILLIS = 300;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        if (!profiles.contains("dev") && !profiles.contains("test")) {
            return List.of();
        }
        Map<String, String> local = new HashMap<>();
        boolean database = choose(context, "quarkus.datasource.jdbc.url", "coffer.local.db-url", 5432,
                "jdbc:postgresql://127.0.0.1:5432/test", "PostgreSQL", local);
        boolean redis = choose(context, "quarkus.redis.hosts", "coffer.local.redis-url", 6379,
                profiles.contains("test") ? TEST_REDIS_URL : DEV_REDIS_URL, "Redis", local);
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
    private static boolean choose(ConfigSourceContext context, String quarkusKey, String overrideKey, int port,
            String defaultUrl, String service, Map<String, String> into) {
        if (isSet(context.getValue(quarkusKey))) {
            return true;
        }
        ConfigValue override = context.getValue(overrideKey);
        if (isSet(override)) {
            into.put(quarkusKey, override.getValue().trim());
            return true;
        }
        if (listening(port)) {
            into.put(quarkusKey, defaultUrl);
            return true;
        }
        LOG.warnf("No %s on 127.0.0.1:%d: Quarkus Dev Services will start one in Docker. Without Docker, start %s "
                + "locally (see README, 'Services') or set %s.", service, port, service,
                port == 5432 ? "DATABASE_URL" : "REDIS_URL");
        return false;
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
}
