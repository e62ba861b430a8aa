package dev.coffer.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.Throttling;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(RedisDownTest.RedisUnreachable.class)
class RedisDownTest {

    public static class RedisUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Port 1 on loopback: nothing listens there, connections are refused at once.
            return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:1",
                    "coffer.rate-limit.login-per-email-per-minute", "3");
        }
    }

    @Test
    void loginWorksAndLimitsStillApplyWithoutRedis() {
        String email = TestAccounts.uniqueEmail("no-redis");
        TestAccounts.register(email, TestAccounts.PASSWORD);
        String access = TestAccounts.login(email, TestAccounts.PASSWORD).getString("access_token");
        given().auth().oauth2(access).when().get("/api/v1/users/me").then().statusCode(200);
        // The login above was the first of 3 allowed per minute.
        Throttling.firstRefusal(2, 200, attempt -> given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", TestAccounts.PASSWORD))
                .when().post("/api/v1/auth/login"))
                .then().body("code", equalTo("RATE_LIMITED"));
    }

    @Test
    void readinessStaysUpAndReportsRedisDown() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Redis (optional cache)' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Redis (optional cache)' }.data.redis", equalTo("down"));
    }
}
