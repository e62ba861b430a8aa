package dev.coffer.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.RedisProbe;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Black-box run of the packaged application: register, log in, refresh, read the profile. */
@QuarkusIntegrationTest
class AuthFlowIT {

    @Test
    void registerLoginRefreshAndReadTheProfile() {
        String email = "it-" + UUID.randomUUID() + "@example.com";
        String password = "integration password";
        Map<String, String> credentials = Map.of("email", email, "password", password);

        String id = given().contentType(ContentType.JSON).body(credentials)
                .when().post("/api/v1/auth/register")
                .then().statusCode(201).body("email", equalTo(email)).extract().path("id");

        JsonPath login = given().contentType(ContentType.JSON).body(credentials)
                .when().post("/api/v1/auth/login")
                .then().statusCode(200).body("token_type", equalTo("Bearer")).extract().jsonPath();

        JsonPath refreshed = given().contentType(ContentType.JSON)
                .body(Map.of("refresh_token", login.getString("refresh_token")))
                .when().post("/api/v1/auth/refresh")
                .then().statusCode(200)
                .body("refresh_token", not(equalTo(login.getString("refresh_token"))))
                .extract().jsonPath();

        given().auth().oauth2(refreshed.getString("access_token"))
                .when().get("/api/v1/users/me")
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("roles", contains("user"));

        given().auth().oauth2(login.getString("access_token") + "x")
                .when().get("/api/v1/users/me")
                .then().statusCode(401);
    }

    @Test
    void loginAttemptsAreCountedInRedis() throws NoSuchAlgorithmException {
        String email = "it-redis-" + UUID.randomUUID() + "@example.com";
        long minute = System.currentTimeMillis() / 60_000;
        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", "not registered"))
                .when().post("/api/v1/auth/login")
                .then().statusCode(401);

        String subject = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(email.getBytes(StandardCharsets.UTF_8)));
        String prefix = "coffer:rate:login-email:" + subject + ":";
        // The attempt fell into this minute's window or, across a boundary, the next one.
        assertThat(RedisProbe.existing(prefix + minute, prefix + (minute + 1))).isEqualTo(1);
    }
}
