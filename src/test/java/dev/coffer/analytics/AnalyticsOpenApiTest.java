package dev.coffer.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.OpenApiDocument;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The served OpenAPI document describes the analytics operations as clients generate from it. */
@QuarkusTest
class AnalyticsOpenApiTest {


    private static final List<Operation> OPERATIONS = List.of(
            new Operation("getMonthlyAnalytics", "/api/v1/analytics/monthly/{year}/{month}", "200", "401", "422"),
            new Operation("getAnalyticsTrends", "/api/v1/analytics/trends", "200", "401", "422"),
            new Operation("getSpendingForecast", "/api/v1/analytics/forecast", "200", "401", "422"));

    record Operation(String id, String path, String... statuses) {
    }

    @Test
    void everyOperationHasItsIdTagSecurityAndEveryStatusWithTheProblemSchema() {
        JsonPath document = OpenApiDocument.fetch();
        for (Operation operation : OPERATIONS) {
            String base = "paths.'" + operation.path() + "'.get";
            assertThat(document.getString(base + ".operationId")).as(operation.id()).isEqualTo(operation.id());
            assertThat(document.getString(base + ".summary")).as(operation.id() + " summary").isNotBlank();
            assertThat(document.getList(base + ".tags", String.class)).as(operation.id() + " tag")
                    .containsExactly("Analytics");
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
        assertThat(document.getString("tags.find { it.name == 'Analytics' }.description")).isNotBlank();
    }

    @Test
    void theForecastIsSnakeCaseWithMoneyAndMapeAsDecimalStrings() {
        JsonPath document = OpenApiDocument.fetch();
        String forecast = "paths.'/api/v1/analytics/forecast'.get";
        assertThat(document.getString(forecast + ".responses.'422'.description")).contains("NOT_ENOUGH_HISTORY");
        assertThat(document.getString(forecast + ".parameters.find { it.name == 'months' }.schema.default"))
                .isEqualTo("3");
        assertThat(document.getMap("components.schemas.ForecastResponse.properties").keySet())
                .containsExactlyInAnyOrder("currency", "months", "method", "mape", "history_months", "overall",
                        "by_category");
        assertThat(document.getMap("components.schemas.ForecastCategory.properties").keySet())
                .containsExactlyInAnyOrder("category_id", "category_name", "method", "mape", "forecast");
        assertThat(document.getMap("components.schemas.ForecastMonth.properties").keySet())
                .containsExactlyInAnyOrder("month", "predicted", "lower", "upper");
        for (String money : List.of("predicted", "lower", "upper")) {
            assertThat(document.getString("components.schemas.ForecastMonth.properties." + money + ".format"))
                    .as(money).isEqualTo("decimal");
        }
        assertThat(document.getString("components.schemas.ForecastResponse.properties.mape.format"))
                .isEqualTo("decimal");
        // OpenAPI 3.1 marks a nullable field with "null" among its types
        assertThat(String.valueOf(document.getMap("components.schemas.ForecastResponse.properties.mape")))
                .contains("null");
        assertThat(document.getList("components.schemas.ForecastResponse.properties.method.enum", String.class))
                .containsExactlyInAnyOrder("holt_winters_damped_additive", "seasonal_naive",
                        "simple_exponential_smoothing");
    }

}
