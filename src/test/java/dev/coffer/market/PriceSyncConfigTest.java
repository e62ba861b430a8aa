package dev.coffer.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.coffer.testing.MappedConfig;
import io.smallrye.config.ConfigValidationException;

class PriceSyncConfigTest {

    @Test
    void theDocumentedDefaultsPassTheBoundsAndSoDoTheBoundsThemselves() {
        PriceSyncConfig defaults = MappedConfig.read(PriceSyncConfig.class, Map.of());
        PriceSyncConfig least = MappedConfig.read(PriceSyncConfig.class, Map.of("COFFER_SYNC_PRICES_BACKFILL_DAYS", "0",
                "COFFER_SYNC_PRICES_MAX_CLOSE_AGE_DAYS", "0", "COFFER_SYNC_PRICES_REQUEST_BUDGET", "1"));

        assertThat(defaults.backfillDays()).isEqualTo(365);
        assertThat(defaults.maxCloseAgeDays()).isEqualTo(4);
        assertThat(defaults.requestBudget()).isEqualTo(200);
        assertThat(least.backfillDays()).isZero();
        assertThat(least.maxCloseAgeDays()).isZero();
        assertThat(least.requestBudget()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            COFFER_SYNC_PRICES_BACKFILL_DAYS      | -1 | coffer.sync.prices.backfill-days must be greater than or equal to 0
            COFFER_SYNC_PRICES_MAX_CLOSE_AGE_DAYS | -1 | coffer.sync.prices.max-close-age-days must be greater than or equal to 0
            COFFER_SYNC_PRICES_REQUEST_BUDGET     | 0  | coffer.sync.prices.request-budget must be greater than or equal to 1
            """)
    void aValueOutOfItsBoundsIsRefusedNamingTheProperty(String variable, String value, String problem) {
        ConfigValidationException refused = catchThrowableOfType(ConfigValidationException.class,
                () -> MappedConfig.read(PriceSyncConfig.class, Map.of(variable, value)));

        assertThat(refused).isNotNull();
        assertThat(refused.getProblemCount()).isEqualTo(1);
        assertThat(refused.getProblem(0).getMessage()).isEqualTo(problem);
    }
}
