package dev.coffer.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HttpConventionsTest {

    @Test
    void unknownRouteAnswersProblemJson404() {
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404))
                .body("code", equalTo("NOT_FOUND"))
                .body("instance", equalTo("/api/v1/no-such-thing"))
                .body("request_id", notNullValue());
    }

    @Test
    void pathOutsideTheApiAlsoAnswersProblemJson404() {
        given().when().get("/nothing-here")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void requestIdFromClientIsEchoed() {
        given().header("X-Request-Id", "client-chosen-42")
                .when().get("/q/health/live")
                .then().statusCode(200)
                .header("X-Request-Id", equalTo("client-chosen-42"));
    }

    @Test
    void requestIdIsGeneratedWhenMissingOrUnsafe() {
        String uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
        given().when().get("/q/health/live")
                .then().header("X-Request-Id", matchesPattern(uuid));
        given().header("X-Request-Id", "bad id\twith<script>")
                .when().get("/q/health/live")
                .then().header("X-Request-Id", matchesPattern(uuid));
    }

    @Test
    void bodyOverOneMebibyteIsRefusedWith413() {
        byte[] body = new byte[1024 * 1024 + 1];
        given().contentType("application/json").body(body)
                .when().post("/api/v1/auth/login")
                .then().statusCode(413)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void readinessIsUpWithDatabaseAndReportsRedis() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Redis (optional cache)' }.data.redis", equalTo("up"));
    }

    @Test
    void corsPreflightAllowsTheConfiguredOriginOnly() {
        given().header("Origin", "https://app.example.com")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization,Content-Type")
                .when().options("/api/v1/auth/login")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://app.example.com"));
        given().header("Origin", "https://evil.example.org")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/auth/login")
                .then().header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void openApiAndMetricsAreServed() {
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("info.title", equalTo("Coffer API"));
        given().when().get("/q/metrics").then().statusCode(200);
    }
}
