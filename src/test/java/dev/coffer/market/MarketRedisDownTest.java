package dev.coffer.market;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.coffer.market.sync.PriceSyncJob;
import dev.coffer.sync.SyncRun;
import dev.coffer.sync.SyncRunner;
import dev.coffer.testing.FakeMarketProviders;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@WithTestResource(FakeMarketProviders.class)
@TestProfile(MarketRedisDownTest.RedisOnAClosedPort.class)
@TestSecurity(user = "0191f5a0-0000-7000-8000-00000000e001", roles = "user")
class MarketRedisDownTest {

    public static class RedisOnAClosedPort implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:1");
        }
    }

    @Inject
    SyncRunner runner;

    @Inject
    PriceSyncJob job;

    @Test
    void registrationReadsAndTheSyncWorkFromPostgresWhileRedisIsUnreachable() {
        String symbol = MarketApi.ownSymbol();

        given().contentType("application/json").body(Map.of("symbol", symbol)).when().post(MarketApi.PATH)
                .then().statusCode(201)
                .body("latest_price.price", equalTo("118.69000244140625"));
        for (int i = 0; i < 3; i++) {
            given().when().get(MarketApi.PATH + "/" + symbol).then().statusCode(200)
                    .body("latest_price.as_of", equalTo("2020-11-06"))
                    .body("latest_price.source", equalTo("yahoo"));
        }

        assertThat(runner.run(job, "test").orElseThrow().status()).isIn(SyncRun.SUCCEEDED, SyncRun.PARTIAL);
        given().when().get(MarketApi.PATH + "/" + symbol).then().statusCode(200)
                .body("latest_price.price", equalTo("118.69000244140625"));
    }
}
