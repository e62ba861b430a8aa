package dev.coffer.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "coffer.rate-limit")
public interface RateLimitConfig {

    @WithDefault("10")
    int loginPerEmailPerMinute();

    @WithDefault("100")
    int loginPerIpPerMinute();

    @WithDefault("20")
    int registerPerIpPerHour();
}
