package dev.coffer.account;

import static dev.coffer.account.AccountApi.PATH;
import static dev.coffer.account.AccountApi.as;
import static dev.coffer.account.AccountApi.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.Concurrently;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AccountValueResourceTest {

    @Test
    void aNewDateIs201AndTheSameDateAgainReplacesItsBalanceWith200() {
        Account user = TestAccounts.create("values-upsert");
        String id = AccountApi.create(user, AccountApi.account("Savings", "savings", "EUR"));
        as(user).body(Map.of("date", "2025-01-31", "balance", "1500.5")).when().post(values(id)).then().statusCode(201)
                .body("date", equalTo("2025-01-31")).body("balance", equalTo("1500.50"));
        as(user).body(Map.of("date", "2025-01-31", "balance", 1490.25)).when().post(values(id)).then().statusCode(200)
                .body("balance", equalTo("1490.25"));
        as(user).when().get(values(id)).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].balance", equalTo("1490.25"));
    }

    @Test
    void balancesMayBeNegativeOrZeroButNotFinerThanTheCurrency() {
        Account user = TestAccounts.create("values-sign");
        String loan = AccountApi.create(user, AccountApi.account("Mortgage", "loan", "JPY"));
        as(user).body(Map.of("date", "2025-01-31", "balance", "-25000000")).when().post(values(loan))
                .then().statusCode(201).body("balance", equalTo("-25000000"));
        as(user).body(Map.of("date", "2025-02-28", "balance", "0")).when().post(values(loan))
                .then().statusCode(201).body("balance", equalTo("0"));
        expect422(user, loan, Map.of("date", "2025-03-31", "balance", "10.5"), "balance");

        String card = AccountApi.create(user, AccountApi.account("Card", "credit_card", "BHD"));
        as(user).body(Map.of("date", "2025-01-31", "balance", "-12.345")).when().post(values(card))
                .then().statusCode(201).body("balance", equalTo("-12.345"));
        expect422(user, card, Map.of("date", "2025-01-31", "balance", "-12.3456"), "balance");
        expect422(user, card, Map.of("date", "2025-01-31", "balance", "-1000000000000"), "balance");
        expect422(user, card, Map.of("date", "2025-01-31", "balance", "1000000000000"), "balance");
        expect422(user, card, Map.of("date", "2025-01-31"), "balance");
        expect422(user, card, Map.of("date", "2025-01-31", "balance", "lots"), "balance");
        expect422(user, card, Map.of("balance", "1"), "date");
        expect422(user, card, Map.of("date", "2025-02-30", "balance", "1"), "date");
        expect422(user, card, Map.of("date", "1899-12-31", "balance", "1"), "date");
        as(user).body("{\"date\": ").when().post(values(card)).then().statusCode(400)
                .body("code", equalTo("MALFORMED_JSON"));
        as(user).when().get(values(card)).then().body("total", equalTo(1));
    }

    @Test
    void theSeriesIsAscendingByDateWithinTheRangeAndPaged() {
        Account user = TestAccounts.create("values-series");
        String id = AccountApi.create(user, AccountApi.account("Brokerage", "investment", "USD"));
        for (String date : List.of("2025-03-31", "2025-01-31", "2025-02-28", "2024-12-31", "2025-04-30")) {
            AccountApi.balance(user, id, date, date.substring(5, 7) + ".00", 201);
        }
        as(user).when().get(values(id)).then().statusCode(200).body("total", equalTo(5))
                .body("items.date", contains("2024-12-31", "2025-01-31", "2025-02-28", "2025-03-31", "2025-04-30"));
        as(user).queryParam("start_date", "2025-01-31").queryParam("end_date", "2025-03-31").queryParam("size", 2)
                .when().get(values(id)).then().statusCode(200)
                .body("total", equalTo(3)).body("pages", equalTo(2))
                .body("items.date", contains("2025-01-31", "2025-02-28"))
                .body("items.balance", contains("1.00", "2.00"));
        as(user).queryParam("start_date", "2025-01-31").queryParam("end_date", "2025-03-31").queryParam("size", 2)
                .queryParam("page", 2).when().get(values(id)).then().body("items.date", contains("2025-03-31"));
        as(user).queryParam("end_date", "2025-01-01").when().get(values(id)).then()
                .body("items.date", contains("2024-12-31"));

        for (Map.Entry<String, String> bad : Map.of("start_date", "2025-13-01", "end_date", "yesterday").entrySet()) {
            as(user).queryParam(bad.getKey(), bad.getValue()).when().get(values(id)).then().statusCode(422)
                    .body("errors.field", hasItem(bad.getKey()));
        }
        as(user).queryParam("start_date", "2025-02-01").queryParam("end_date", "2025-01-01").when().get(values(id))
                .then().statusCode(422).body("errors.field", hasItem("end_date"));
        as(user).queryParam("size", 500).when().get(values(id)).then().statusCode(422)
                .body("errors.field", hasItem("size"));
    }

    @Test
    void theAccountCarriesItsLatestBalanceInEveryResponse() {
        Account user = TestAccounts.create("values-latest");
        String id = AccountApi.create(user, AccountApi.account("Checking", "checking", "USD"));
        AccountApi.create(user, AccountApi.account("Empty", "cash", "USD"));
        AccountApi.balance(user, id, "2025-02-28", "200", 201);
        AccountApi.balance(user, id, "2025-01-31", "100", 201);
        as(user).when().get(PATH + "/" + id).then().statusCode(200)
                .body("latest_balance.date", equalTo("2025-02-28")).body("latest_balance.balance", equalTo("200.00"));
        as(user).when().get(PATH).then().statusCode(200)
                .body("items.find { it.name == 'Checking' }.latest_balance.balance", equalTo("200.00"))
                .body("items.find { it.name == 'Empty' }.latest_balance", nullValue());
        as(user).body(Map.of("archived", true)).when().patch(PATH + "/" + id).then().statusCode(200)
                .body("latest_balance.date", equalTo("2025-02-28"));

        as(user).when().delete(values(id) + "/2025-02-28").then().statusCode(204);
        as(user).when().get(PATH + "/" + id).then().body("latest_balance.date", equalTo("2025-01-31"));
        as(user).when().delete(values(id) + "/2025-02-28").then().statusCode(404)
                .body("code", equalTo("ACCOUNT_VALUE_NOT_FOUND"));
        as(user).when().delete(values(id) + "/not-a-date").then().statusCode(404)
                .body("code", equalTo("ACCOUNT_VALUE_NOT_FOUND"));
        as(user).when().delete(values(id) + "/2025-01-31").then().statusCode(204);
        as(user).when().get(PATH + "/" + id).then().body("latest_balance", nullValue());
    }

    @Test
    void deletingTheAccountDeletesItsBalances() {
        Account user = TestAccounts.create("values-cascade");
        String id = AccountApi.create(user, AccountApi.account("Closing", "savings", "USD"));
        AccountApi.balance(user, id, "2025-01-31", "10", 201);
        as(user).when().delete(PATH + "/" + id).then().statusCode(204);
        as(user).when().get(values(id)).then().statusCode(404).body("code", equalTo("ACCOUNT_NOT_FOUND"));
    }

    @Test
    void twoWritesOfOneDateAtOnceLeaveOneBalance() {
        Account user = TestAccounts.create("values-race");
        String id = AccountApi.create(user, AccountApi.account("Raced", "checking", "USD"));
        List<Integer> statuses = Concurrently.run(2, i -> as(user).body(Map.of("date", "2025-05-31", "balance", i + ".00"))
                .when().post(values(id)).then().extract().statusCode());
        assertThat(statuses).containsExactlyInAnyOrder(200, 201);
        String kept = as(user).when().get(values(id)).then().statusCode(200).body("total", equalTo(1))
                .extract().path("items[0].balance");
        assertThat(kept).isIn("0.00", "1.00");
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstWrite() {
        Account user = TestAccounts.create("values-idempotent");
        String id = AccountApi.create(user, AccountApi.account("Keyed", "checking", "USD"));
        Map<String, Object> body = Map.of("date", "2025-01-31", "balance", "5");
        as(user).header("Idempotency-Key", "value-1").body(body).when().post(values(id)).then().statusCode(201);
        as(user).header("Idempotency-Key", "value-1").body(body).when().post(values(id)).then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true")).body("balance", equalTo("5.00"));
        as(user).header("Idempotency-Key", "value-1").body(Map.of("date", "2025-01-31", "balance", "6"))
                .when().post(values(id)).then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        as(user).when().get(values(id)).then().body("items[0].balance", equalTo("5.00"));
    }

    private static void expect422(Account user, String accountId, Map<String, Object> body, String field) {
        as(user).body(body).when().post(values(accountId)).then().statusCode(422)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem(field));
    }
}
