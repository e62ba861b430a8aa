package dev.coffer.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Throttling of sign-in, registration and password resets ({@code coffer.rate-limit.*}), counted in
 * Redis (in memory while Redis is down); each default is written here only.
 */
@ConfigMapping(prefix = "coffer.rate-limit")
public interface RateLimitConfig {

    @WithDefault("10")
    int loginPerEmailPerMinute();

    @WithDefault("100")
    int loginPerIpPerMinute();

    @WithDefault("20")
    int registerPerIpPerHour();

    /**
     * Failed logins from one client address per minute, whatever the emails: stops password guessing
     * across accounts well before the overall per-address limit, which shared addresses (offices,
     * carrier NAT) need to be generous.
     */
    @WithDefault("15")
    int failedLoginPerIpPerMinute();

    /** Reset requests from one client address per hour: each one may send a mail. */
    @WithDefault("10")
    int passwordResetPerIpPerHour();

    /**
     * Reset requests for one email address per hour, counted whether or not it has an account (a
     * refusal reveals nothing): keeps anyone from flooding a mailbox with reset mails.
     */
    @WithDefault("3")
    int passwordResetPerEmailPerHour();
}
