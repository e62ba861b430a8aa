package dev.coffer.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.coffer.common.web.HttpConfig;
import dev.coffer.testing.ConfigDefaults;

class ConfigDefaultsTest {

    @Test
    void authAndHttpDefaultsAreWrittenInTheirMappingOnly() {
        Set<String> properties = ConfigDefaults.inApplicationProperties();

        for (Class<?> mapping : new Class<?>[] { AuthConfig.class, RateLimitConfig.class, JwtConfig.class,
                AdminConfig.class, HttpConfig.class }) {
            assertThat(ConfigDefaults.inMapping(mapping)).as("defaults of %s also in application.properties", mapping.getSimpleName())
                    .doesNotContainAnyElementsOf(properties);
        }
    }

    @Test
    void mappingDefaultsAreFoundByTheirPropertyNames() {
        assertThat(ConfigDefaults.inMapping(RateLimitConfig.class)).contains("coffer.rate-limit.login-per-email-per-minute");
        assertThat(ConfigDefaults.inMapping(HttpConfig.class))
                .containsExactlyInAnyOrder("coffer.http.max-body-bytes", "coffer.http.max-import-body-bytes");
        assertThat(ConfigDefaults.inApplicationProperties()).contains("coffer.jwt.issuer").doesNotContain(
                "%test.coffer.admin-emails");
    }
}
