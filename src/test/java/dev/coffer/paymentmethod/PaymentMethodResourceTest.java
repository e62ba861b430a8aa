package dev.coffer.paymentmethod;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.Concurrently;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class PaymentMethodResourceTest {

    static final String PATH = "/api/v1/payment-methods";

    @Test
    void createAnswers201WithLocationAndETagAndExactlyThePaymentMethodFields() {
        Account account = TestAccounts.create("pm-create");
        Response created = as(account).body(Map.of("name", " Visa Gold ", "type", "credit_card", "last4", "4242"))
                .when().post(PATH)
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Visa Gold"))
                .body("type", equalTo("credit_card"))
                .body("last4", equalTo("4242"))
                .body("archived", equalTo(false))
                .body("version", equalTo(0))
                .body("updated_at", endsWith("Z"))
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(PATH + "/" + id);
        assertThat(created.jsonPath().getMap("").keySet()).containsExactlyInAnyOrder("id", "name", "type", "last4",
                "archived", "version", "created_at", "updated_at");

        as(account).when().get(PATH + "/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"0\"")).body("name", equalTo("Visa Gold"));
        as(account).body(Map.of("name", "cash", "type", "cash")).when().post(PATH)
                .then().statusCode(201).body("last4", nullValue());
        as(account).when().get(PATH).then().statusCode(200).body("name", contains("cash", "Visa Gold"));
    }

    @Test
    void everyTypeIsAcceptedAndLast4OnlyForCardsAndBankAccounts() {
        Account account = TestAccounts.create("pm-types");
        for (String type : List.of("debit_card", "credit_card", "bank_transfer")) {
            as(account).body(Map.of("name", "With digits " + type, "type", type, "last4", "0001")).when().post(PATH)
                    .then().statusCode(201).body("type", equalTo(type)).body("last4", equalTo("0001"));
        }
        for (String type : List.of("cash", "e_wallet", "other")) {
            expect422(account, Map.of("name", "Digits " + type, "type", type, "last4", "0001"), "last4");
            as(account).body(Map.of("name", "Plain " + type, "type", type)).when().post(PATH)
                    .then().statusCode(201).body("type", equalTo(type));
        }
        as(account).when().get(PATH).then().body("$", hasSize(6));
    }

    @Test
    void invalidFieldsAre422NamingTheField() {
        Account account = TestAccounts.create("pm-invalid");
        expect422(account, Map.of("name", "Coins", "type", "bitcoin"), "type");
        expect422(account, Map.of("name", "Coins", "type", "CASH"), "type");
        expect422(account, Map.of("name", "Coins", "type", 3), "type");
        expect422(account, Map.of("name", "Coins"), "type");
        expect422(account, Map.of("name", "", "type", "cash"), "name");
        expect422(account, Map.of("name", "  ", "type", "cash"), "name");
        expect422(account, Map.of("name", "n".repeat(61), "type", "cash"), "name");
        expect422(account, Map.of("name", "Card", "type", "credit_card", "last4", "12345"), "last4");
        expect422(account, Map.of("name", "Card", "type", "credit_card", "last4", "12a4"), "last4");
        expect422(account, Map.of("name", "Card", "type", "credit_card", "last4", "123"), "last4");
        as(account).body("{\"name\": \"x\",").when().post(PATH).then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
        as(account).when().get(PATH).then().body("$", hasSize(0));

        String id = create(account, Map.of("name", "Card", "type", "debit_card", "last4", "1111"));
        as(account).body(Map.of("type", "voucher")).when().patch(PATH + "/" + id)
                .then().statusCode(422).body("errors.field", contains("type"));
        as(account).body(Map.of("last4", "99")).when().patch(PATH + "/" + id)
                .then().statusCode(422).body("errors.field", contains("last4"));
        as(account).body(Map.of("name", "")).when().patch(PATH + "/" + id)
                .then().statusCode(422).body("errors.field", contains("name"));
        // A type without digits while the digits stay is refused; removing them in the same request works.
        as(account).body(Map.of("type", "cash")).when().patch(PATH + "/" + id)
                .then().statusCode(422).body("errors.field", contains("last4"));
        as(account).body("{\"type\": \"cash\", \"last4\": null}").when().patch(PATH + "/" + id)
                .then().statusCode(200).body("type", equalTo("cash")).body("last4", nullValue()).body("version", equalTo(1));
    }

    @Test
    void patchChangesOnlyTheFieldsSent() {
        Account account = TestAccounts.create("pm-patch");
        String id = create(account, Map.of("name", "Main account", "type", "bank_transfer", "last4", "9876"));
        as(account).body(Map.of("name", "Salary account")).when().patch(PATH + "/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Salary account"))
                .body("type", equalTo("bank_transfer"))
                .body("last4", equalTo("9876"));
        as(account).body(Map.of("last4", "1234")).when().patch(PATH + "/" + id)
                .then().statusCode(200).body("last4", equalTo("1234")).body("name", equalTo("Salary account"));
    }

    @Test
    void namesAreUniquePerUserRegardlessOfCase() {
        Account account = TestAccounts.create("pm-unique");
        create(account, Map.of("name", "Wallet", "type", "cash"));
        as(account).body(Map.of("name", " WALLET ", "type", "e_wallet")).when().post(PATH)
                .then().statusCode(409).body("code", equalTo("PAYMENT_METHOD_NAME_TAKEN"));
        String other = create(account, Map.of("name", "Purse", "type", "cash"));
        as(account).body(Map.of("name", "wallet")).when().patch(PATH + "/" + other)
                .then().statusCode(409).body("code", equalTo("PAYMENT_METHOD_NAME_TAKEN"));
        as(account).body(Map.of("name", "PURSE")).when().patch(PATH + "/" + other).then().statusCode(200);

        Account someoneElse = TestAccounts.create("pm-unique-other");
        create(someoneElse, Map.of("name", "Wallet", "type", "cash"));
    }

    @Test
    void archivedPaymentMethodsAreListedOnlyWithIncludeArchived() {
        Account account = TestAccounts.create("pm-archive");
        String old = create(account, Map.of("name", "Old card", "type", "credit_card"));
        create(account, Map.of("name", "New card", "type", "credit_card"));
        as(account).body(Map.of("archived", true)).when().patch(PATH + "/" + old)
                .then().statusCode(200).body("archived", equalTo(true));
        as(account).when().get(PATH).then().body("name", contains("New card"));
        as(account).queryParam("include_archived", true).when().get(PATH)
                .then().body("name", contains("New card", "Old card")).body("archived", contains(false, true));
    }

    @Test
    void ifMatchGuardsPatchAndDelete() {
        Account account = TestAccounts.create("pm-ifmatch");
        String id = create(account, Map.of("name", "Card", "type", "credit_card"));
        as(account).header("If-Match", "\"0\"").body(Map.of("name", "Card A")).when().patch(PATH + "/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""));
        as(account).header("If-Match", "\"0\"").body(Map.of("name", "Card B")).when().patch(PATH + "/" + id)
                .then().statusCode(412).body("code", equalTo("VERSION_CONFLICT"));
        as(account).header("If-Match", "\"0\"").when().delete(PATH + "/" + id)
                .then().statusCode(412).body("code", equalTo("VERSION_CONFLICT"));
        as(account).when().get(PATH + "/" + id).then().body("name", equalTo("Card A"));
        as(account).header("If-Match", "\"1\"").when().delete(PATH + "/" + id).then().statusCode(204);
        as(account).when().get(PATH + "/" + id).then().statusCode(404).body("code", equalTo("PAYMENT_METHOD_NOT_FOUND"));
        as(account).when().delete(PATH + "/" + id).then().statusCode(404);
    }

    @Test
    void parallelPatchesWithOneIfMatchLetExactlyOneThrough() {
        Account account = TestAccounts.create("pm-parallel");
        String id = create(account, Map.of("name", "Contested", "type", "cash"));
        List<Response> responses = Concurrently.run(8, i -> as(account).header("If-Match", "\"0\"")
                .body(Map.of("name", "Winner " + i)).when().patch(PATH + "/" + id).then().extract().response());
        List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses.stream().filter(status -> status == 200).count()).isEqualTo(1);
        String winner = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().path("name");
        JsonPath stored = as(account).when().get(PATH + "/" + id).then().extract().jsonPath();
        assertThat(stored.getString("name")).isEqualTo(winner);
        assertThat(stored.getInt("version")).isEqualTo(1);
    }

    @Test
    void anotherUsersIdsAre404OnEveryMethodAndLeaveTheirDataUnchanged() {
        Account owner = TestAccounts.create("pm-owner");
        Account intruder = TestAccounts.create("pm-intruder");
        String id = create(owner, Map.of("name", "Private card", "type", "credit_card", "last4", "4242"));
        String url = PATH + "/" + id;
        as(intruder).when().get(url).then().statusCode(404).body("code", equalTo("PAYMENT_METHOD_NOT_FOUND"));
        as(intruder).body(Map.of("name", "Mine")).when().patch(url).then().statusCode(404)
                .body("code", equalTo("PAYMENT_METHOD_NOT_FOUND"));
        as(intruder).when().delete(url).then().statusCode(404).body("code", equalTo("PAYMENT_METHOD_NOT_FOUND"));
        as(intruder).when().get(PATH).then().body("$", hasSize(0));

        as(owner).when().get(url).then().statusCode(200)
                .body("name", equalTo("Private card")).body("version", equalTo(0)).body("last4", equalTo("4242"));
    }

    @Test
    void malformedOrUnknownIdsAre404() {
        Account account = TestAccounts.create("pm-404");
        for (String id : new String[] { "not-a-uuid", UUID.randomUUID().toString() }) {
            as(account).when().get(PATH + "/" + id).then().statusCode(404).body("code", equalTo("PAYMENT_METHOD_NOT_FOUND"));
            as(account).body(Map.of("name", "x")).when().patch(PATH + "/" + id).then().statusCode(404);
            as(account).when().delete(PATH + "/" + id).then().statusCode(404);
        }
    }

    @Test
    void everyEndpointNeedsAToken() {
        String url = PATH + "/" + UUID.randomUUID();
        given().when().get(PATH).then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "type", "cash")).when().post(PATH).then().statusCode(401);
        given().when().get(url).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("name", "x")).when().patch(url).then().statusCode(401);
        given().when().delete(url).then().statusCode(401);
    }

    static RequestSpecification as(Account account) {
        return given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON);
    }

    static String create(Account account, Map<String, ?> body) {
        return as(account).body(new HashMap<>(body)).when().post(PATH).then().statusCode(201).extract().path("id");
    }

    private static void expect422(Account account, Map<String, ?> body, String field) {
        as(account).body(body).when().post(PATH)
                .then().statusCode(422)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains(field));
    }
}
