package dev.coffer.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.Throttling;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@TestProfile(FailedLoginThrottlingTest.FewFailuresAllowed.class)
class FailedLoginThrottlingTest {

    public static class FewFailuresAllowed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("coffer.rate-limit.failed-login-per-ip-per-minute", "3",
                    "coffer.http.trusted-proxies", "127.0.0.1/8,::1");
        }
    }

    @Test
    void passwordGuessingFromOneAddressIsStoppedEvenForTheRightPasswordAfterwards() {
        String attacker = Throttling.uniqueClientAddress();
        String email = TestAccounts.uniqueEmail("guess");
        given().header("X-Forwarded-For", Throttling.uniqueClientAddress()).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", TestAccounts.PASSWORD))
                .when().post("/api/v1/auth/register").then().statusCode(201);

        // The refusal and the right password after it must fall in one per-minute window.
        Throttling.awaitWindowWithAtLeast(Duration.ofMinutes(1), Duration.ofSeconds(15));
        Throttling.firstRefusal(3, 401, attempt -> login(attacker, email, "wrong-guess-" + attempt)).then()
                .header("Retry-After", matchesPattern("\\d+"))
                .body("code", equalTo("RATE_LIMITED"));
        login(attacker, email, TestAccounts.PASSWORD).then().statusCode(429);

        // The account's owner, elsewhere, is not locked out.
        login(Throttling.uniqueClientAddress(), email, TestAccounts.PASSWORD).then().statusCode(200);
    }

    @Test
    void successfulLoginsDoNotCountAsFailures() {
        String office = Throttling.uniqueClientAddress();
        String email = TestAccounts.uniqueEmail("office");
        given().header("X-Forwarded-For", Throttling.uniqueClientAddress()).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", TestAccounts.PASSWORD))
                .when().post("/api/v1/auth/register").then().statusCode(201);
        for (int attempt = 0; attempt < 6; attempt++) {
            login(office, email, TestAccounts.PASSWORD).then().statusCode(200);
        }
    }

    private static Response login(String forwardedFor, String email, String password) {
        return given().header("X-Forwarded-For", forwardedFor).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .when().post("/api/v1/auth/login");
    }
}
