package dev.coffer.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.OpenApiDocument;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The served OpenAPI document describes the cycle operations as clients generate from it. */
@QuarkusTest
class CycleOpenApiTest {


    private static final List<Operation> OPERATIONS = List.of(
            new Operation("createCycle", "/api/v1/cycles", "post", "201", "400", "401", "409", "413", "422"),
            new Operation("listCycles", "/api/v1/cycles", "get", "200", "401", "422"),
            new Operation("getCycle", "/api/v1/cycles/{id}", "get", "200", "401", "404"),
            new Operation("updateCycle", "/api/v1/cycles/{id}", "patch", "200", "400", "401", "404", "409", "412", "413", "422"),
            new Operation("deleteCycle", "/api/v1/cycles/{id}", "delete", "204", "401", "404", "412"),
            new Operation("listExpectedCycleItems", "/api/v1/cycles/{id}/expected", "get", "200", "401", "404", "422"),
            new Operation("getCycleSummary", "/api/v1/cycles/{id}/summary", "get", "200", "401", "404"));

    record Operation(String id, String path, String method, String... statuses) {
    }

    @Test
    void everyOperationHasItsIdTagSecurityAndEveryStatusWithTheProblemSchema() {
        JsonPath document = OpenApiDocument.fetch();
        for (Operation operation : OPERATIONS) {
            String base = "paths.'" + operation.path() + "'." + operation.method();
            assertThat(document.getString(base + ".operationId")).as(operation.id()).isEqualTo(operation.id());
            assertThat(document.getString(base + ".summary")).as(operation.id() + " summary").isNotBlank();
            assertThat(document.getList(base + ".tags", String.class)).as(operation.id() + " tag").containsExactly("Cycles");
            assertThat(document.getList(base + ".security.jwt")).as(operation.id() + " security").isNotNull();
            Map<String, Object> responses = document.getMap(base + ".responses");
            assertThat(responses.keySet()).as(operation.id() + " statuses").contains(operation.statuses());
            for (String status : operation.statuses()) {
                if (status.startsWith("4")) {
                    assertThat(OpenApiDocument.problemSchema(document, base, status))
                            .as(operation.id() + " " + status).isEqualTo(OpenApiDocument.PROBLEM);
                }
            }
        }
    }

    @Test
    void theTagAndTheGenerateParameterAreDescribedAndChangesTakeTheirHeaders() {
        JsonPath document = OpenApiDocument.fetch();
        assertThat(document.getString("tags.find { it.name == 'Cycles' }.description")).isNotBlank();
        String create = "paths.'/api/v1/cycles'.post";
        assertThat(document.getInt(create + ".parameters.find { it.name == 'Idempotency-Key' }.schema.maxLength"))
                .isEqualTo(255);
        assertThat(document.getString(create + ".parameters.find { it.name == 'generate_from_recurring' }.in"))
                .isEqualTo("query");
        assertThat(document.getString(create + ".parameters.find { it.name == 'generate_from_recurring' }.schema.type"))
                .isEqualTo("boolean");
        assertThat(document.getString(create + ".parameters.find { it.name == 'generate_from_recurring' }.description"))
                .isNotBlank();
        for (String change : List.of("paths.'/api/v1/cycles/{id}'.patch", "paths.'/api/v1/cycles/{id}'.delete")) {
            assertThat(document.getString(change + ".parameters.find { it.name == 'If-Match' }.description")).as(change)
                    .isNotBlank();
        }
        assertThat(document.getString(create + ".responses.'201'.headers.Location.description")).isNotBlank();
    }

    @Test
    void bodiesAreSnakeCaseWithMoneyAsDecimalStrings() {
        JsonPath document = OpenApiDocument.fetch();
        assertThat(document.getMap("components.schemas.CycleResponse.properties").keySet())
                .containsExactlyInAnyOrder("id", "name", "start_date", "end_date", "income_amount", "currency", "status",
                        "version", "created_at", "updated_at");
        assertThat(document.getMap("components.schemas.ExpectedItemResponse.properties").keySet())
                .containsExactlyInAnyOrder("id", "date", "amount", "currency", "category_id", "recurring_expense_id",
                        "description");
        assertThat(document.getMap("components.schemas.CycleSummaryResponse.properties").keySet())
                .containsExactlyInAnyOrder("cycle_id", "currency", "start_date", "end_date", "income", "spent",
                        "remaining", "expected_total", "by_category", "unconverted_count");
        assertThat(document.getMap("components.schemas.CycleCategoryLine.properties").keySet())
                .containsExactlyInAnyOrder("category_id", "category_name", "expected", "actual", "difference");
        assertThat(document.getString("components.schemas.CycleResponse.properties.income_amount.format"))
                .isEqualTo("decimal");
        for (String money : List.of("income", "spent", "remaining", "expected_total")) {
            assertThat(document.getString("components.schemas.CycleSummaryResponse.properties." + money + ".format"))
                    .as(money).isEqualTo("decimal");
        }
        assertThat(document.getList("components.schemas.CycleResponse.properties.status.enum", String.class))
                .containsExactly("draft", "active", "completed");
        assertThat(nullable(document, "CycleCategoryLine", "category_name")).isTrue();
        assertThat(nullable(document, "ExpectedItemResponse", "recurring_expense_id")).isTrue();
        assertThat(nullable(document, "CycleResponse", "name")).isFalse();
    }

    /** Whether a property admits null, as OpenAPI 3.0 (nullable) or 3.1 (a type list with "null") says it. */
    private static boolean nullable(JsonPath document, String schema, String property) {
        String base = "components.schemas." + schema + ".properties." + property;
        Object type = document.get(base + ".type");
        return Boolean.TRUE.equals(document.get(base + ".nullable"))
                || (type instanceof List<?> types && types.contains("null"));
    }

}
