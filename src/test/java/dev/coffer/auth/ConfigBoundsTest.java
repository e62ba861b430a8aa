package dev.coffer.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.coffer.common.web.HttpConfig;
import dev.coffer.testing.MappedConfig;
import io.smallrye.config.ConfigValidationException;

/** Limits of 0 would refuse every request of their kind; a start refuses them instead, naming the property. */
class ConfigBoundsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            COFFER_RATE_LIMIT_LOGIN_PER_EMAIL_PER_MINUTE        | coffer.rate-limit.login-per-email-per-minute
            COFFER_RATE_LIMIT_LOGIN_PER_IP_PER_MINUTE           | coffer.rate-limit.login-per-ip-per-minute
            COFFER_RATE_LIMIT_REGISTER_PER_IP_PER_HOUR          | coffer.rate-limit.register-per-ip-per-hour
            COFFER_RATE_LIMIT_FAILED_LOGIN_PER_IP_PER_MINUTE    | coffer.rate-limit.failed-login-per-ip-per-minute
            COFFER_RATE_LIMIT_PASSWORD_RESET_PER_IP_PER_HOUR    | coffer.rate-limit.password-reset-per-ip-per-hour
            COFFER_RATE_LIMIT_PASSWORD_RESET_PER_EMAIL_PER_HOUR | coffer.rate-limit.password-reset-per-email-per-hour
            """)
    void aRateLimitOfZeroIsRefusedAndOneIsAccepted(String variable, String property) {
        ConfigValidationException refused = catchThrowableOfType(ConfigValidationException.class,
                () -> MappedConfig.read(RateLimitConfig.class, Map.of(variable, "0")));

        assertThat(refused).isNotNull();
        assertThat(refused.getProblemCount()).isEqualTo(1);
        assertThat(refused.getProblem(0).getMessage()).isEqualTo(property + " must be greater than or equal to 1");
        assertThat(MappedConfig.read(RateLimitConfig.class, Map.of(variable, "1"))).isNotNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            COFFER_HTTP_MAX_BODY_BYTES        | 0  | coffer.http.max-body-bytes
            COFFER_HTTP_MAX_IMPORT_BODY_BYTES | -1 | coffer.http.max-import-body-bytes
            """)
    void aBodyLimitOfNoBytesIsRefused(String variable, String value, String property) {
        ConfigValidationException refused = catchThrowableOfType(ConfigValidationException.class,
                () -> MappedConfig.read(HttpConfig.class, Map.of(variable, value)));

        assertThat(refused).isNotNull();
        assertThat(refused.getProblem(0).getMessage()).isEqualTo(property + " must be greater than 0");
        assertThat(MappedConfig.read(HttpConfig.class, Map.of(variable, "1"))).isNotNull();
    }
}
