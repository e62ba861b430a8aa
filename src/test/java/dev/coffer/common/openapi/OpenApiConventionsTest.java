package dev.coffer.common.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The served OpenAPI document describes the wire as clients see it. bin/contract-check lints it and
 * checks live traffic against it; these are the properties a code change breaks most easily.
 */
@QuarkusTest
class OpenApiConventionsTest {

    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete");
    private JsonPath document;

    @BeforeEach
    void fetchDocument() {
        document = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void bodyPropertiesHaveTheSnakeCaseNamesJacksonUses() {
        assertThat(document.getMap("components.schemas.RefreshRequest.properties")).containsOnlyKeys("refresh_token");
        assertThat(document.getList("components.schemas.ChangePasswordRequest.required"))
                .containsExactlyInAnyOrder("current_password", "new_password");
        assertThat(document.getMap("components.schemas.Problem.properties")).containsKey("request_id");
    }

    @Test
    void fieldsThatCanBeNullAreNullableAndStillRequired() {
        assertThat(document.getList("components.schemas.SyncRunResponse.properties.provider.type"))
                .containsExactlyInAnyOrder("string", "null");
        assertThat(document.getList("components.schemas.UserResponse.properties.display_name.type"))
                .containsExactlyInAnyOrder("string", "null");
        assertThat(document.getList("components.schemas.UserResponse.required")).contains("display_name", "created_at");
    }

    @Test
    void everyOperationHasAnIdDeclaredSecurityAndProblemBodiesForItsErrors() {
        List<String> faults = new ArrayList<>();
        forEachOperation((name, operation) -> {
            if (operation.get("operationId") == null) {
                faults.add(name + ": no operationId");
            }
            if (operation.get("security") == null) {
                faults.add(name + ": no security (security: [] for a public operation)");
            }
            Map<String, Map<String, Object>> responses = cast(operation.get("responses"));
            responses.forEach((status, response) -> {
                Map<String, Object> resolved = resolve(response);
                if (status.matches("[45]\\d\\d") && !hasProblemBody(resolved)) {
                    faults.add(name + " " + status + ": no application/problem+json Problem body");
                }
                Map<String, Object> headers = cast(resolved.get("headers"));
                if (headers == null || !headers.containsKey("X-Request-Id")) {
                    faults.add(name + " " + status + ": no X-Request-Id header");
                }
            });
        });
        assertThat(faults).isEmpty();
    }

    @Test
    void securedOperationsDocument401AndPublicOnesNeedNoToken() {
        Map<String, Object> login = cast(document.get("paths.'/api/v1/auth/login'.post"));
        assertThat((List<?>) login.get("security")).isEmpty();
        Map<String, Object> me = cast(document.get("paths.'/api/v1/users/me'.get"));
        assertThat(me.get("security")).isEqualTo(List.of(Map.of("jwt", List.of())));
        Map<String, Object> meResponses = cast(me.get("responses"));
        assertThat(meResponses).containsKeys("401", "403");
        Map<String, Object> users = cast(document.get("paths.'/api/v1/admin/users'.get"));
        assertThat(users.get("security")).isEqualTo(List.of(Map.of("jwt", List.of("admin"))));
    }

    private void forEachOperation(java.util.function.BiConsumer<String, Map<String, Object>> action) {
        Map<String, Map<String, Object>> paths = cast(document.getMap("paths"));
        paths.forEach((path, item) -> {
            // Resources under src/test (/api/v1/test-only/...) are no part of the served document.
            if (path.startsWith("/api/") && !path.startsWith("/api/v1/test-only/")) {
                METHODS.stream().filter(item::containsKey)
                        .forEach(method -> action.accept(method.toUpperCase() + " " + path, cast(item.get(method))));
            }
        });
    }

    private static boolean hasProblemBody(Map<String, Object> response) {
        Map<String, Map<String, Map<String, Object>>> content = cast(response.get("content"));
        return content != null && content.containsKey("application/problem+json")
                && "#/components/schemas/Problem".equals(content.get("application/problem+json").get("schema").get("$ref"));
    }

    /** Follows a {@code $ref} to a response declared under components. */
    private Map<String, Object> resolve(Map<String, Object> response) {
        Object ref = response.get("$ref");
        if (ref == null) {
            return response;
        }
        return cast(document.getMap("components.responses").get(ref.toString().substring("#/components/responses/".length())));
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
