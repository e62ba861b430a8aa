package dev.coffer.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Registers and logs in real accounts through the HTTP API, each with an email of its own. */
public final class TestAccounts {

    public static final String PASSWORD = "correct horse battery";

    public record Account(UUID id, String email, String accessToken, String refreshToken) {

        public String bearer() {
            return "Bearer " + accessToken;
        }
    }

    private TestAccounts() {
    }

    public static String uniqueEmail(String label) {
        return label + "-" + UUID.randomUUID() + "@example.com";
    }

    public static UUID register(String email, String password) {
        String id = given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .when().post("/api/v1/auth/register")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static JsonPath login(String email, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .when().post("/api/v1/auth/login")
                .then().statusCode(200).extract().jsonPath();
    }

    /** A new account, logged in. */
    public static Account create(String label) {
        String email = uniqueEmail(label);
        UUID id = register(email, PASSWORD);
        JsonPath tokens = login(email, PASSWORD);
        return new Account(id, email, tokens.getString("access_token"), tokens.getString("refresh_token"));
    }
}
