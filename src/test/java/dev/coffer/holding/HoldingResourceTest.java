package dev.coffer.holding;

import static dev.coffer.holding.HoldingApi.as;
import static dev.coffer.holding.HoldingApi.holdings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.FakeMarketProviders;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(FakeMarketProviders.class)
class HoldingResourceTest {

    @Test
    void createAnswers201WithLocationETagAndTheSecurityCurrencyAsCostCurrency() {
        Account user = TestAccounts.create("holding-create");
        String account = HoldingApi.account(user, "Brokerage");
        String security = HoldingApi.security(user);
        Response created = as(user).header("Idempotency-Key", "buy-1")
                .body(HoldingApi.holding(security, "12.50000000", "1875.4")).when().post(holdings(account))
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("account_id", equalTo(account))
                .body("security_id", equalTo(security))
                .body("symbol", startsWith("X"))
                .body("name", equalTo("Apple Inc."))
                .body("quantity", equalTo("12.5"))
                .body("cost_basis", equalTo("1875.40"))
                .body("cost_currency", equalTo("USD"))
                .body("version", equalTo(0))
                .body("created_at", endsWith("Z"))
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(holdings(account) + "/" + id);
        assertThat(created.jsonPath().getMap("").keySet()).containsExactlyInAnyOrder("id", "account_id", "security_id",
                "symbol", "name", "quantity", "cost_basis", "cost_currency", "version", "created_at", "updated_at");
        // The same key and body replay the first answer rather than failing on the one-per-security rule.
        as(user).header("Idempotency-Key", "buy-1").body(HoldingApi.holding(security, "12.50000000", "1875.4"))
                .when().post(holdings(account)).then().statusCode(201).body("id", equalTo(id));
        as(user).when().get(holdings(account) + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("quantity", equalTo("12.5"));

        Map<String, Object> inEuros = HoldingApi.holding(HoldingApi.security(user), 0.00000001, 0);
        inEuros.put("cost_currency", "EUR");
        as(user).body(inEuros).when().post(holdings(account)).then().statusCode(201)
                .body("quantity", equalTo("0.00000001")).body("cost_basis", equalTo("0.00"))
                .body("cost_currency", equalTo("EUR"));
    }

    @Test
    void oneHoldingPerAccountAndSecurityIsA409() {
        Account user = TestAccounts.create("holding-twice");
        String account = HoldingApi.account(user, "Brokerage");
        String other = HoldingApi.account(user, "Pension");
        String security = HoldingApi.security(user);
        HoldingApi.create(user, account, HoldingApi.holding(security, "1", "100"));

        as(user).body(HoldingApi.holding(security, "2", "200")).when().post(holdings(account))
                .then().statusCode(409).body("code", equalTo("HOLDING_EXISTS"));
        HoldingApi.create(user, other, HoldingApi.holding(security, "2", "200"));
        as(user).when().get(holdings(account)).then().body("total", equalTo(1));
    }

    @Test
    void quantitiesTakeUpToEightDecimalsAndEveryInvalidFieldIsA422NamingIt() {
        Account user = TestAccounts.create("holding-invalid");
        String account = HoldingApi.account(user, "Brokerage");
        String security = HoldingApi.security(user);
        expect422(user, account, HoldingApi.holding(security, "0.123456789", "1"), "quantity");
        expect422(user, account, HoldingApi.holding(security, "0", "1"), "quantity");
        expect422(user, account, HoldingApi.holding(security, "-1", "1"), "quantity");
        expect422(user, account, HoldingApi.holding(security, "1000000000000", "1"), "quantity");
        expect422(user, account, HoldingApi.holding(security, null, "1"), "quantity");
        expect422(user, account, HoldingApi.holding(security, "1", "-0.01"), "cost_basis");
        expect422(user, account, HoldingApi.holding(security, "1", "1.001"), "cost_basis");
        expect422(user, account, HoldingApi.holding(security, "1", null), "cost_basis");
        expect422(user, account, HoldingApi.holding("0190e2a4-7d0b-7c3e-9d4f-2b1c3a4d5e6f", "1", "1"), "security_id");
        expect422(user, account, HoldingApi.holding("not-a-uuid", "1", "1"), "security_id");
        expect422(user, account, HoldingApi.holding(null, "1", "1"), "security_id");
        Map<String, Object> yen = HoldingApi.holding(security, "1", "100.5");
        yen.put("cost_currency", "JPY");
        expect422(user, account, yen, "cost_basis");
        Map<String, Object> unknown = HoldingApi.holding(security, "1", "1");
        unknown.put("cost_currency", "XYZ");
        expect422(user, account, unknown, "cost_currency");
        as(user).when().get(holdings(account)).then().statusCode(200).body("total", equalTo(0));

        String id = HoldingApi.create(user, account, HoldingApi.holding(security, "99999999999.12345678", "10.5"));
        as(user).when().get(holdings(account) + "/" + id).then().body("quantity", equalTo("99999999999.12345678"));
        as(user).body(Map.of("quantity", "1.000000001")).when().patch(holdings(account) + "/" + id)
                .then().statusCode(422).body("errors.field", hasItem("quantity"));
        as(user).body(Map.of("cost_currency", "JPY")).when().patch(holdings(account) + "/" + id)
                .then().statusCode(422).body("errors.field", hasItem("cost_basis"));
        as(user).body("{\"quantity\": ").when().patch(holdings(account) + "/" + id).then().statusCode(400)
                .body("code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void patchChangesOnlyTheFieldsSentUnderIfMatchAndDeleteRemovesIt() {
        Account user = TestAccounts.create("holding-patch");
        String account = HoldingApi.account(user, "Brokerage");
        String id = HoldingApi.create(user, account, HoldingApi.holding(HoldingApi.security(user), "10", "1000"));
        String path = holdings(account) + "/" + id;

        as(user).header("If-Match", "\"0\"").body(Map.of("quantity", "15.25")).when().patch(path)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("quantity", equalTo("15.25")).body("cost_basis", equalTo("1000.00"))
                .body("version", equalTo(1));
        as(user).header("If-Match", "\"0\"").body(Map.of("cost_basis", "1")).when().patch(path)
                .then().statusCode(412).body("code", equalTo("VERSION_CONFLICT"));
        as(user).body(Map.of("cost_basis", "1500", "cost_currency", "JPY")).when().patch(path)
                .then().statusCode(200).body("cost_basis", equalTo("1500")).body("cost_currency", equalTo("JPY"));
        as(user).header("If-Match", "\"1\"").when().delete(path).then().statusCode(412);
        as(user).header("If-Match", "\"2\"").when().delete(path).then().statusCode(204);
        as(user).when().get(path).then().statusCode(404).body("code", equalTo("HOLDING_NOT_FOUND"));
    }

    @Test
    void theListIsPagedInTheOrderTheHoldingsWereAdded() {
        Account user = TestAccounts.create("holding-list");
        String account = HoldingApi.account(user, "Brokerage");
        String first = HoldingApi.create(user, account, HoldingApi.holding(HoldingApi.security(user), "1", "1"));
        String second = HoldingApi.create(user, account, HoldingApi.holding(HoldingApi.security(user), "2", "2"));
        String third = HoldingApi.create(user, account, HoldingApi.holding(HoldingApi.security(user), "3", "3"));

        as(user).when().get(holdings(account)).then().statusCode(200).body("total", equalTo(3))
                .body("items.id", contains(first, second, third));
        as(user).queryParam("size", 2).queryParam("page", 2).when().get(holdings(account)).then()
                .body("items.id", contains(third)).body("pages", equalTo(2)).body("page", equalTo(2));
        as(user).queryParam("size", 201).when().get(holdings(account)).then().statusCode(422)
                .body("errors.field", hasItem("size"));
    }

    @Test
    void anotherUsersAccountOrHoldingIsA404OnEveryMethodAndStaysUnchanged() {
        Account owner = TestAccounts.create("holding-owner");
        Account intruder = TestAccounts.create("holding-intruder");
        String account = HoldingApi.account(owner, "Brokerage");
        String security = HoldingApi.security(owner);
        String id = HoldingApi.create(owner, account, HoldingApi.holding(security, "3", "300"));
        String path = holdings(account) + "/" + id;
        String ownAccount = HoldingApi.account(intruder, "Mine");

        as(intruder).when().get(holdings(account)).then().statusCode(404).body("code", equalTo("ACCOUNT_NOT_FOUND"));
        as(intruder).body(HoldingApi.holding(security, "1", "1")).when().post(holdings(account))
                .then().statusCode(404).body("code", equalTo("ACCOUNT_NOT_FOUND"));
        for (String foreign : List.of(path, holdings(ownAccount) + "/" + id)) {
            as(intruder).when().get(foreign).then().statusCode(404);
            as(intruder).body(Map.of("quantity", "1")).when().patch(foreign).then().statusCode(404);
            as(intruder).when().delete(foreign).then().statusCode(404);
        }
        as(owner).when().get(holdings("nope")).then().statusCode(404).body("code", equalTo("ACCOUNT_NOT_FOUND"));
        as(owner).when().get(holdings(account) + "/nope").then().statusCode(404).body("code", equalTo("HOLDING_NOT_FOUND"));
        as(owner).body(Map.of("quantity", "1")).when().patch(holdings(account) + "/nope").then().statusCode(404);
        as(owner).when().delete(holdings(account) + "/nope").then().statusCode(404);
        as(owner).when().get(path).then().statusCode(200).body("quantity", equalTo("3")).body("version", equalTo(0));
    }

    @Test
    void deletingTheAccountDeletesItsHoldings() {
        Account user = TestAccounts.create("holding-account-gone");
        String account = HoldingApi.account(user, "Brokerage");
        String id = HoldingApi.create(user, account, HoldingApi.holding(HoldingApi.security(user), "1", "1"));

        as(user).when().delete("/api/v1/accounts/" + account).then().statusCode(204);
        as(user).when().get(holdings(account) + "/" + id).then().statusCode(404).body("code", equalTo("ACCOUNT_NOT_FOUND"));
    }

    private static void expect422(Account user, String account, Map<String, Object> body, String field) {
        as(user).body(body).when().post(holdings(account)).then().statusCode(422)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem(field));
    }
}
