package dev.coffer.common.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProblemMappingTest {

    @Test
    void unexpectedFailureIs500WithoutInternals() {
        given().when().get("/api/v1/test-only/failing")
                .then().statusCode(500)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("INTERNAL_ERROR"))
                .body("request_id", notNullValue())
                .body(not(containsString("secret-internal-detail")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at dev.coffer")));
    }

    @Test
    void malformedJsonIs400() {
        given().contentType("application/json").body("{\"email\": ")
                .when().post("/api/v1/auth/login")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("MALFORMED_JSON"))
                .body("status", equalTo(400));
    }

    @Test
    void wellFormedJsonWithWrongTypesIs422NamingTheField() {
        given().contentType("application/json").body("{\"email\": \"a@b.co\", \"password\": {\"nested\": true}}")
                .when().post("/api/v1/auth/login")
                .then().statusCode(422)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("password"));
    }

    @Test
    void wrongMethodIs405() {
        given().when().get("/api/v1/auth/login")
                .then().statusCode(405)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void missingTokenIs401WithBearerChallenge() {
        given().when().get("/api/v1/users/me")
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void unsupportedMediaTypeIs415() {
        given().contentType("text/plain").body("hello")
                .when().post("/api/v1/auth/login")
                .then().statusCode(415)
                .contentType(startsWith("application/problem+json"));
    }
}
