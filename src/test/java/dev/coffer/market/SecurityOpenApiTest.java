package dev.coffer.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.OpenApiDocument;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The served OpenAPI document describes the securities operations as clients generate from it. */
@QuarkusTest
class SecurityOpenApiTest {


    private static final List<Operation> OPERATIONS = List.of(
            new Operation("searchSecurities", "/api/v1/securities", "get", "200", "401", "422"),
            new Operation("registerSecurity", "/api/v1/securities", "post", "200", "201", "400", "401", "413", "422", "503"),
            new Operation("getSecurity", "/api/v1/securities/{symbol}", "get", "200", "401", "404"),
            new Operation("getSecurityPrices", "/api/v1/securities/{symbol}/prices", "get", "200", "401", "404", "422"));

    record Operation(String id, String path, String method, String... statuses) {
    }

    @Test
    void everyOperationHasItsIdTagSecurityAndEveryErrorWithTheProblemSchema() {
        JsonPath document = OpenApiDocument.fetch();
        for (Operation operation : OPERATIONS) {
            String base = "paths.'" + operation.path() + "'." + operation.method();
            assertThat(document.getString(base + ".operationId")).as(operation.id()).isEqualTo(operation.id());
            assertThat(document.getString(base + ".summary")).as(operation.id() + " summary").isNotBlank();
            assertThat(document.getList(base + ".tags", String.class)).as(operation.id() + " tag").containsExactly("Securities");
            assertThat(document.getList(base + ".security.jwt")).as(operation.id() + " security").isNotNull();
            Map<String, Object> responses = document.getMap(base + ".responses");
            assertThat(responses.keySet()).as(operation.id() + " statuses").contains(operation.statuses());
            for (String status : operation.statuses()) {
                if (status.startsWith("4") || status.startsWith("5")) {
                    assertThat(OpenApiDocument.problemSchema(document, base, status))
                            .as(operation.id() + " " + status).isEqualTo(OpenApiDocument.PROBLEM);
                }
            }
        }
        assertThat(document.getString("tags.find { it.name == 'Securities' }.description")).isNotBlank();
        assertThat(document.getString("paths.'/api/v1/securities'.post.responses.'201'.headers.Location.description"))
                .isNotBlank();
    }

    @Test
    void bodiesAreSnakeCaseWithPricesAsDecimalStringsAndNullableFieldsMarked() {
        JsonPath document = OpenApiDocument.fetch();
        assertThat(document.getMap("components.schemas.SecurityResponse.properties").keySet())
                .containsExactlyInAnyOrder("id", "symbol", "name", "type", "exchange", "currency", "latest_price");
        assertThat(document.getMap("components.schemas.LatestPriceResponse.properties").keySet())
                .containsExactlyInAnyOrder("price", "as_of", "source");
        assertThat(document.getMap("components.schemas.PriceHistoryResponse.properties").keySet())
                .containsExactlyInAnyOrder("symbol", "currency", "start_date", "end_date", "prices");
        assertThat(document.getMap("components.schemas.DailyPriceResponse.properties").keySet())
                .containsExactlyInAnyOrder("date", "open", "high", "low", "close", "adj_close", "volume", "source");
        assertThat(document.getMap("components.schemas.RegisterSecurityRequest.properties").keySet())
                .containsExactlyInAnyOrder("symbol", "type");
        for (String price : List.of("open", "high", "low", "close", "adj_close")) {
            assertThat(document.getString("components.schemas.DailyPriceResponse.properties." + price + ".format"))
                    .as(price).isEqualTo("decimal");
        }
        assertThat(document.getString("components.schemas.LatestPriceResponse.properties.price.format")).isEqualTo("decimal");
        assertThat(String.valueOf(document.getMap("components.schemas.DailyPriceResponse.properties.open")))
                .contains("null");
        assertThat(String.valueOf(document.getMap("components.schemas.SecurityResponse.properties.latest_price")))
                .contains("null");
        assertThat(document.getList("components.schemas.SecurityResponse.properties.type.enum", String.class))
                .containsExactly("equity", "etf", "fund", "crypto", "bond", "other");
    }

}
