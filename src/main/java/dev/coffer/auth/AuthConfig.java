package dev.coffer.auth;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Passwords, sessions and tokens ({@code coffer.auth.*}); each default is written here only. */
@ConfigMapping(prefix = "coffer.auth")
public interface AuthConfig {

    /**
     * bcrypt work factor for new hashes; stored hashes with another cost are re-hashed at the next login.
     * 10 is OWASP's minimum and takes ~70 ms a hash on one core, which leaves at least 20 logins a second
     * per core.
     */
    @WithDefault("10")
    int bcryptCost();

    @WithDefault("15M")
    Duration accessTokenTtl();

    @WithDefault("30D")
    Duration refreshTokenTtl();

    @WithDefault("30M")
    Duration passwordResetTtl();

    /**
     * How long one instance trusts its cached "enabled, roles" view of a user. Changes made through
     * this instance take effect at once; those made through another replica within this time.
     */
    @WithDefault("10S")
    Duration accountStatusCacheTtl();
}
