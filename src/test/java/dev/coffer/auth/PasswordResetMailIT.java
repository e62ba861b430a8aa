package dev.coffer.auth;

import static io.restassured.RestAssured.given;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.FakeMailServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/** The packaged application sends the reset mail over SMTP and the token in it resets the password. */
@QuarkusIntegrationTest
@WithTestResource(FakeMailServer.class)
class PasswordResetMailIT {

    @Test
    void resetMailIsDeliveredAndItsTokenSetsANewPassword() {
        String email = "reset-it-" + UUID.randomUUID() + "@example.com";
        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", "original password"))
                .when().post("/api/v1/auth/register").then().statusCode(201);

        given().contentType(ContentType.JSON).body(Map.of("email", email))
                .when().post("/api/v1/auth/password-reset").then().statusCode(202);
        String mail = FakeMailServer.awaitTextTo(email);
        // The token stands alone on its line; every other line of the mail is prose.
        String token = Arrays.stream(mail.split("\\R")).map(String::trim)
                .filter(line -> line.matches("[A-Za-z0-9_-]{32,}")).findFirst()
                .orElseThrow(() -> new AssertionError("no token in mail: " + mail));

        given().contentType(ContentType.JSON).body(Map.of("token", token, "new_password", "brand new password"))
                .when().post("/api/v1/auth/password-reset/confirm").then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", "brand new password"))
                .when().post("/api/v1/auth/login").then().statusCode(200);
    }
}
