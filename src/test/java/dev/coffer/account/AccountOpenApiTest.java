package dev.coffer.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.OpenApiDocument;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The served OpenAPI document describes the institution, account and balance operations as clients generate from it. */
@QuarkusTest
class AccountOpenApiTest {


    private static final List<Operation> OPERATIONS = List.of(
            new Operation("createInstitution", "/api/v1/institutions", "post", "201", "400", "401", "409", "413", "422"),
            new Operation("listInstitutions", "/api/v1/institutions", "get", "200", "401", "422"),
            new Operation("getInstitution", "/api/v1/institutions/{id}", "get", "200", "401", "404"),
            new Operation("updateInstitution", "/api/v1/institutions/{id}", "patch", "200", "400", "401", "404", "409",
                    "412", "413", "422"),
            new Operation("deleteInstitution", "/api/v1/institutions/{id}", "delete", "204", "401", "404", "409", "412"),
            new Operation("createAccount", "/api/v1/accounts", "post", "201", "400", "401", "413", "422"),
            new Operation("listAccounts", "/api/v1/accounts", "get", "200", "401", "422"),
            new Operation("getAccount", "/api/v1/accounts/{id}", "get", "200", "401", "404"),
            new Operation("updateAccount", "/api/v1/accounts/{id}", "patch", "200", "400", "401", "404", "409", "412",
                    "413", "422"),
            new Operation("deleteAccount", "/api/v1/accounts/{id}", "delete", "204", "401", "404", "412"),
            new Operation("saveAccountValue", "/api/v1/accounts/{id}/values", "post", "200", "201", "400", "401", "404",
                    "413", "422"),
            new Operation("listAccountValues", "/api/v1/accounts/{id}/values", "get", "200", "401", "404", "422"),
            new Operation("deleteAccountValue", "/api/v1/accounts/{id}/values/{date}", "delete", "204", "401", "404"));

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
    void tagsAreDescribedAndCreatesAndChangesTakeTheirHeaders() {
        JsonPath document = OpenApiDocument.fetch();
        assertThat(document.getString("tags.find { it.name == 'Institutions' }.description")).isNotBlank();
        assertThat(document.getString("tags.find { it.name == 'Accounts' }.description")).isNotBlank();
        for (String create : List.of("paths.'/api/v1/institutions'.post", "paths.'/api/v1/accounts'.post",
                "paths.'/api/v1/accounts/{id}/values'.post")) {
            assertThat(document.getInt(create + ".parameters.find { it.name == 'Idempotency-Key' }.schema.maxLength"))
                    .as(create).isEqualTo(255);
        }
        for (String change : List.of("paths.'/api/v1/institutions/{id}'.patch", "paths.'/api/v1/institutions/{id}'.delete",
                "paths.'/api/v1/accounts/{id}'.patch", "paths.'/api/v1/accounts/{id}'.delete")) {
            assertThat(document.getString(change + ".parameters.find { it.name == 'If-Match' }.description")).as(change)
                    .isNotBlank();
        }
        assertThat(document.getList("paths.'/api/v1/accounts'.get.parameters.name", String.class))
                .contains("type", "archived", "institution_id", "sort", "page", "size");
        assertThat(document.getList("paths.'/api/v1/accounts/{id}/values'.get.parameters.name", String.class))
                .contains("start_date", "end_date", "page", "size");
    }

    @Test
    void bodiesAreSnakeCaseWithBalancesAsDecimalStrings() {
        JsonPath document = OpenApiDocument.fetch();
        assertThat(document.getMap("components.schemas.InstitutionResponse.properties").keySet())
                .containsExactlyInAnyOrder("id", "name", "country", "website", "version", "created_at", "updated_at");
        assertThat(document.getMap("components.schemas.AccountResponse.properties").keySet())
                .containsExactlyInAnyOrder("id", "name", "type", "currency", "institution_id", "archived",
                        "latest_balance", "version", "created_at", "updated_at");
        assertThat(document.getMap("components.schemas.BalanceResponse.properties").keySet())
                .containsExactlyInAnyOrder("date", "balance");
        assertThat(document.getString("components.schemas.BalanceResponse.properties.balance.format")).isEqualTo("decimal");
        assertThat(document.getString("components.schemas.SaveBalanceRequest.properties.balance.format")).isEqualTo("decimal");
        assertThat(document.getList("components.schemas.AccountResponse.properties.type.enum", String.class))
                .containsExactly("checking", "savings", "credit_card", "investment", "cash", "loan");
        // A null latest_balance must validate: the property's own type, when it has one, admits null too.
        Object latestType = document.get("components.schemas.AccountResponse.properties.latest_balance.type");
        assertThat(latestType == null || String.valueOf(latestType).contains("null")).as(String.valueOf(latestType)).isTrue();
        assertThat(String.valueOf(document.getMap("components.schemas.AccountResponse.properties.latest_balance")))
                .contains("BalanceResponse");
        assertThat(String.valueOf(document.getMap("components.schemas.InstitutionResponse.properties.website")))
                .contains("null");
    }

}
