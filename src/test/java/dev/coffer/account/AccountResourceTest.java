package dev.coffer.account;

import static dev.coffer.account.AccountApi.PATH;
import static dev.coffer.account.AccountApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class AccountResourceTest {

    @Test
    void createAnswers201WithLocationAndETagAndExactlyTheAccountFields() {
        Account user = TestAccounts.create("account-create");
        String bank = AccountApi.institution(user, "Chase", "US");
        Map<String, Object> body = AccountApi.account(" Everyday ", "checking", "USD");
        body.put("institution_id", bank);
        Response created = as(user).body(body).when().post(PATH)
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Everyday"))
                .body("type", equalTo("checking"))
                .body("currency", equalTo("USD"))
                .body("institution_id", equalTo(bank))
                .body("archived", equalTo(false))
                .body("latest_balance", nullValue())
                .body("version", equalTo(0))
                .body("updated_at", endsWith("Z"))
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(PATH + "/" + id);
        assertThat(created.jsonPath().getMap("").keySet()).containsExactlyInAnyOrder("id", "name", "type", "currency",
                "institution_id", "archived", "latest_balance", "version", "created_at", "updated_at");
        as(user).when().get(PATH + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("institution_id", equalTo(bank));
        as(user).body(AccountApi.account("Wallet", "cash", "EUR")).when().post(PATH).then().statusCode(201)
                .body("institution_id", nullValue());
    }

    @Test
    void everyInvalidFieldIsA422NamingIt() {
        Account user = TestAccounts.create("account-invalid");
        Account other = TestAccounts.create("account-invalid-other");
        expect422(user, with("name", " "), "name");
        expect422(user, with("name", "x".repeat(101)), "name");
        expect422(user, with("type", "brokerage"), "type");
        expect422(user, with("type", null), "type");
        expect422(user, with("currency", "usd"), "currency");
        expect422(user, with("currency", "XYZ"), "currency");
        expect422(user, with("currency", null), "currency");
        expect422(user, with("institution_id", AccountApi.institution(other, "Theirs", "US")), "institution_id");
        expect422(user, with("institution_id", "0190e2a4-7d0b-7c3e-9d4f-2b1c3a4d5e6f"), "institution_id");
        expect422(user, with("institution_id", "not-a-uuid"), "institution_id");
        expect422(user, with("archived", "maybe"), "archived");
        as(user).when().get(PATH).then().statusCode(200).body("total", equalTo(0));
        as(user).body("{\"name\": ").when().post(PATH).then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));

        String id = AccountApi.create(user, AccountApi.account("Fine", "savings", "EUR"));
        as(user).body(Map.of("type", "piggy_bank")).when().patch(PATH + "/" + id).then().statusCode(422)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("type"));
        as(user).body(Map.of("currency", "EURO")).when().patch(PATH + "/" + id).then().statusCode(422)
                .body("errors.field", hasItem("currency"));
        as(user).body(Map.of("institution_id", AccountApi.institution(other, "Theirs too", "US")))
                .when().patch(PATH + "/" + id).then().statusCode(422).body("errors.field", hasItem("institution_id"));
    }

    @Test
    void theListFiltersByTypeArchivedAndInstitutionAndSortsByTheDocumentedFields() {
        Account user = TestAccounts.create("account-list");
        String bank = AccountApi.institution(user, "HSBC", "GB");
        Map<String, Object> current = AccountApi.account("current", "checking", "GBP");
        current.put("institution_id", bank);
        String currentId = AccountApi.create(user, current);
        Map<String, Object> isa = AccountApi.account("ISA", "savings", "GBP");
        isa.put("institution_id", bank);
        AccountApi.create(user, isa);
        Map<String, Object> old = AccountApi.account("Old card", "credit_card", "EUR");
        old.put("archived", true);
        AccountApi.create(user, old);
        AccountApi.create(user, AccountApi.account("Brokerage", "investment", "USD"));

        as(user).when().get(PATH).then().statusCode(200).body("total", equalTo(4))
                .body("items.name", contains("Brokerage", "current", "ISA", "Old card"));
        as(user).queryParam("type", "savings").when().get(PATH).then().body("items.name", contains("ISA"));
        as(user).queryParam("archived", false).when().get(PATH).then().body("total", equalTo(3));
        as(user).queryParam("archived", true).when().get(PATH).then().body("items.name", contains("Old card"));
        as(user).queryParam("institution_id", bank).queryParam("sort", "-name").when().get(PATH).then()
                .body("items.name", contains("ISA", "current"));
        as(user).queryParam("sort", "currency,-type").when().get(PATH).then()
                .body("items.name", contains("Old card", "ISA", "current", "Brokerage"));
        as(user).queryParam("sort", "type").queryParam("size", 1).queryParam("page", 2).when().get(PATH).then()
                .body("items[0].name", equalTo("Old card")).body("pages", equalTo(4));
        as(user).queryParam("sort", "type").queryParam("size", 1).when().get(PATH).then()
                .body("items[0].id", equalTo(currentId));
        as(user).queryParam("sort", "-created_at").when().get(PATH).then()
                .body("items.name", contains("Brokerage", "Old card", "ISA", "current"));

        for (Map.Entry<String, String> bad : Map.of("type", "brokerage", "archived", "yes", "institution_id", "nope",
                "sort", "balance").entrySet()) {
            as(user).queryParam(bad.getKey(), bad.getValue()).when().get(PATH).then().statusCode(422)
                    .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem(bad.getKey()));
        }
        as(user).queryParam("page", 0).when().get(PATH).then().statusCode(422).body("errors.field", hasItem("page"));
    }

    @Test
    void patchChangesOnlyTheFieldsSentAndHonoursIfMatch() {
        Account user = TestAccounts.create("account-patch");
        String bank = AccountApi.institution(user, "BNP", "FR");
        String id = AccountApi.create(user, AccountApi.account("Joint", "checking", "EUR"));

        as(user).header("If-Match", "\"4\"").body(Map.of("name", "Shared")).when().patch(PATH + "/" + id)
                .then().statusCode(412).body("code", equalTo("VERSION_CONFLICT"));
        as(user).header("If-Match", "\"0\"").body(Map.of("name", "Shared", "institution_id", bank))
                .when().patch(PATH + "/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Shared")).body("institution_id", equalTo(bank))
                .body("type", equalTo("checking")).body("currency", equalTo("EUR"));
        Map<String, Object> detach = new HashMap<>();
        detach.put("institution_id", null);
        detach.put("archived", true);
        as(user).body(detach).when().patch(PATH + "/" + id).then().statusCode(200)
                .body("institution_id", nullValue()).body("archived", equalTo(true)).body("version", equalTo(2));

        as(user).header("If-Match", "\"1\"").when().delete(PATH + "/" + id)
                .then().statusCode(412).body("code", equalTo("VERSION_CONFLICT"));
        as(user).header("If-Match", "\"2\"").when().delete(PATH + "/" + id).then().statusCode(204);
        as(user).when().get(PATH + "/" + id).then().statusCode(404).body("code", equalTo("ACCOUNT_NOT_FOUND"));
    }

    @Test
    void theCurrencyChangesOnlyWhileTheAccountHasNoBalances() {
        Account user = TestAccounts.create("account-currency");
        String id = AccountApi.create(user, AccountApi.account("Travel", "checking", "USD"));
        as(user).body(Map.of("currency", "JPY")).when().patch(PATH + "/" + id).then().statusCode(200)
                .body("currency", equalTo("JPY"));
        AccountApi.balance(user, id, "2025-01-31", "15000", 201);
        as(user).body(Map.of("currency", "EUR")).when().patch(PATH + "/" + id).then().statusCode(409)
                .body("code", equalTo("ACCOUNT_HAS_BALANCES"));
        as(user).body(Map.of("currency", "JPY", "name", "Japan")).when().patch(PATH + "/" + id).then().statusCode(200)
                .body("name", equalTo("Japan"));
        as(user).when().delete(AccountApi.values(id) + "/2025-01-31").then().statusCode(204);
        as(user).body(Map.of("currency", "EUR")).when().patch(PATH + "/" + id).then().statusCode(200)
                .body("currency", equalTo("EUR"));
    }

    @Test
    void anotherUsersAccountIsA404OnEveryMethodAndStaysUnchanged() {
        Account owner = TestAccounts.create("account-owner");
        Account intruder = TestAccounts.create("account-intruder");
        String id = AccountApi.create(owner, AccountApi.account("Mine", "savings", "USD"));
        AccountApi.balance(owner, id, "2025-01-31", "100", 201);
        for (String account : List.of(id, "not-a-uuid")) {
            String path = PATH + "/" + account;
            as(intruder).when().get(path).then().statusCode(404).body("code", equalTo("ACCOUNT_NOT_FOUND"));
            as(intruder).body(Map.of("name", "Theirs")).when().patch(path).then().statusCode(404)
                    .body("code", equalTo("ACCOUNT_NOT_FOUND"));
            as(intruder).when().delete(path).then().statusCode(404).body("code", equalTo("ACCOUNT_NOT_FOUND"));
            as(intruder).body(Map.of("date", "2025-01-31", "balance", "1")).when().post(AccountApi.values(account))
                    .then().statusCode(404).body("code", equalTo("ACCOUNT_NOT_FOUND"));
            as(intruder).when().get(AccountApi.values(account)).then().statusCode(404)
                    .body("code", equalTo("ACCOUNT_NOT_FOUND"));
            as(intruder).when().delete(AccountApi.values(account) + "/2025-01-31").then().statusCode(404)
                    .body("code", equalTo("ACCOUNT_NOT_FOUND"));
        }
        as(intruder).when().get(PATH).then().statusCode(200).body("total", equalTo(0));
        as(owner).when().get(PATH + "/" + id).then().statusCode(200).body("name", equalTo("Mine"))
                .body("version", equalTo(0)).body("latest_balance.balance", equalTo("100.00"));
        as(owner).when().get(AccountApi.values(id)).then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstCreate() {
        Account user = TestAccounts.create("account-idempotent");
        Map<String, Object> body = AccountApi.account("Once", "cash", "EUR");
        String first = as(user).header("Idempotency-Key", "account-1").body(body).when().post(PATH)
                .then().statusCode(201).extract().path("id");
        as(user).header("Idempotency-Key", "account-1").body(body).when().post(PATH)
                .then().statusCode(201).header("Idempotent-Replayed", equalTo("true")).body("id", equalTo(first));
        as(user).header("Idempotency-Key", "account-1").body(with("name", "Twice")).when().post(PATH)
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        as(user).when().get(PATH).then().body("total", equalTo(1));
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = AccountApi.account("Account", "checking", "USD");
        body.put(field, value);
        return body;
    }

    private static void expect422(Account user, Map<String, Object> body, String field) {
        as(user).body(body).when().post(PATH).then().statusCode(422)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem(field));
    }
}
