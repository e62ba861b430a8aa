package dev.coffer.common.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Converts the connection URLs that hosting platforms inject (Railway, Render, Heroku) into the
 * settings Quarkus expects. Platforms hand out {@code postgres://user:pass@host:port/db?sslmode=...}
 * and {@code redis[s]://user:pass@host:port[/db]}; JDBC wants the credentials apart.
 */
public final class PlatformUrls {

    /** JDBC settings derived from a {@code DATABASE_URL}. User and password are empty when absent. */
    public record JdbcSettings(String jdbcUrl, Optional<String> username, Optional<String> password) {
    }

    private PlatformUrls() {
    }

    public static JdbcSettings parseDatabaseUrl(String databaseUrl) {
        String value = databaseUrl.trim();
        if (value.startsWith("jdbc:")) {
            return new JdbcSettings(value, Optional.empty(), Optional.empty());
        }
        URI uri = parse(value, "DATABASE_URL");
        String scheme = uri.getScheme();
        if (!"postgres".equalsIgnoreCase(scheme) && !"postgresql".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException(
                    "DATABASE_URL must start with postgres:// or postgresql:// (or be a jdbc:postgresql:// URL), got scheme '"
                            + scheme + "'");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("DATABASE_URL has no host");
        }
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(hostForUrl(uri.getHost()));
        if (uri.getPort() > 0) {
            jdbc.append(':').append(uri.getPort());
        }
        String path = uri.getRawPath();
        jdbc.append(path == null || path.isEmpty() ? "/" : path);
        if (uri.getRawQuery() != null && !uri.getRawQuery().isEmpty()) {
            jdbc.append('?').append(uri.getRawQuery());
        }
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            String rawUser = colon < 0 ? userInfo : userInfo.substring(0, colon);
            user = Optional.of(decode(rawUser)).filter(s -> !s.isEmpty());
            if (colon >= 0) {
                password = Optional.of(decode(userInfo.substring(colon + 1)));
            }
        }
        return new JdbcSettings(jdbc.toString(), user, password);
    }

    /**
     * Checks a {@code REDIS_URL} and returns it in the form {@code quarkus.redis.hosts} takes. The Vert.x
     * Redis client reads user, password, database index and TLS ({@code rediss://}) from the URL itself.
     */
    public static String parseRedisUrl(String redisUrl) {
        String value = redisUrl.trim();
        URI uri = parse(value, "REDIS_URL");
        String scheme = uri.getScheme();
        if (!"redis".equalsIgnoreCase(scheme) && !"rediss".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("REDIS_URL must start with redis:// or rediss://, got scheme '" + scheme + "'");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("REDIS_URL has no host");
        }
        return value;
    }

    private static URI parse(String value, String name) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name + " is not a valid URL (percent-encode special characters in the password): "
                    + e.getReason());
        }
    }

    private static String hostForUrl(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static String decode(String raw) {
        // URLDecoder turns '+' into a space, which is wrong for the user-info part of a URI.
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
