package dev.coffer.currency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@TestProfile(RedisDownTest.RedisOnAClosedPort.class)
@TestSecurity(user = "0191f5a0-0000-7000-8000-00000000c001", roles = "user")
class RedisDownTest {

    public static class RedisOnAClosedPort implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:1");
        }
    }

    @Test
    void ratesAreServedFromPostgresWhileRedisIsUnreachable() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        RateRows.put(today, Map.of("USD", "1.2", "GBP", "0.8"));

        for (int i = 0; i < 3; i++) {
            given().queryParam("base", "GBP").queryParam("symbols", "USD")
                    .when().get("/api/v1/exchange-rates/latest")
                    .then().statusCode(200)
                    .body("date", equalTo(today.toString()))
                    .body("rates.USD", equalTo("1.5"));
        }
        given().queryParam("amount", "8").queryParam("from", "GBP").queryParam("to", "USD")
                .when().get("/api/v1/exchange-rates/convert")
                .then().statusCode(200)
                .body("result", equalTo("12.00"));
        given().queryParam("size", 5).when().get("/api/v1/currencies").then().statusCode(200);
    }
}
