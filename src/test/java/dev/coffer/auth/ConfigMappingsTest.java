package dev.coffer.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.coffer.common.web.HttpConfig;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ConfigMappingsTest {

    @Inject
    AdminConfig admin;

    @Inject
    JwtConfig jwt;

    @Inject
    HttpConfig http;

    @Inject
    AuthConfig auth;

    @Inject
    RateLimitConfig limits;

    @Test
    void settingsFilledFromUnsetVariablesAreEmpty() {
        // ${JWT_PRIVATE_KEY:}, ${JWT_PUBLIC_KEY:} and ${COFFER_TRUSTED_PROXIES:} with nothing set.
        assumeTrue(System.getenv("JWT_PRIVATE_KEY") == null && System.getenv("JWT_PUBLIC_KEY") == null
                && System.getenv("COFFER_TRUSTED_PROXIES") == null, "the variables are set in this environment");
        assertThat(jwt.privateKey()).isEmpty();
        assertThat(jwt.publicKey()).isEmpty();
        assertThat(http.trustedProxies()).isEmpty();
    }

    @Test
    void applicationPropertiesAndTheTestProfileReachTheMappings() {
        assertThat(admin.emails()).hasValueSatisfying(emails -> assertThat(emails).containsExactly("admin@admin.coffer.test"));
        assertThat(jwt.issuer()).isEqualTo("https://coffer.local");
        assertThat(limits.loginPerIpPerMinute()).isEqualTo(100_000);
    }

    @Test
    void defaultsComeFromTheMappings() {
        assertThat(http.maxBodyBytes()).isEqualTo(1_048_576);
        assertThat(http.maxImportBodyBytes()).isEqualTo(10_485_760);
        assertThat(auth.bcryptCost()).isEqualTo(10);
        assertThat(auth.accessTokenTtl()).isEqualTo(Duration.ofMinutes(15));
        assertThat(limits.loginPerEmailPerMinute()).isEqualTo(10);
    }
}
