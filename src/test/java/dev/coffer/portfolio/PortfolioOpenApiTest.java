package dev.coffer.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.OpenApiDocument;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The served OpenAPI document describes the holding and portfolio operations as clients generate from it. */
@QuarkusTest
class PortfolioOpenApiTest {

    private static final String HOLDINGS = "/api/v1/accounts/{id}/holdings";
    private static final String HOLDING = HOLDINGS + "/{holding_id}";

    private static final List<Operation> OPERATIONS = List.of(
            new Operation("createHolding", HOLDINGS, "post", "201", "400", "401", "404", "409", "413", "422"),
            new Operation("listHoldings", HOLDINGS, "get", "200", "401", "404", "422"),
            new Operation("getHolding", HOLDING, "get", "200", "401", "404"),
            new Operation("updateHolding", HOLDING, "patch", "200", "400", "401", "404", "412", "413", "422"),
            new Operation("deleteHolding", HOLDING, "delete", "204", "401", "404", "412"),
            new Operation("getPortfolio", "/api/v1/portfolio", "get", "200", "401", "422"),
            new Operation("getPortfolioPerformance", "/api/v1/portfolio/performance", "get", "200", "401", "422"));

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
    void tagsAreDescribedAndCreatesAndChangesTakeTheirHeadersAndParameters() {
        JsonPath document = OpenApiDocument.fetch();
        assertThat(document.getString("tags.find { it.name == 'Holdings' }.description")).isNotBlank();
        assertThat(document.getString("tags.find { it.name == 'Portfolio' }.description")).isNotBlank();
        assertThat(document.getInt("paths.'" + HOLDINGS + "'.post.parameters.find { it.name == 'Idempotency-Key' }.schema.maxLength"))
                .isEqualTo(255);
        for (String change : List.of("paths.'" + HOLDING + "'.patch", "paths.'" + HOLDING + "'.delete")) {
            assertThat(document.getString(change + ".parameters.find { it.name == 'If-Match' }.description")).as(change)
                    .isNotBlank();
        }
        assertThat(document.getList("paths.'/api/v1/portfolio'.get.parameters.name", String.class)).contains("date");
        assertThat(document.getList("paths.'/api/v1/portfolio/performance'.get.parameters.name", String.class))
                .contains("start_date", "end_date");
    }

    @Test
    void bodiesAreSnakeCaseWithFiguresAsDecimalStringsAndTheUnknownOnesNullable() {
        JsonPath document = OpenApiDocument.fetch();
        assertThat(document.getMap("components.schemas.HoldingResponse.properties").keySet())
                .containsExactlyInAnyOrder("id", "account_id", "security_id", "symbol", "name", "quantity", "cost_basis",
                        "cost_currency", "version", "created_at", "updated_at");
        assertThat(document.getMap("components.schemas.CreateHoldingRequest.properties").keySet())
                .containsExactlyInAnyOrder("security_id", "quantity", "cost_basis", "cost_currency");
        assertThat(document.getMap("components.schemas.PortfolioResponse.properties").keySet())
                .containsExactlyInAnyOrder("date", "base_currency", "holdings", "totals", "unpriced_count", "allocation");
        assertThat(document.getMap("components.schemas.PortfolioHolding.properties").keySet())
                .containsExactlyInAnyOrder("holding_id", "account_id", "security", "quantity", "price", "price_date",
                        "price_source", "market_value", "rate", "rate_date", "market_value_base", "cost_basis",
                        "unrealized_gain", "unrealized_gain_percentage");
        assertThat(document.getMap("components.schemas.PortfolioAllocation.properties").keySet())
                .containsExactlyInAnyOrder("by_type", "by_currency", "by_account");
        assertThat(document.getMap("components.schemas.PerformancePoint.properties").keySet())
                .containsExactlyInAnyOrder("date", "value", "unpriced_count");
        for (String figure : List.of("HoldingResponse.properties.quantity", "HoldingResponse.properties.cost_basis",
                "PortfolioHolding.properties.market_value_base", "PortfolioTotals.properties.market_value",
                "PortfolioShare.properties.percentage", "PerformancePoint.properties.value")) {
            assertThat(document.getString("components.schemas." + figure + ".format")).as(figure).isEqualTo("decimal");
        }
        for (String nullable : List.of("price", "price_date", "market_value", "rate", "market_value_base",
                "unrealized_gain_percentage")) {
            assertThat(String.valueOf(document.getMap("components.schemas.PortfolioHolding.properties." + nullable)))
                    .as(nullable).contains("null");
        }
    }

}
