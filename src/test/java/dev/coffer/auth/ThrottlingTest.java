package dev.coffer.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

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
@TestProfile(ThrottlingTest.LowLimits.class)
class ThrottlingTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("coffer.rate-limit.register-per-ip-per-hour", "3",
                    "coffer.rate-limit.login-per-ip-per-minute", "4",
                    "coffer.rate-limit.password-reset-per-ip-per-hour", "4",
                    "coffer.http.trusted-proxies", "127.0.0.1/8,::1");
        }
    }

    @Test
    void registrationIsLimitedPerClientAddress() {
        String client = Throttling.uniqueClientAddress();
        Throttling.firstRefusal(3, 201, attempt -> register(client)).then()
                .header("Retry-After", matchesPattern("\\d+"))
                .body("code", equalTo("RATE_LIMITED"));
        register(Throttling.uniqueClientAddress()).then().statusCode(201);
    }

    @Test
    void loginIsLimitedPerClientAddressAcrossEmails() {
        String client = Throttling.uniqueClientAddress();
        Throttling.firstRefusal(4, 401, attempt -> login(client, TestAccounts.uniqueEmail("spray"))).then()
                .header("Retry-After", matchesPattern("\\d+"))
                .body("code", equalTo("RATE_LIMITED"));
    }

    @Test
    void forwardedEntriesWrittenByTheClientAreNotBelieved() {
        String client = Throttling.uniqueClientAddress();
        // The client prepends a fresh fake address each time; the trusted proxy appended the real one.
        Throttling.firstRefusal(4, 401, attempt -> login(Throttling.uniqueClientAddress() + ", " + client,
                TestAccounts.uniqueEmail("spoof"))).then().statusCode(429);
    }

    @Test
    void passwordResetRequestsAreLimitedPerClientAddress() {
        String client = Throttling.uniqueClientAddress();
        Throttling.firstRefusal(4, 202, attempt -> requestReset(client, TestAccounts.uniqueEmail("reset-spray")))
                .then()
                .header("Retry-After", matchesPattern("\\d+"))
                .body("code", equalTo("RATE_LIMITED"));
    }

    @Test
    void passwordResetRequestsAreLimitedPerEmailWhetherOrNotItHasAnAccount() {
        // The default of coffer.rate-limit.password-reset-per-email-per-hour is 3.
        String member = TestAccounts.uniqueEmail("reset-flood");
        register(Throttling.uniqueClientAddress(), member).then().statusCode(201);
        for (String email : new String[] {member, TestAccounts.uniqueEmail("nobody")}) {
            Throttling.firstRefusal(3, 202, attempt -> requestReset(Throttling.uniqueClientAddress(), email))
                    .then().body("code", equalTo("RATE_LIMITED"));
        }
    }

    private static Response requestReset(String client, String email) {
        return given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .body(Map.of("email", email))
                .when().post("/api/v1/auth/password-reset");
    }

    private static Response register(String client) {
        return register(client, TestAccounts.uniqueEmail("throttle"));
    }

    private static Response register(String client, String email) {
        return given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", TestAccounts.PASSWORD))
                .when().post("/api/v1/auth/register");
    }

    private static Response login(String forwardedFor, String email) {
        return given().header("X-Forwarded-For", forwardedFor).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", "whatever1"))
                .when().post("/api/v1/auth/login");
    }
}
