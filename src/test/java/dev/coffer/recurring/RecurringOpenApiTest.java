package dev.coffer.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.OpenApiDocument;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The served OpenAPI document describes the recurring-expense operations as clients generate from it. */
@QuarkusTest
class RecurringOpenApiTest {

    private static final String BASE = "/api/v1/recurring-expenses";

    private static final List<Operation> OPERATIONS = List.of(
            new Operation("listRecurringExpenses", BASE, "get", "200", "401", "422"),
            new Operation("createRecurringExpense", BASE, "post", "201", "400", "401", "413", "422"),
            new Operation("getRecurringExpense", BASE + "/{id}", "get", "200", "401", "404"),
            new Operation("updateRecurringExpense", BASE + "/{id}", "patch", "200", "400", "401", "404", "412", "413", "422"),
            new Operation("deleteRecurringExpense", BASE + "/{id}", "delete", "204", "401", "404", "412"),
            new Operation("skipRecurringExpense", BASE + "/{id}/skip", "post", "200", "401", "404", "409", "412"));

    record Operation(String id, String path, String method, String... statuses) {
    }

    @Test
    void everyOperationHasItsIdTagSecurityAndEveryStatusWithTheProblemSchema() {
        JsonPath document = OpenApiDocument.fetch();
        for (Operation operation : OPERATIONS) {
            String base = "paths.'" + operation.path() + "'." + operation.method();
            assertThat(document.getString(base + ".operationId")).as(operation.id()).isEqualTo(operation.id());
            assertThat(document.getString(base + ".summary")).as(operation.id() + " summary").isNotBlank();
            assertThat(document.getList(base + ".tags", String.class)).as(operation.id() + " tag")
                    .containsExactly("Recurring expenses");
            assertThat(document.getList(base + ".security.jwt")).as(operation.id() + " security").isNotNull();
            Map<String, Object> responses = document.getMap(base + ".responses");
            assertThat(responses.keySet()).as(operation.id() + " statuses").contains(operation.statuses());
            for (String status : operation.statuses()) {
                if (status.startsWith("4")) {
                    assertThat(OpenApiDocument.problemSchema(document, base, status)).as(operation.id() + " " + status)
                            .isEqualTo(OpenApiDocument.PROBLEM);
                }
            }
        }
        assertThat(document.getString("tags.find { it.name == 'Recurring expenses' }.description")).isNotBlank();
    }

    @Test
    void createTakesAnIdempotencyKeyAndChangesTakeIfMatch() {
        JsonPath document = OpenApiDocument.fetch();
        assertThat(document.getString("paths.'" + BASE + "'.post.parameters.find { it.name == 'Idempotency-Key' }.in"))
                .isEqualTo("header");
        for (String change : List.of("'" + BASE + "/{id}'.patch", "'" + BASE + "/{id}'.delete", "'" + BASE + "/{id}/skip'.post")) {
            assertThat(document.getString("paths." + change + ".parameters.find { it.name == 'If-Match' }.in")).as(change)
                    .isEqualTo("header");
        }
        assertThat(document.getString("paths.'" + BASE + "'.post.responses.'201'.headers.Location.description")).isNotBlank();
    }

    @Test
    void bodiesAreSnakeCaseWithMoneyAsDecimalStrings() {
        JsonPath document = OpenApiDocument.fetch();
        assertThat(document.getMap("components.schemas.RecurringExpenseResponse.properties").keySet())
                .containsExactlyInAnyOrder("id", "template", "frequency", "interval", "start_date", "end_date", "next_date",
                        "active", "version", "created_at", "updated_at");
        assertThat(document.getMap("components.schemas.RecurringTemplate.properties").keySet())
                .containsExactlyInAnyOrder("amount", "currency", "category_id", "payment_method_id", "description",
                        "merchant", "tags");
        assertThat(document.getString("components.schemas.RecurringTemplate.properties.amount.type")).isEqualTo("string");
        assertThat(document.getString("components.schemas.RecurringTemplate.properties.amount.examples[0]")
                + document.getString("components.schemas.RecurringTemplate.properties.amount.example")).contains("12.99");
        assertThat(document.getList("components.schemas.RecurringExpenseResponse.properties.frequency.enum", String.class))
                .containsExactly("daily", "weekly", "biweekly", "monthly", "yearly");
    }

}
