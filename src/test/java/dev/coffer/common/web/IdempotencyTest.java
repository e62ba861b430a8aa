package dev.coffer.common.web;

import static dev.coffer.category.CategoryApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.coffer.category.CategoryApi;
import dev.coffer.testing.Concurrently;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The Idempotency-Key rules, through the creating endpoints that honour them. */
@QuarkusTest
class IdempotencyTest {

    private static final String CATEGORIES = CategoryApi.PATH;
    private static final String PAYMENT_METHODS = "/api/v1/payment-methods";

    @Test
    void sameKeyAndBodyReplaysTheFirstAnswerWithoutCreatingAgain() {
        Account account = TestAccounts.create("idem-replay");
        String key = UUID.randomUUID().toString();
        Response first = post(account, CATEGORIES, key, Map.of("name", "Replayed", "color", "#123456"));
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.header(Idempotency.REPLAYED_HEADER)).isNull();

        // The category changes in between; the replay still answers what the first request answered.
        String id = first.path("id");
        as(account).body(Map.of("icon", "later")).when().patch(CATEGORIES + "/" + id).then().statusCode(200);

        // Same body written differently (order, spacing): the same request.
        Response replay = as(account).header(Idempotency.HEADER, key)
                .body("{ \"color\" : \"#123456\",   \"name\": \"Replayed\" }").when().post(CATEGORIES)
                .then().extract().response();
        assertSameAnswer(replay, first);
        assertThat(replay.header(Idempotency.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(replay.jsonPath().getString("icon")).isNull();
        assertThat(namesOf(account)).filteredOn("Replayed"::equals).hasSize(1);
    }

    @Test
    void sameKeyWithAnotherBodyIs422AndCreatesNothing() {
        Account account = TestAccounts.create("idem-reused");
        String key = "reused-key";
        assertThat(post(account, CATEGORIES, key, Map.of("name", "First")).statusCode()).isEqualTo(201);
        as(account).header(Idempotency.HEADER, key).body(Map.of("name", "Second")).when().post(CATEGORIES)
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertThat(namesOf(account)).contains("First").doesNotContain("Second");
    }

    @Test
    void sameKeyAndBodyOnAnotherPathIs422() {
        Account account = TestAccounts.create("idem-path");
        String key = UUID.randomUUID().toString();
        String groceries = CategoryApi.create(account, "Groceries");
        String bakery = CategoryApi.create(account, "Bakery");
        assertThat(post(account, CATEGORIES + "/" + groceries + "/descriptions", key, Map.of("text", "Bread")).statusCode())
                .isEqualTo(201);
        as(account).header(Idempotency.HEADER, key).body(Map.of("text", "Bread"))
                .when().post(CATEGORIES + "/" + bakery + "/descriptions")
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        as(account).when().get(CATEGORIES + "/" + bakery + "/descriptions").then().body("$", hasSize(0));
    }

    @Test
    void keysBelongToOneUser() {
        Account first = TestAccounts.create("idem-user-a");
        Account second = TestAccounts.create("idem-user-b");
        String key = UUID.randomUUID().toString();
        Map<String, String> body = Map.of("name", "Shared key", "type", "cash");
        Response mine = post(first, PAYMENT_METHODS, key, body);
        Response theirs = post(second, PAYMENT_METHODS, key, body);
        assertThat(mine.statusCode()).isEqualTo(201);
        assertThat(theirs.statusCode()).isEqualTo(201);
        assertThat(theirs.header(Idempotency.REPLAYED_HEADER)).isNull();
        assertThat(theirs.<String>path("id")).isNotEqualTo(mine.path("id"));
    }

    @Test
    void keyMustBeOneTo255Characters() {
        Account account = TestAccounts.create("idem-length");
        as(account).header(Idempotency.HEADER, "k".repeat(256)).body(Map.of("name", "Too long key")).when().post(CATEGORIES)
                .then().statusCode(422).body("errors.field", contains(Idempotency.HEADER));
        assertThat(namesOf(account)).doesNotContain("Too long key");
        assertThat(post(account, CATEGORIES, "k".repeat(255), Map.of("name", "Longest key")).statusCode()).isEqualTo(201);
    }

    @Test
    void failedCreatesAreNotRememberedSoARetryIsEvaluatedAgain() {
        Account account = TestAccounts.create("idem-failed");
        String key = UUID.randomUUID().toString();
        String taken = CategoryApi.create(account, "Taken");
        as(account).header(Idempotency.HEADER, key).body(Map.of("name", "Taken")).when().post(CATEGORIES)
                .then().statusCode(409).body("code", equalTo("CATEGORY_NAME_TAKEN"));
        as(account).when().delete(CATEGORIES + "/" + taken).then().statusCode(204);
        Response retried = post(account, CATEGORIES, key, Map.of("name", "Taken"));
        assertThat(retried.statusCode()).isEqualTo(201);
        assertThat(retried.header(Idempotency.REPLAYED_HEADER)).isNull();
    }

    @Test
    void concurrentPostsWithOneKeyCreateOneRowAndAnswerAlike() {
        Account account = TestAccounts.create("idem-parallel");
        String key = UUID.randomUUID().toString();
        List<Response> responses = Concurrently.run(8,
                i -> post(account, PAYMENT_METHODS, key, Map.of("name", "Raced card", "type", "credit_card", "last4", "4242")));
        Response first = responses.get(0);
        assertThat(first.statusCode()).isEqualTo(201);
        for (Response response : responses) {
            assertSameAnswer(response, first);
        }
        assertThat(responses.stream().filter(r -> r.header(Idempotency.REPLAYED_HEADER) == null).count())
                .as("created once, replayed for the others").isEqualTo(1);
        as(account).when().get(PAYMENT_METHODS).then().body("name", contains("Raced card"));
    }

    @Test
    void replayOfASavedDescriptionKeepsItsStatusAndLocation() {
        Account account = TestAccounts.create("idem-desc");
        String category = CategoryApi.create(account, "Coffee");
        String key = UUID.randomUUID().toString();
        Response first = post(account, CATEGORIES + "/" + category + "/descriptions", key, Map.of("text", "Espresso"));
        assertThat(first.statusCode()).isEqualTo(201);
        Response replay = post(account, CATEGORIES + "/" + category + "/descriptions", key, Map.of("text", "Espresso"));
        assertSameAnswer(replay, first);
        as(account).when().get(CATEGORIES + "/" + category + "/descriptions").then().body("text", contains("Espresso"));
    }

    @Test
    void withoutAKeyEveryPostCreates() {
        Account account = TestAccounts.create("idem-none");
        Map<String, String> body = Map.of("name", "Twice", "type", "cash");
        as(account).body(body).when().post(PAYMENT_METHODS).then().statusCode(201).header(Idempotency.REPLAYED_HEADER, nullValue());
        as(account).body(body).when().post(PAYMENT_METHODS).then().statusCode(409);
    }

    private static Response post(Account account, String path, String key, Map<String, ?> body) {
        return as(account).header(Idempotency.HEADER, key).body(body).when().post(path).then().extract().response();
    }

    private static void assertSameAnswer(Response actual, Response expected) {
        assertThat(actual.statusCode()).isEqualTo(expected.statusCode());
        assertThat(actual.asString()).isEqualTo(expected.asString());
        assertThat(actual.header("Location")).isEqualTo(expected.header("Location"));
        assertThat(actual.header("ETag")).isEqualTo(expected.header("ETag"));
        assertThat(actual.contentType()).isEqualTo(expected.contentType());
    }

    private static List<String> namesOf(Account account) {
        return as(account).when().get(CATEGORIES).then().statusCode(200).extract().jsonPath().getList("name", String.class);
    }
}
