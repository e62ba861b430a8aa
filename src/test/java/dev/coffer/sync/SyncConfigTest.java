package dev.coffer.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.MappedConfig;

class SyncConfigTest {

    @Test
    void withNothingSetTheDocumentedDefaultsApply() {
        SyncConfig config = MappedConfig.read(SyncConfig.class, Map.of());

        assertThat(config.enabled()).isTrue();
        assertThat(config.startupDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.shutdownGrace()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void theEnvironmentVariablesOperatorsAreToldAboutSetEachKey() {
        SyncConfig config = MappedConfig.read(SyncConfig.class, Map.of("COFFER_SYNC_ENABLED", "false",
                "COFFER_SYNC_STARTUP_DELAY", "PT1M", "COFFER_SYNC_SHUTDOWN_GRACE", "PT10S"));

        assertThat(config.enabled()).isFalse();
        assertThat(config.startupDelay()).isEqualTo(Duration.ofMinutes(1));
        assertThat(config.shutdownGrace()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void eachDefaultIsWrittenOnceInTheMappingNotAgainInApplicationProperties() {
        Set<String> defaulted = MappedConfig.defaulted(SyncConfig.class);

        assertThat(defaulted).contains("coffer.sync.enabled", "coffer.sync.startup-delay", "coffer.sync.shutdown-grace");
        assertThat(MappedConfig.setByApplicationProperties()).doesNotContainAnyElementsOf(defaulted);
    }
}
