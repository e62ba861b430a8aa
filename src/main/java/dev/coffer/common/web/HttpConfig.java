package dev.coffer.common.web;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own HTTP settings ({@code coffer.http.*}); Quarkus' {@code quarkus.http.*} stay Quarkus'. */
@ConfigMapping(prefix = "coffer.http")
public interface HttpConfig {

    /** Largest request body in bytes (1 MiB); larger ones get a problem+json 413 before anything reads them. */
    @WithDefault("1048576")
    long maxBodyBytes();

    /**
     * Largest body of an {@code .../import} request (10 MiB). {@code quarkus.http.limits.max-body-size}
     * must be higher, or Vert.x cuts a chunked body off first, without a problem+json answer; the
     * import counts such a body as it reads it ({@link LimitedBody}).
     */
    @WithDefault("10485760")
    long maxImportBodyBytes();

    /**
     * Addresses or CIDRs of the reverse proxies whose {@code X-Forwarded-For} is believed for the
     * client address (none by default; {@code COFFER_TRUSTED_PROXIES}).
     */
    Optional<List<String>> trustedProxies();
}
