package dev.coffer.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.coffer.testing.MappedConfig;
import io.smallrye.config.ConfigValidationException;

/** The thresholds of docs/insights.md and their bounds, checked as a start checks them. */
class InsightConfigTest {

    @Test
    void withNothingSetTheDocumentedDefaultsApplyAndPassTheBounds() {
        InsightConfig config = MappedConfig.read(InsightConfig.class, Map.of());

        assertThat(config.spikePercent()).isEqualTo(30);
        assertThat(config.spikeMinAverage()).isEqualByComparingTo("20");
        assertThat(config.unusualScore()).isEqualTo(3.5);
        assertThat(config.unusualMinSample()).isEqualTo(8);
        assertThat(config.unusualRecentDays()).isEqualTo(30);
    }

    @Test
    void theValuesOnTheBoundsAreAccepted() {
        InsightConfig config = MappedConfig.read(InsightConfig.class, Map.of("COFFER_INSIGHTS_SPIKE_PERCENT", "1",
                "COFFER_INSIGHTS_SPIKE_MIN_AVERAGE", "0", "COFFER_INSIGHTS_UNUSUAL_SCORE", "0.01",
                "COFFER_INSIGHTS_UNUSUAL_MIN_SAMPLE", "3", "COFFER_INSIGHTS_UNUSUAL_RECENT_DAYS", "366"));

        assertThat(config.spikePercent()).isEqualTo(1);
        assertThat(config.spikeMinAverage()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(config.unusualScore()).isEqualTo(0.01);
        assertThat(config.unusualMinSample()).isEqualTo(3);
        assertThat(config.unusualRecentDays()).isEqualTo(366);
        assertThat(MappedConfig.read(InsightConfig.class, Map.of("COFFER_INSIGHTS_UNUSUAL_RECENT_DAYS", "1"))
                .unusualRecentDays()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            COFFER_INSIGHTS_SPIKE_PERCENT       | 0     | coffer.insights.spike-percent must be greater than or equal to 1
            COFFER_INSIGHTS_SPIKE_PERCENT       | -30   | coffer.insights.spike-percent must be greater than or equal to 1
            COFFER_INSIGHTS_SPIKE_MIN_AVERAGE   | -0.01 | coffer.insights.spike-min-average must be greater than or equal to 0
            COFFER_INSIGHTS_UNUSUAL_SCORE       | 0     | coffer.insights.unusual-score must be greater than 0
            COFFER_INSIGHTS_UNUSUAL_SCORE       | -3.5  | coffer.insights.unusual-score must be greater than 0
            COFFER_INSIGHTS_UNUSUAL_SCORE       | NaN   | coffer.insights.unusual-score must be greater than 0
            COFFER_INSIGHTS_UNUSUAL_MIN_SAMPLE  | 2     | coffer.insights.unusual-min-sample must be greater than or equal to 3
            COFFER_INSIGHTS_UNUSUAL_MIN_SAMPLE  | 0     | coffer.insights.unusual-min-sample must be greater than or equal to 3
            COFFER_INSIGHTS_UNUSUAL_RECENT_DAYS | 0     | coffer.insights.unusual-recent-days must be greater than or equal to 1
            COFFER_INSIGHTS_UNUSUAL_RECENT_DAYS | -7    | coffer.insights.unusual-recent-days must be greater than or equal to 1
            COFFER_INSIGHTS_UNUSUAL_RECENT_DAYS | 367   | coffer.insights.unusual-recent-days must be less than or equal to 366
            """)
    void aValueOutOfItsBoundsIsRefusedNamingTheProperty(String variable, String value, String problem) {
        ConfigValidationException refused = catchThrowableOfType(ConfigValidationException.class,
                () -> MappedConfig.read(InsightConfig.class, Map.of(variable, value)));

        assertThat(refused).isNotNull();
        assertThat(refused.getProblemCount()).isEqualTo(1);
        assertThat(refused.getProblem(0).getMessage()).isEqualTo(problem);
    }

    @Test
    void everyValueOutOfBoundsIsNamedAtOnce() {
        ConfigValidationException refused = catchThrowableOfType(ConfigValidationException.class,
                () -> MappedConfig.read(InsightConfig.class, Map.of("COFFER_INSIGHTS_SPIKE_PERCENT", "0",
                        "COFFER_INSIGHTS_UNUSUAL_MIN_SAMPLE", "1", "COFFER_INSIGHTS_UNUSUAL_RECENT_DAYS", "400")));

        assertThat(refused).isNotNull();
        assertThat(refused.getMessage()).contains("coffer.insights.spike-percent", "coffer.insights.unusual-min-sample",
                "coffer.insights.unusual-recent-days");
    }
}
