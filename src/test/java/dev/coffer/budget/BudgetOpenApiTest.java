package dev.coffer.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.OpenApiDocument;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The served OpenAPI document describes the budget and notification operations as clients generate from it. */
@QuarkusTest
class BudgetOpenApiTest {


    private static final List<Operation> OPERATIONS = List.of(
            new Operation("createBudget", "/api/v1/budgets", "post", "201", "400", "401", "413", "422"),
            new Operation("listBudgets", "/api/v1/budgets", "get", "200", "401", "422"),
            new Operation("getBudgetStatus", "/api/v1/budgets/status", "get", "200", "401", "422"),
            new Operation("getBudget", "/api/v1/budgets/{id}", "get", "200", "401", "404"),
            new Operation("updateBudget", "/api/v1/budgets/{id}", "patch", "200", "400", "401", "404", "412", "413", "422"),
            new Operation("deleteBudget", "/api/v1/budgets/{id}", "delete", "204", "401", "404", "412"),
            new Operation("listNotifications", "/api/v1/notifications", "get", "200", "401", "422"),
            new Operation("markNotificationRead", "/api/v1/notifications/{id}/read", "post", "200", "401", "404"));

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
    void tagsAreDescribedAndCreateAndChangesTakeTheirHeaders() {
        JsonPath document = OpenApiDocument.fetch();
        assertThat(document.getString("tags.find { it.name == 'Budgets' }.description")).isNotBlank();
        assertThat(document.getString("tags.find { it.name == 'Notifications' }.description")).isNotBlank();
        assertThat(document.getInt("paths.'/api/v1/budgets'.post.parameters.find { it.name == 'Idempotency-Key' }.schema.maxLength"))
                .isEqualTo(255);
        for (String change : List.of("paths.'/api/v1/budgets/{id}'.patch", "paths.'/api/v1/budgets/{id}'.delete")) {
            assertThat(document.getString(change + ".parameters.find { it.name == 'If-Match' }.description")).as(change)
                    .isNotBlank();
        }
        assertThat(document.getString("paths.'/api/v1/budgets'.post.responses.'201'.headers.Location.description"))
                .isNotBlank();
    }

    @Test
    void bodiesAreSnakeCaseWithMoneyAsDecimalStrings() {
        JsonPath document = OpenApiDocument.fetch();
        assertThat(document.getMap("components.schemas.BudgetResponse.properties").keySet())
                .containsExactlyInAnyOrder("id", "name", "category_id", "amount", "currency", "period", "start_date",
                        "rollover", "alert_thresholds", "active", "version", "created_at", "updated_at");
        assertThat(document.getMap("components.schemas.BudgetStatusResponse.properties").keySet())
                .containsExactlyInAnyOrder("budget_id", "name", "currency", "period_start", "period_end", "amount",
                        "carried_over", "spent", "remaining", "percent_used", "projected_spend", "status",
                        "unconverted_count");
        assertThat(document.getMap("components.schemas.NotificationResponse.properties").keySet())
                .containsExactlyInAnyOrder("id", "type", "budget_id", "period_start", "period_end", "threshold",
                        "percent_used", "message", "read", "created_at");
        for (String money : List.of("amount", "carried_over", "spent", "remaining", "projected_spend")) {
            assertThat(document.getString("components.schemas.BudgetStatusResponse.properties." + money + ".format"))
                    .as(money).isEqualTo("decimal");
        }
        // OpenAPI 3.1 lists examples; 3.0 had one example.
        assertThat(String.valueOf(document.getMap("components.schemas.BudgetResponse.properties.amount")))
                .contains("400.00");
        assertThat(document.getList("components.schemas.BudgetStatusResponse.properties.status.enum", String.class))
                .containsExactly("ok", "warning", "exceeded");
    }

}
