package dev.coffer.common.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Maps the platform variables {@code DATABASE_URL} and {@code REDIS_URL} onto Quarkus' datasource and
 * Redis settings. Its ordinal sits above application.properties (250) and below explicit environment
 * variables (300), so {@code QUARKUS_DATASOURCE_JDBC_URL} still wins when an operator sets both.
 */
public class PlatformUrlConfigSource implements ConfigSource {

    static final int ORDINAL = 275;

    private final Map<String, String> properties;

    public PlatformUrlConfigSource() {
        this(System.getenv());
    }

    PlatformUrlConfigSource(Map<String, String> environment) {
        this.properties = derive(environment);
    }

    static Map<String, String> derive(Map<String, String> environment) {
        Map<String, String> derived = new HashMap<>();
        String databaseUrl = environment.get("DATABASE_URL");
        if (databaseUrl != null && !databaseUrl.isBlank()) {
            PlatformUrls.JdbcSettings jdbc = PlatformUrls.parseDatabaseUrl(databaseUrl);
            derived.put("quarkus.datasource.jdbc.url", jdbc.jdbcUrl());
            jdbc.username().ifPresent(user -> derived.put("quarkus.datasource.username", user));
            jdbc.password().ifPresent(password -> derived.put("quarkus.datasource.password", password));
        }
        String redisUrl = environment.get("REDIS_URL");
        if (redisUrl != null && !redisUrl.isBlank()) {
            derived.put("quarkus.redis.hosts", PlatformUrls.parseRedisUrl(redisUrl));
        }
        return Map.copyOf(derived);
    }

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "platform-urls (DATABASE_URL, REDIS_URL)";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
