package dev.coffer.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;

/** The served OpenAPI document, for the tests that check how each domain's operations are described. */
public final class OpenApiDocument {

    /** Where every error answer's problem+json content points. */
    public static final String PROBLEM = "#/components/schemas/Problem";

    private OpenApiDocument() {
    }

    public static JsonPath fetch() {
        return given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    /**
     * The schema reference of one answer's problem+json content. An answer every operation shares (401,
     * 413, ...) is a reference to the document's shared answers, which this follows.
     */
    public static String problemSchema(JsonPath document, String operation, String status) {
        String answer = operation + ".responses.'" + status + "'";
        String shared = document.getString(answer + ".$ref");
        if (shared != null) {
            answer = "components.responses.'" + shared.substring(shared.lastIndexOf('/') + 1) + "'";
        }
        return document.getString(answer + ".content.'application/problem+json'.schema.$ref");
    }
}
