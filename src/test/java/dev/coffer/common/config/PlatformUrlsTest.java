package dev.coffer.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PlatformUrlsTest {

    @Test
    void renderStyleUrlWithoutPortKeepsJdbcDefaultPort() {
        PlatformUrls.JdbcSettings jdbc = PlatformUrls.parseDatabaseUrl("postgres://coffer:s3cret@dpg-abc123-a/coffer_db");
        assertThat(jdbc.jdbcUrl()).isEqualTo("jdbc:postgresql://dpg-abc123-a/coffer_db");
        assertThat(jdbc.username()).contains("coffer");
        assertThat(jdbc.password()).contains("s3cret");
    }

    @Test
    void railwayStyleUrlWithPortAndPostgresqlScheme() {
        PlatformUrls.JdbcSettings jdbc = PlatformUrls
                .parseDatabaseUrl("postgresql://postgres:pw@containers-us-west-1.railway.app:6543/railway");
        assertThat(jdbc.jdbcUrl()).isEqualTo("jdbc:postgresql://containers-us-west-1.railway.app:6543/railway");
        assertThat(jdbc.username()).contains("postgres");
    }

    @Test
    void percentEncodedSpecialCharactersAreDecodedAndPlusStaysPlus() {
        PlatformUrls.JdbcSettings jdbc = PlatformUrls
                .parseDatabaseUrl("postgres://us%40er:p%40ss%3Aw%2Frd+x%25@db.example.com:5432/app");
        assertThat(jdbc.username()).contains("us@er");
        assertThat(jdbc.password()).contains("p@ss:w/rd+x%");
        assertThat(jdbc.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:5432/app");
    }

    @Test
    void queryParametersSuchAsSslModeAreKept() {
        PlatformUrls.JdbcSettings jdbc = PlatformUrls
                .parseDatabaseUrl("postgres://u:p@host:5432/db?sslmode=require&application_name=coffer");
        assertThat(jdbc.jdbcUrl()).isEqualTo("jdbc:postgresql://host:5432/db?sslmode=require&application_name=coffer");
    }

    @Test
    void userWithoutPasswordAndNoCredentialsAtAll() {
        assertThat(PlatformUrls.parseDatabaseUrl("postgres://reader@host/db").password()).isEmpty();
        PlatformUrls.JdbcSettings none = PlatformUrls.parseDatabaseUrl("postgres://host/db");
        assertThat(none.username()).isEmpty();
        assertThat(none.password()).isEmpty();
    }

    @Test
    void ipv6HostIsBracketed() {
        assertThat(PlatformUrls.parseDatabaseUrl("postgres://u:p@[::1]:5433/db").jdbcUrl())
                .isEqualTo("jdbc:postgresql://[::1]:5433/db");
    }

    @Test
    void jdbcUrlPassesThroughUnchanged() {
        assertThat(PlatformUrls.parseDatabaseUrl("jdbc:postgresql://h:1/d").jdbcUrl()).isEqualTo("jdbc:postgresql://h:1/d");
    }

    @Test
    void otherSchemesAndGarbageAreRejectedWithTheVariableName() {
        assertThatThrownBy(() -> PlatformUrls.parseDatabaseUrl("mysql://u:p@h/db"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DATABASE_URL");
        assertThatThrownBy(() -> PlatformUrls.parseDatabaseUrl("postgres://u:p w@h/db"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("percent-encode");
        assertThatThrownBy(() -> PlatformUrls.parseRedisUrl("http://h:6379"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REDIS_URL");
    }

    @Test
    void redisUrlsWithTlsPasswordAndDatabaseAreAccepted() {
        assertThat(PlatformUrls.parseRedisUrl("rediss://default:p%40ss@red-xyz.render.com:6379/2"))
                .isEqualTo("rediss://default:p%40ss@red-xyz.render.com:6379/2");
        assertThat(PlatformUrls.parseRedisUrl(" redis://red-abc ")).isEqualTo("redis://red-abc");
    }

    @Test
    void configSourceDerivesQuarkusKeysOnlyFromVariablesThatAreSet() {
        Map<String, String> derived = PlatformUrlConfigSource.derive(Map.of(
                "DATABASE_URL", "postgres://u:p@h:5432/db",
                "REDIS_URL", "redis://h:6379"));
        assertThat(derived).containsEntry("quarkus.datasource.jdbc.url", "jdbc:postgresql://h:5432/db")
                .containsEntry("quarkus.datasource.username", "u")
                .containsEntry("quarkus.datasource.password", "p")
                .containsEntry("quarkus.redis.hosts", "redis://h:6379");
        assertThat(PlatformUrlConfigSource.derive(Map.of("DATABASE_URL", " "))).isEmpty();
        assertThat(new PlatformUrlConfigSource(Map.of()).getValue("quarkus.datasource.jdbc.url")).isNull();
        assertThat(Optional.ofNullable(new PlatformUrlConfigSource(Map.of()).getOrdinal())).contains(275);
    }
}
