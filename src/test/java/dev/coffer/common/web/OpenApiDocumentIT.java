package dev.coffer.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The packaged artifact builds its OpenAPI document on the first request for it, not at start-up
 * (LazyOpenApiDocumentService), and then serves it in both formats.
 */
@QuarkusIntegrationTest
@TestProfile(OpenApiDocumentIT.OwnLaunch.class)
class OpenApiDocumentIT {

    /** The packaged application's output, which the test launcher writes here. */
    private static final Path APPLICATION_LOG = Path.of("target", "quarkus.log");
    private static final String BUILT = "OpenAPI document <default> built on its first request";

    /** A launch of its own, so that no other test has asked for the document first. */
    public static class OwnLaunch implements QuarkusTestProfile {
    }

    @Test
    void documentIsBuiltOnItsFirstRequestAndServedInBothFormats() throws IOException {
        given().when().get("/q/health/ready").then().statusCode(200);
        assertThat(Files.readString(APPLICATION_LOG)).as("built before anyone asked").doesNotContain(BUILT);

        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", equalTo("Coffer API"))
                .body("paths", hasKey("/api/v1/auth/login"));
        given().when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("title: Coffer API"));

        String log = Files.readString(APPLICATION_LOG);
        assertThat(log).contains(BUILT);
        assertThat(log.indexOf(BUILT)).as("built once").isEqualTo(log.lastIndexOf(BUILT));
    }
}
