package dev.coffer.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.IntPredicate;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;

class LocalServicesConfigSourceFactoryTest {

    private static final IntPredicate BOTH_LISTENING = port -> true;

    /** Records the databases asked for; creates none. */
    private static final class RecordingDatabases implements LocalServicesConfigSourceFactory.LocalDatabases {
        final List<String> asked = new ArrayList<>();
        Optional<String> user = Optional.empty();

        @Override
        public boolean createIfMissing(String name, Optional<String> user, Optional<String> password) {
            asked.add(name);
            this.user = user;
            return true;
        }
    }

    @Test
    void devModeUsesItsOwnDatabaseAndMakesSureItExists() {
        RecordingDatabases databases = new RecordingDatabases();

        assertThat(localConfig(List.of("dev"), Map.of(), BOTH_LISTENING, databases))
                .containsEntry("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/coffer_dev");
        assertThat(databases.asked).containsExactly("coffer_dev");
    }

    @Test
    void devModeConnectsAsTheConfiguredUserToCreateItsDatabase() {
        RecordingDatabases databases = new RecordingDatabases();

        localConfig(List.of("dev"), Map.of("quarkus.datasource.username", "coffer"), BOTH_LISTENING, databases);

        assertThat(databases.user).contains("coffer");
    }

    @Test
    void testsKeepTheirDatabaseAndCreateNone() {
        RecordingDatabases databases = new RecordingDatabases();

        assertThat(localConfig(List.of("test"), Map.of(), BOTH_LISTENING, databases))
                .containsEntry("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/test");
        assertThat(databases.asked).isEmpty();
    }

    @Test
    void devModeFallsBackToTheTestsDatabaseWhenItsOwnCannotBeCreated() {
        LocalServicesConfigSourceFactory.LocalDatabases refusing = (name, user, password) -> {
            throw new SQLException("permission denied to create database", "42501");
        };

        assertThat(localConfig(List.of("dev"), Map.of(), BOTH_LISTENING, refusing))
                .containsEntry("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/test")
                .containsEntry("quarkus.devservices.enabled", "false");
    }

    @Test
    void anOverrideOrAConfiguredDatabaseWinsAndNothingIsCreated() {
        RecordingDatabases databases = new RecordingDatabases();

        assertThat(localConfig(List.of("dev"), Map.of("coffer.local.db-url", "jdbc:postgresql://127.0.0.1:5432/mine"),
                BOTH_LISTENING, databases))
                .containsEntry("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/mine");
        assertThat(localConfig(List.of("dev"), Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://db/coffer"),
                BOTH_LISTENING, databases))
                .doesNotContainKey("quarkus.datasource.jdbc.url");
        assertThat(databases.asked).isEmpty();
    }

    @Test
    void aClosedPostgresPortIsLeftToDevServicesAndNothingIsCreated() {
        RecordingDatabases databases = new RecordingDatabases();

        assertThat(localConfig(List.of("dev"), Map.of(), port -> port != 5432, databases))
                .doesNotContainKeys("quarkus.datasource.jdbc.url", "quarkus.devservices.enabled")
                .containsEntry("quarkus.redis.hosts", "redis://127.0.0.1:6379");
        assertThat(databases.asked).isEmpty();
    }

    @Test
    void testsAndDevModeUseSeparateRedisDatabases() {
        assertThat(localConfig(List.of("test"), Map.of(), BOTH_LISTENING, new RecordingDatabases()))
                .containsEntry("quarkus.redis.hosts", "redis://127.0.0.1:6379/1");
        assertThat(localConfig(List.of("dev"), Map.of(), BOTH_LISTENING, new RecordingDatabases()))
                .containsEntry("quarkus.redis.hosts", "redis://127.0.0.1:6379");
    }

    @Test
    void aRedisOverrideOrAConfiguredRedisWins() {
        assertThat(localConfig(List.of("test"), Map.of("coffer.local.redis-url", "redis://127.0.0.1:6379/7"),
                BOTH_LISTENING, new RecordingDatabases()))
                .containsEntry("quarkus.redis.hosts", "redis://127.0.0.1:6379/7");
        assertThat(localConfig(List.of("dev"), Map.of("quarkus.redis.hosts", "redis://cache:6379",
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://db/coffer"), BOTH_LISTENING, new RecordingDatabases()))
                .containsOnlyKeys("quarkus.devservices.enabled");
    }

    @Test
    void devServicesAreOffWhenBothServicesAreProvidedFor() {
        assertThat(localConfig(List.of("dev"), Map.of(), BOTH_LISTENING, new RecordingDatabases()))
                .containsEntry("quarkus.devservices.enabled", "false");
        assertThat(localConfig(List.of("test"), Map.of("coffer.local.db-url", "jdbc:postgresql://127.0.0.1:5432/other"),
                BOTH_LISTENING, new RecordingDatabases()))
                .containsEntry("quarkus.devservices.enabled", "false");
    }

    @Test
    void productionIsLeftAlone() {
        RecordingDatabases databases = new RecordingDatabases();

        assertThat(localConfig(List.of("prod"), Map.of(), BOTH_LISTENING, databases)).isEmpty();
        assertThat(databases.asked).isEmpty();
    }

    @Test
    void theLocalPostgresCreatesAMissingDatabaseOnceAndThenFindsIt() throws SQLException {
        assumeTrue(LocalServicesConfigSourceFactory.listening(5432), "needs the local Postgres");
        String name = "coffer_factory_test_" + ProcessHandle.current().pid();
        var postgres = new LocalServicesConfigSourceFactory.PostgresMaintenanceDatabase();
        dropDatabase(name);
        try {
            assertThat(postgres.createIfMissing(name, Optional.empty(), Optional.empty())).isTrue();
            assertThat(postgres.createIfMissing(name, Optional.empty(), Optional.empty())).isFalse();
        } finally {
            dropDatabase(name);
        }
    }

    private static void dropDatabase(String name) throws SQLException {
        try (Connection connection = new org.postgresql.Driver().connect("jdbc:postgresql://127.0.0.1:5432/postgres",
                new Properties());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
        }
    }

    private static Map<String, String> localConfig(List<String> profiles, Map<String, String> given, IntPredicate listening,
            LocalServicesConfigSourceFactory.LocalDatabases databases) {
        Map<String, String> found = new HashMap<>();
        var factory = new LocalServicesConfigSourceFactory(listening, databases);
        for (ConfigSource source : factory.getConfigSources(context(profiles, given))) {
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
