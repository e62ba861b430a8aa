package dev.coffer.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged artifact serves its OpenAPI document in both formats. */
@QuarkusIntegrationTest
class OpenApiDocumentIT {

    @Test
    void documentIsServedInBothFormats() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", equalTo("Coffer API"))
                .body("paths", hasKey("/api/v1/auth/login"));
        given().when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("title: Coffer API"));
    }
}
