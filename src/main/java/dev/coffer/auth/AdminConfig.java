package dev.coffer.auth;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

/**
 * Who becomes an administrator: {@code coffer.admin-emails} ({@code COFFER_ADMIN_EMAILS}), a key of
 * its own beside {@code coffer.auth.*}. A mapping rooted at {@code coffer} would have to map every
 * {@code coffer.*} key, so this one is rooted at the key itself.
 */
@ConfigMapping(prefix = "coffer.admin-emails")
public interface AdminConfig {

    /** Emails (compared normalised) that get the admin role when they register; none by default. */
    @WithParentName
    Optional<List<String>> emails();
}
