package dev.coffer.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;

class LocalServicesConfigSourceFactoryTest {

    @BeforeAll
    static void localServicesAnswer() {
        assumeTrue(LocalServicesConfigSourceFactory.listening(5432) && LocalServicesConfigSourceFactory.listening(6379),
                "needs the local Postgres and Redis");
    }

    @Test
    void testsAndDevModeUseSeparateRedisDatabases() {
        assertThat(localConfig(List.of("test"), Map.of()))
                .containsEntry("quarkus.redis.hosts", "redis://127.0.0.1:6379/1")
                .containsEntry("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/test");
        assertThat(localConfig(List.of("dev"), Map.of()))
                .containsEntry("quarkus.redis.hosts", "redis://127.0.0.1:6379");
    }

    @Test
    void anOverrideOrAConfiguredServiceWins() {
        assertThat(localConfig(List.of("test"), Map.of("coffer.local.redis-url", "redis://127.0.0.1:6379/7")))
                .containsEntry("quarkus.redis.hosts", "redis://127.0.0.1:6379/7");
        assertThat(localConfig(List.of("dev"), Map.of("quarkus.redis.hosts", "redis://cache:6379",
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://db/coffer")))
                .containsOnlyKeys("quarkus.devservices.enabled");
    }

    @Test
    void devServicesAreOffWhenBothServicesAreProvidedFor() {
        assertThat(localConfig(List.of("dev"), Map.of())).containsEntry("quarkus.devservices.enabled", "false");
        assertThat(localConfig(List.of("test"), Map.of("coffer.local.db-url", "jdbc:postgresql://127.0.0.1:5432/other")))
                .containsEntry("quarkus.devservices.enabled", "false");
    }

    @Test
    void productionIsLeftAlone() {
        assertThat(localConfig(List.of("prod"), Map.of())).isEmpty();
    }

    private static Map<String, String> localConfig(List<String> profiles, Map<String, String> given) {
        Map<String, String> found = new HashMap<>();
        for (ConfigSource source : new LocalServicesConfigSourceFactory().getConfigSources(context(profiles, given))) {
            for (String name : source.getPropertyNames()) {
                found.put(name, source.getValue(name));
            }
        }
        return found;
    }

    private static ConfigSourceContext context(List<String> profiles, Map<String, String> given) {
        return new ConfigSourceContext() {
            @Override
            public ConfigValue getValue(String name) {
                return ConfigValue.builder().withName(name).withValue(given.get(name)).build();
            }

            @Override
            public List<String> getProfiles() {
                return profiles;
            }

            @Override
            public Iterator<String> iterateNames() {
                return given.keySet().iterator();
            }
        };
    }
}
