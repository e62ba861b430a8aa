package dev.coffer.recurring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.MappedConfig;
import io.smallrye.config.ConfigValidationException;

class RecurringSyncConfigTest {

    @Test
    void theDefaultBatchIsTwoHundredOccurrences() {
        assertThat(MappedConfig.read(RecurringSyncConfig.class, Map.of()).batchSize()).isEqualTo(200);
    }

    @Test
    void aBatchOfNoOccurrencesIsRefusedSinceARunWouldNeverEnd() {
        ConfigValidationException refused = catchThrowableOfType(ConfigValidationException.class,
                () -> MappedConfig.read(RecurringSyncConfig.class, Map.of("COFFER_SYNC_RECURRING_BATCH_SIZE", "0")));

        assertThat(refused).isNotNull();
        assertThat(refused.getProblem(0).getMessage())
                .isEqualTo("coffer.sync.recurring.batch-size must be greater than or equal to 1");
        assertThat(MappedConfig.read(RecurringSyncConfig.class, Map.of("COFFER_SYNC_RECURRING_BATCH_SIZE", "1"))
                .batchSize()).isEqualTo(1);
    }
}
