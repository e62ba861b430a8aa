package dev.coffer.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.coffer.common.web.HttpConfig;
import dev.coffer.testing.MappedConfig;

class ConfigDefaultsTest {

    @Test
    void authAndHttpDefaultsAreWrittenInTheirMappingOnly() {
        Set<String> defaulted = MappedConfig.defaulted(AuthConfig.class, RateLimitConfig.class, JwtConfig.class,
                AdminConfig.class, HttpConfig.class);

        assertThat(defaulted).contains("coffer.auth.bcrypt-cost", "coffer.rate-limit.login-per-email-per-minute",
                "coffer.http.max-body-bytes", "coffer.http.max-import-body-bytes");
        assertThat(MappedConfig.setByApplicationProperties()).doesNotContainAnyElementsOf(defaulted);
    }
}
