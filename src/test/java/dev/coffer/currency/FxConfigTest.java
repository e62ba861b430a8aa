package dev.coffer.currency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.coffer.currency.provider.FxProviderConfig;
import dev.coffer.testing.MappedConfig;

class FxConfigTest {

    @Test
    void withNothingSetTheDocumentedDefaultsApply() {
        FxSyncConfig sync = MappedConfig.read(FxSyncConfig.class, Map.of());
        FxProviderConfig providers = MappedConfig.read(FxProviderConfig.class, Map.of());

        assertThat(sync.cron()).isEqualTo("0 20 15,16,17,21 ? * MON-FRI");
        assertThat(sync.backfillDays()).isEqualTo(90);
        assertThat(sync.staleAfter()).isEqualTo(Duration.ofHours(36));
        assertThat(sync.refreshCooldown()).isEqualTo(Duration.ofMinutes(5));
        assertThat(sync.cacheTtl()).isEqualTo(Duration.ofDays(4));
        assertThat(sync.redisTimeout()).isEqualTo(Duration.ofMillis(300));
        assertThat(sync.redisRetryAfter()).isEqualTo(Duration.ofSeconds(5));
        assertThat(providers.providers()).containsExactly("ecb", "open-er-api");
        assertThat(providers.ecb().baseUrl()).isEqualTo("https://www.ecb.europa.eu/stats/eurofxref");
        assertThat(providers.fallback().baseUrl()).isEqualTo("https://open.er-api.com");
        assertThat(providers.ecb().connectTimeout()).isEqualTo(5000);
        assertThat(providers.fallback().readTimeout()).isEqualTo(15000);
        assertThat(providers.ecb().retry().maxRetries()).isEqualTo(3);
        assertThat(providers.fallback().circuitBreaker().delay()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theEnvironmentVariablesOperatorsAreToldAboutSetEachKey() {
        Map<String, String> environment = Map.of("COFFER_SYNC_FX_CRON", "0 0 6 * * ?",
                "COFFER_SYNC_FX_BACKFILL_DAYS", "30", "COFFER_SYNC_FX_STALE_AFTER", "PT12H",
                "COFFER_SYNC_FX_CACHE_TTL", "P7D", "COFFER_FX_PROVIDERS", "open-er-api",
                "COFFER_FX_ECB_BASE_URL", "http://ecb.internal", "COFFER_FX_ECB_CONNECT_TIMEOUT", "100",
                "COFFER_FX_FALLBACK_READ_TIMEOUT", "200");
        FxSyncConfig sync = MappedConfig.read(FxSyncConfig.class, environment);
        FxProviderConfig providers = MappedConfig.read(FxProviderConfig.class, environment);

        assertThat(sync.cron()).isEqualTo("0 0 6 * * ?");
        assertThat(sync.backfillDays()).isEqualTo(30);
        assertThat(sync.staleAfter()).isEqualTo(Duration.ofHours(12));
        assertThat(sync.cacheTtl()).isEqualTo(Duration.ofDays(7));
        assertThat(providers.providers()).containsExactly("open-er-api");
        assertThat(providers.ecb().baseUrl()).isEqualTo("http://ecb.internal");
        assertThat(providers.ecb().connectTimeout()).isEqualTo(100);
        assertThat(providers.fallback().readTimeout()).isEqualTo(200);
    }

    @Test
    void eachDefaultIsWrittenOnceInTheMappingNotAgainInApplicationProperties() {
        Set<String> defaulted = MappedConfig.defaulted(FxSyncConfig.class, FxProviderConfig.class);

        assertThat(defaulted).contains("coffer.sync.fx.cron", "coffer.sync.fx.stale-after", "coffer.fx.providers",
                "coffer.fx.ecb.retry.max-retries", "coffer.fx.fallback.circuit-breaker.delay");
        assertThat(MappedConfig.setByApplicationProperties()).doesNotContainAnyElementsOf(defaulted);
    }
}
