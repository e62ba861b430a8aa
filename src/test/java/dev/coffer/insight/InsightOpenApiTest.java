package dev.coffer.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.OpenApiDocument;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The served OpenAPI document describes the insights operation as clients generate from it. */
@QuarkusTest
class InsightOpenApiTest {

    private static final String OPERATION = "paths.'/api/v1/analytics/insights'.get";

    @Test
    void theOperationHasItsIdTagSecurityDateAndEveryStatusWithTheProblemSchema() {
        JsonPath document = OpenApiDocument.fetch();
        assertThat(document.getString(OPERATION + ".operationId")).isEqualTo("getInsights");
        assertThat(document.getString(OPERATION + ".summary")).isNotBlank();
        assertThat(document.getList(OPERATION + ".tags", String.class)).containsExactly("Insights");
        assertThat(document.getString("tags.find { it.name == 'Insights' }.description")).isNotBlank();
        assertThat(document.getList(OPERATION + ".security.jwt")).isNotNull();
        assertThat(document.getString(OPERATION + ".parameters.find { it.name == 'date' }.schema.format"))
                .isEqualTo("date");
        Map<String, Object> responses = document.getMap(OPERATION + ".responses");
        assertThat(responses.keySet()).contains("200", "401", "422");
        for (String status : List.of("401", "422")) {
            assertThat(OpenApiDocument.problemSchema(document, OPERATION, status)).as(status).isEqualTo(OpenApiDocument.PROBLEM);
        }
    }

    @Test
    void bodiesAreSnakeCaseWithMoneyAsDecimalStringsAndTheKindsListed() {
        JsonPath document = OpenApiDocument.fetch();
        assertThat(document.getMap("components.schemas.InsightsResponse.properties").keySet())
                .containsExactlyInAnyOrder("date", "currency", "unconverted_count", "items");
        assertThat(document.getMap("components.schemas.Insight.properties").keySet())
                .containsExactlyInAnyOrder("kind", "severity", "message", "currency", "category_id", "category_name",
                        "budget_id", "recurring_expense_id", "expense_id", "name", "date", "period_start",
                        "period_end", "amount", "available", "projected_spend", "projected_overrun", "previous",
                        "current", "average", "change", "change_percentage", "basis", "median", "mad",
                        "mean_absolute_deviation", "score", "sample_size");
        for (String decimal : List.of("amount", "available", "projected_spend", "projected_overrun", "previous",
                "current", "average", "change", "change_percentage", "median", "mad", "mean_absolute_deviation",
                "score")) {
            assertThat(document.getString("components.schemas.Insight.properties." + decimal + ".format"))
                    .as(decimal).isEqualTo("decimal");
        }
        assertThat(document.getList("components.schemas.Insight.properties.kind.enum", String.class))
                .containsExactly("category_spike", "budget_projected_overrun", "recurring_amount_changed",
                        "unusual_expense");
        assertThat(document.getList("components.schemas.Insight.properties.severity.enum", String.class))
                .containsExactly("info", "warning");
    }

}
