package dev.coffer.category;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.OpenApiDocument;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The served OpenAPI document describes the category and payment-method operations as clients
 * generate from it: ids, every status with its problem schema, security, headers, snake_case bodies.
 */
@QuarkusTest
class CatalogOpenApiTest {


    /**
     * operationId -> path, method and the statuses it answers with itself; OpenApiConventions adds the
     * ones every operation shares (403, 500, 503), which OpenApiConventionsTest covers.
     */
    private static final List<Operation> OPERATIONS = List.of(
            new Operation("listCategories", "/api/v1/categories", "get", "200", "401"),
            new Operation("createCategory", "/api/v1/categories", "post", "201", "400", "401", "409", "413", "422"),
            new Operation("getCategory", "/api/v1/categories/{id}", "get", "200", "401", "404"),
            new Operation("updateCategory", "/api/v1/categories/{id}", "patch", "200", "400", "401", "404", "409", "412", "413", "422"),
            new Operation("deleteCategory", "/api/v1/categories/{id}", "delete", "204", "401", "404", "409", "412", "422"),
            new Operation("listCategoryDescriptions", "/api/v1/categories/{id}/descriptions", "get", "200", "401", "404"),
            new Operation("saveCategoryDescription", "/api/v1/categories/{id}/descriptions", "post", "200", "201", "400", "401",
                    "404", "413", "422"),
            new Operation("deleteCategoryDescription", "/api/v1/categories/{id}/descriptions/{description_id}", "delete",
                    "204", "401", "404"),
            new Operation("listPaymentMethods", "/api/v1/payment-methods", "get", "200", "401"),
            new Operation("createPaymentMethod", "/api/v1/payment-methods", "post", "201", "400", "401", "409", "413", "422"),
            new Operation("getPaymentMethod", "/api/v1/payment-methods/{id}", "get", "200", "401", "404"),
            new Operation("updatePaymentMethod", "/api/v1/payment-methods/{id}", "patch", "200", "400", "401", "404", "409",
                    "412", "413", "422"),
            new Operation("deletePaymentMethod", "/api/v1/payment-methods/{id}", "delete", "204", "401", "404", "412"));

    record Operation(String id, String path, String method, String... statuses) {
    }

    @Test
    void everyOperationHasItsIdTagSecurityAndEveryStatusWithTheProblemSchema() {
        JsonPath document = OpenApiDocument.fetch();
        for (Operation operation : OPERATIONS) {
            String base = "paths.'" + operation.path() + "'." + operation.method();
            assertThat(document.getString(base + ".operationId")).as(operation.id()).isEqualTo(operation.id());
            assertThat(document.getString(base + ".summary")).as(operation.id() + " summary").isNotBlank();
            assertThat(document.getList(base + ".tags", String.class)).as(operation.id() + " tag").hasSize(1);
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
    void tagsAreDescribed() {
        JsonPath document = OpenApiDocument.fetch();
        assertThat(document.getString("tags.find { it.name == 'Categories' }.description")).isNotBlank();
        assertThat(document.getString("tags.find { it.name == 'Payment methods' }.description")).isNotBlank();
    }

    @Test
    void creatingOperationsDocumentIdempotencyKeyAndChangingOnesIfMatch() {
        JsonPath document = OpenApiDocument.fetch();
        for (String create : List.of("paths.'/api/v1/categories'.post", "paths.'/api/v1/payment-methods'.post",
                "paths.'/api/v1/categories/{id}/descriptions'.post")) {
            assertThat(document.getString(create + ".parameters.find { it.name == 'Idempotency-Key' }.in")).as(create)
                    .isEqualTo("header");
            assertThat(document.getInt(create + ".parameters.find { it.name == 'Idempotency-Key' }.schema.maxLength"))
                    .isEqualTo(255);
        }
        for (String change : List.of("paths.'/api/v1/categories/{id}'.patch", "paths.'/api/v1/categories/{id}'.delete",
                "paths.'/api/v1/payment-methods/{id}'.patch", "paths.'/api/v1/payment-methods/{id}'.delete")) {
            assertThat(document.getString(change + ".parameters.find { it.name == 'If-Match' }.description")).as(change)
                    .isNotBlank();
        }
        assertThat(document.getString("paths.'/api/v1/categories'.post.responses.'201'.headers.Location.description"))
                .isNotBlank();
        assertThat(document.getString("paths.'/api/v1/categories/{id}'.get.responses.'200'.headers.ETag.description"))
                .isNotBlank();
        assertThat(document.getString("paths.'/api/v1/categories'.get.parameters.find { it.name == 'include_archived' }.in"))
                .isEqualTo("query");
        assertThat(document.getString("paths.'/api/v1/categories/{id}'.delete.parameters.find { it.name == 'reassign_to' }.in"))
                .isEqualTo("query");
    }

    @Test
    void bodiesAreSnakeCaseAndNullableFieldsSaySo() {
        JsonPath document = OpenApiDocument.fetch();
        assertThat(document.getMap("components.schemas.CategoryResponse.properties").keySet())
                .containsExactlyInAnyOrder("id", "name", "color", "icon", "parent_id", "archived", "expense_count", "version",
                        "created_at", "updated_at");
        assertThat(document.getMap("components.schemas.UpdateCategoryRequest.properties").keySet())
                .containsExactlyInAnyOrder("name", "color", "icon", "parent_id", "archived");
        assertThat(document.getMap("components.schemas.PaymentMethodResponse.properties").keySet())
                .containsExactlyInAnyOrder("id", "name", "type", "last4", "archived", "version", "created_at", "updated_at");
        assertThat(document.getMap("components.schemas.QuickPickDescription.properties").keySet())
                .containsExactlyInAnyOrder("id", "text", "source", "use_count");
        assertThat(nullable(document, "CategoryResponse", "parent_id")).isTrue();
        assertThat(nullable(document, "CategoryResponse", "icon")).isTrue();
        assertThat(nullable(document, "PaymentMethodResponse", "last4")).isTrue();
        assertThat(nullable(document, "QuickPickDescription", "id")).isTrue();
        assertThat(nullable(document, "UpdateCategoryRequest", "parent_id")).isTrue();
        assertThat(nullable(document, "UpdatePaymentMethodRequest", "last4")).isTrue();
        assertThat(document.getList("components.schemas.PaymentMethodResponse.properties.type.enum", String.class))
                .containsExactly("cash", "debit_card", "credit_card", "bank_transfer", "e_wallet", "other");
    }

    /** OpenAPI 3.1 writes nullable as a type list with "null"; 3.0 as nullable: true. */
    private static boolean nullable(JsonPath document, String schema, String property) {
        String base = "components.schemas." + schema + ".properties." + property;
        Object type = document.get(base + ".type");
        return Boolean.TRUE.equals(document.get(base + ".nullable"))
                || (type instanceof List<?> types && types.contains("null"))
                || String.valueOf(document.getList(base + ".oneOf") != null ? document.get(base + ".oneOf") : "").contains("null")
                || String.valueOf(document.get(base + ".anyOf") == null ? "" : document.get(base + ".anyOf")).contains("null");
    }

}
