package dev.coffer.expense;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.Concurrently;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** The expense endpoints over HTTP only, so that {@link ExpenseIT} re-runs them against the packaged application. */
@QuarkusTest
class ExpenseResourceTest {

    private static final String EXPENSES = "/api/v1/expenses";

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static RequestSpecification as(Account account) {
        return given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON);
    }

    /** A valid body for {@code account}: 25.50 USD today in its first category, overridden by {@code fields}. */
    private static Map<String, Object> body(Account account, Object... fields) {
        Map<String, Object> body = new HashMap<>();
        body.put("amount", "25.50");
        body.put("currency", "USD");
        body.put("date", today().toString());
        body.put("category_id", CategoryIds.first(account).toString());
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return body;
    }

    private static ValidatableResponse post(Account account, Map<String, Object> body) {
        return as(account).body(body).when().post(EXPENSES).then();
    }

    private static String create(Account account, Object... fields) {
        return post(account, body(account, fields)).statusCode(201).extract().path("id");
    }

    private static void refused(Account account, String field, Object... fields) {
        post(account, body(account, fields)).statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains(field));
    }

    // --- create and read --------------------------------------------------------------------------

    @Test
    void createAnswers201WithLocationETagAndEveryField() {
        Account account = TestAccounts.create("expense-create");
        UUID category = CategoryIds.of(account).get(2);
        Response created = as(account)
                .body(Map.of("amount", "25.5", "currency", "USD", "date", "2025-02-21", "category_id",
                        category.toString(), "description", "  Lunch  ", "merchant", "Chez Marcel",
                        "notes", "with the team", "tags", List.of(" work ", "team", "work")))
                .when().post(EXPENSES);
        created.then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("amount", equalTo("25.50"))
                .body("currency", equalTo("USD"))
                .body("date", equalTo("2025-02-21"))
                .body("category_id", equalTo(category.toString()))
                .body("payment_method_id", nullValue())
                .body("description", equalTo("Lunch"))
                .body("merchant", equalTo("Chez Marcel"))
                .body("notes", equalTo("with the team"))
                .body("tags", contains("work", "team"))
                .body("recurring_expense_id", nullValue())
                .body("version", equalTo(0))
                .body("created_at", endsWith("Z"))
                .body("updated_at", endsWith("Z"));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(EXPENSES + "/" + id);
        assertThat(created.jsonPath().getMap("").keySet()).containsExactlyInAnyOrder("id", "amount", "currency",
                "date", "category_id", "payment_method_id", "description", "merchant", "notes", "tags", "converted",
                "recurring_expense_id", "version", "created_at", "updated_at");

        as(account).when().get(created.header("Location"))
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("amount", equalTo("25.50"))
                .body("tags", contains("work", "team"));
    }

    @Test
    void anExpenseInTheBaseCurrencyIsConvertedAtRateOneOnItsOwnDate() {
        Account account = TestAccounts.create("expense-identity");
        post(account, body(account, "amount", "12.30", "date", "2025-03-01"))
                .statusCode(201)
                .body("converted.amount", equalTo("12.30"))
                .body("converted.currency", equalTo("USD"))
                .body("converted.rate", equalTo("1"))
                .body("converted.rate_date", equalTo("2025-03-01"))
                .body("converted.source", equalTo("identity"));
    }

    @Test
    void currencyDefaultsToTheUsersBaseCurrency() {
        Account account = TestAccounts.create("expense-default-currency");
        Map<String, Object> body = body(account);
        body.remove("currency");
        post(account, body).statusCode(201).body("currency", equalTo("USD"));
    }

    @Test
    void amountsAreScaledToTheCurrencysMinorUnits() {
        Account account = TestAccounts.create("expense-scale");
        refused(account, "amount", "amount", "1.5", "currency", "JPY");
        post(account, body(account, "amount", "1500", "currency", "JPY")).statusCode(201).body("amount", equalTo("1500"));
        post(account, body(account, "amount", "1.25", "currency", "BHD")).statusCode(201).body("amount", equalTo("1.250"));
        post(account, body(account, "amount", "1.234", "currency", "BHD")).statusCode(201).body("amount", equalTo("1.234"));
        refused(account, "amount", "amount", "1.2345", "currency", "BHD");
        refused(account, "amount", "amount", "25.505", "currency", "USD");
        post(account, body(account, "amount", "25.5000", "currency", "USD")).statusCode(201).body("amount", equalTo("25.50"));
    }

    @Test
    void amountIsReadExactlyAsAJsonNumberOrAString() {
        Account account = TestAccounts.create("expense-number");
        // 999999999999.99 and 0.1 have no exact binary form: read through a double they would gain digits.
        as(account).body(json(account, "999999999999.99"))
                .when().post(EXPENSES).then().statusCode(201).body("amount", equalTo("999999999999.99"));
        as(account).body(json(account, "0.1")).when().post(EXPENSES)
                .then().statusCode(201).body("amount", equalTo("0.10"));
        as(account).body(json(account, "12")).when().post(EXPENSES)
                .then().statusCode(201).body("amount", equalTo("12.00"));
        post(account, body(account, "amount", "999999999999.99")).statusCode(201)
                .body("amount", equalTo("999999999999.99"));
        as(account).body(json(account, "true")).when().post(EXPENSES)
                .then().statusCode(422).body("errors.field", contains("amount"));
        refused(account, "amount", "amount", "twelve");
    }

    /** A body whose amount is the raw JSON {@code amount} (a number, not a string). */
    private static String json(Account account, String amount) {
        return "{\"amount\": " + amount + ", \"currency\": \"USD\", \"date\": \"" + today()
                + "\", \"category_id\": \"" + CategoryIds.first(account) + "\"}";
    }

    @Test
    void amountMustBePositiveAndAtMostTheMaximum() {
        Account account = TestAccounts.create("expense-range");
        refused(account, "amount", "amount", "0");
        refused(account, "amount", "amount", "0.00");
        refused(account, "amount", "amount", "-5.00");
        refused(account, "amount", "amount", "1000000000000");
        refused(account, "amount", "amount", "1E+13");
        Map<String, Object> body = body(account);
        body.remove("amount");
        post(account, body).statusCode(422).body("errors.field", contains("amount"))
                .body("errors.message", contains("is required"));
        post(account, body(account, "amount", "0.01")).statusCode(201).body("amount", equalTo("0.01"));
    }

    @Test
    void dateMayBeAtMostOneDayAhead() {
        Account account = TestAccounts.create("expense-future");
        post(account, body(account, "date", today().plusDays(1).toString())).statusCode(201);
        refused(account, "date", "date", today().plusDays(2).toString());
        refused(account, "date", "date", "2025-02-30");
        refused(account, "date", "date", "21/02/2025");
        refused(account, "date", "date", "1899-12-31");
        Map<String, Object> body = body(account);
        body.remove("date");
        post(account, body).statusCode(422).body("errors.field", contains("date"));
    }

    @Test
    void categoryMustBeOneOfTheUsersOwn() {
        Account account = TestAccounts.create("expense-category");
        Account other = TestAccounts.create("expense-category-other");
        refused(account, "category_id", "category_id", CategoryIds.first(other).toString());
        refused(account, "category_id", "category_id", UUID.randomUUID().toString());
        refused(account, "category_id", "category_id", "not-a-uuid");
        Map<String, Object> body = body(account);
        body.remove("category_id");
        post(account, body).statusCode(422).body("errors.field", contains("category_id"));
    }

    @Test
    void paymentMethodMustBeOneOfTheUsersOwn() {
        Account account = TestAccounts.create("expense-payment-method");
        Account other = TestAccounts.create("expense-pm-other");
        refused(account, "payment_method_id", "payment_method_id", UUID.randomUUID().toString());
        refused(account, "payment_method_id", "payment_method_id", "cash");
        refused(account, "payment_method_id", "payment_method_id", paymentMethod(other, "Their card"));

        String card = paymentMethod(account, "My card");
        String id = create(account, "payment_method_id", card);
        as(account).when().get(EXPENSES + "/" + id).then().statusCode(200).body("payment_method_id", equalTo(card));
        as(account).queryParam("payment_method_id", card).when().get(EXPENSES).then().statusCode(200)
                .body("items.id", contains(id));
    }

    @Test
    void deletingAPaymentMethodKeepsItsExpensesWithoutOne() {
        Account account = TestAccounts.create("expense-pm-delete");
        String card = paymentMethod(account, "Old card");
        String id = create(account, "payment_method_id", card, "amount", "12.00");
        as(account).when().delete("/api/v1/payment-methods/" + card).then().statusCode(204);
        as(account).when().get(EXPENSES + "/" + id).then().statusCode(200)
                .body("payment_method_id", nullValue()).body("amount", equalTo("12.00"));
    }

    private static String paymentMethod(Account account, String name) {
        return as(account).body(Map.of("name", name, "type", "credit_card")).when().post("/api/v1/payment-methods")
                .then().statusCode(201).extract().path("id");
    }

    // --- Idempotency-Key ----------------------------------------------------------------------------

    @Test
    void parallelCreatesWithOneIdempotencyKeyRecordOneExpenseAndAnswerAlike() {
        Account account = TestAccounts.create("expense-idempotent");
        Map<String, Object> body = body(account, "amount", "9.99", "description", "Once only");
        String key = UUID.randomUUID().toString();
        List<Response> responses = Concurrently.run(6, i -> as(account).header("Idempotency-Key", key).body(body)
                .when().post(EXPENSES));
        for (Response response : responses) {
            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(response.header("Location")).isEqualTo(responses.getFirst().header("Location"));
            assertThat(response.header("ETag")).isEqualTo(responses.getFirst().header("ETag"));
            assertThat(response.jsonPath().getMap("$")).isEqualTo(responses.getFirst().jsonPath().getMap("$"));
        }
        assertThat(responses).filteredOn(response -> "true".equals(response.header("Idempotent-Replayed")))
                .hasSize(responses.size() - 1);
        as(account).when().get(EXPENSES).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(responses.getFirst().jsonPath().getString("id")));
    }

    @Test
    void anIdempotencyKeyReusedForAnotherBodyIsRefused() {
        Account account = TestAccounts.create("expense-idempotent-reused");
        String key = UUID.randomUUID().toString();
        as(account).header("Idempotency-Key", key).body(body(account, "amount", "1.00")).when().post(EXPENSES)
                .then().statusCode(201);
        as(account).header("Idempotency-Key", key).body(body(account, "amount", "2.00")).when().post(EXPENSES)
                .then().statusCode(422).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        as(account).when().get(EXPENSES).then().body("total", equalTo(1)).body("items[0].amount", equalTo("1.00"));
    }

    @Test
    void currencyMustBeAKnownIsoCodeInUpperCase() {
        Account account = TestAccounts.create("expense-currency");
        refused(account, "currency", "currency", "XYZ");
        refused(account, "currency", "currency", "usd");
        refused(account, "currency", "currency", "XAU");
    }

    @Test
    void tagsAreStrippedDeduplicatedAndLimited() {
        Account account = TestAccounts.create("expense-tags");
        List<String> twenty = IntStream.range(0, 20).mapToObj(i -> "tag" + i).toList();
        List<String> withDuplicates = new ArrayList<>(twenty);
        withDuplicates.addAll(List.of(" tag0", "tag1 "));
        post(account, body(account, "tags", withDuplicates)).statusCode(201)
                .body("tags", equalTo(twenty));
        List<String> twentyOne = IntStream.range(0, 21).mapToObj(i -> "tag" + i).toList();
        refused(account, "tags", "tags", twentyOne);
        post(account, body(account, "tags", List.of("x".repeat(40)))).statusCode(201);
        refused(account, "tags[1]", "tags", List.of("ok", "x".repeat(41)));
        refused(account, "tags[0]", "tags", List.of("  "));
        post(account, body(account, "tags", List.of())).statusCode(201).body("tags", empty());
    }

    @Test
    void textsHaveMaximumLengthsAndBlankMeansAbsent() {
        Account account = TestAccounts.create("expense-texts");
        post(account, body(account, "description", "d".repeat(200), "merchant", "m".repeat(200),
                "notes", "n".repeat(2000))).statusCode(201);
        refused(account, "description", "description", "d".repeat(201));
        refused(account, "merchant", "merchant", "m".repeat(201));
        refused(account, "notes", "notes", "n".repeat(2001));
        // Characters, not UTF-16 units or bytes: 200 emoji fit.
        post(account, body(account, "description", "\uD83D\uDCB8".repeat(200))).statusCode(201);
        post(account, body(account, "description", "   ", "merchant", "")).statusCode(201)
                .body("description", nullValue()).body("merchant", nullValue());
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        Account account = TestAccounts.create("expense-all-errors");
        post(account, Map.of("amount", "-1", "currency", "ZZZ", "date", today().plusDays(5).toString(),
                "description", "d".repeat(201)))
                .statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("amount", "currency", "date",
                        "category_id", "description"));
    }

    @Test
    void malformedJsonIs400() {
        Account account = TestAccounts.create("expense-malformed");
        as(account).body("{\"amount\": \"1.00\",").when().post(EXPENSES)
                .then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
        String id = create(account);
        as(account).body("{nope").when().patch(EXPENSES + "/" + id)
                .then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
        as(account).body("[").when().put(EXPENSES + "/" + id)
                .then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void unknownAndMalformedIdsAre404OnEveryMethod() {
        Account account = TestAccounts.create("expense-404");
        for (String id : List.of(UUID.randomUUID().toString(), "not-a-uuid", "123")) {
            String path = EXPENSES + "/" + id;
            as(account).when().get(path).then().statusCode(404).body("code", equalTo("EXPENSE_NOT_FOUND"));
            as(account).body(Map.of("description", "x")).when().patch(path)
                    .then().statusCode(404).body("code", equalTo("EXPENSE_NOT_FOUND"));
            as(account).body(body(account)).when().put(path)
                    .then().statusCode(404).body("code", equalTo("EXPENSE_NOT_FOUND"));
            as(account).when().delete(path).then().statusCode(404).body("code", equalTo("EXPENSE_NOT_FOUND"));
        }
    }

    @Test
    void everyEndpointNeedsAToken() {
        given().when().get(EXPENSES).then().statusCode(401).header("WWW-Authenticate", equalTo("Bearer"));
        given().contentType(ContentType.JSON).body("{}").when().post(EXPENSES).then().statusCode(401);
        given().when().get(EXPENSES + "/" + UUID.randomUUID()).then().statusCode(401);
        given().when().delete(EXPENSES + "/" + UUID.randomUUID()).then().statusCode(401);
    }

    // --- change and delete ------------------------------------------------------------------------

    @Test
    void patchChangesOnlyTheFieldsItNamesAndNullClearsOptionalOnes() {
        Account account = TestAccounts.create("expense-patch");
        String id = create(account, "description", "Lunch", "merchant", "Chez Marcel", "notes", "n",
                "tags", List.of("a", "b"));
        String path = EXPENSES + "/" + id;
        as(account).header("If-Match", "\"0\"").body(Map.of("amount", "30")).when().patch(path)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("amount", equalTo("30.00"))
                .body("description", equalTo("Lunch"))
                .body("merchant", equalTo("Chez Marcel"))
                .body("tags", contains("a", "b"))
                .body("version", equalTo(1));

        Map<String, Object> clearing = new HashMap<>();
        clearing.put("merchant", null);
        clearing.put("tags", null);
        clearing.put("notes", "  ");
        as(account).body(clearing).when().patch(path)
                .then().statusCode(200)
                .body("merchant", nullValue())
                .body("notes", nullValue())
                .body("tags", empty())
                .body("description", equalTo("Lunch"))
                .body("version", equalTo(2));

        Map<String, Object> nullAmount = new HashMap<>();
        nullAmount.put("amount", null);
        as(account).body(nullAmount).when().patch(path)
                .then().statusCode(422).body("errors.field", contains("amount"));
        // The stored 30.00 has decimals that yen do not.
        as(account).body(Map.of("currency", "JPY", "amount", "30.5")).when().patch(path)
                .then().statusCode(422).body("errors.field", contains("amount"));
        as(account).body(Map.of("date", today().plusDays(2).toString())).when().patch(path)
                .then().statusCode(422).body("errors.field", contains("date"));
        as(account).body(Map.of("category_id", UUID.randomUUID().toString())).when().patch(path)
                .then().statusCode(422).body("errors.field", contains("category_id"));
        as(account).body(Map.of("currency", "JPY", "amount", "3000")).when().patch(path)
                .then().statusCode(200).body("amount", equalTo("3000")).body("currency", equalTo("JPY"));

        as(account).header("If-Match", "\"1\"").body(Map.of("description", "stale")).when().patch(path)
                .then().statusCode(412).body("code", equalTo("VERSION_CONFLICT"));
        as(account).when().get(path).then().statusCode(200).body("description", equalTo("Lunch"))
                .header("ETag", equalTo("\"3\""));
    }

    @Test
    void putReplacesEveryEditableField() {
        Account account = TestAccounts.create("expense-put");
        List<UUID> categories = CategoryIds.of(account);
        String id = create(account, "description", "Lunch", "merchant", "Chez Marcel", "tags", List.of("a"));
        String path = EXPENSES + "/" + id;
        as(account).header("If-Match", "\"0\"")
                .body(Map.of("amount", "7", "date", "2025-01-31", "category_id", categories.get(4).toString(),
                        "notes", "replaced"))
                .when().put(path)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("amount", equalTo("7.00"))
                .body("currency", equalTo("USD"))
                .body("date", equalTo("2025-01-31"))
                .body("category_id", equalTo(categories.get(4).toString()))
                .body("description", nullValue())
                .body("merchant", nullValue())
                .body("notes", equalTo("replaced"))
                .body("tags", empty());
        as(account).header("If-Match", "\"0\"").body(body(account)).when().put(path)
                .then().statusCode(412).body("code", equalTo("VERSION_CONFLICT"));
        as(account).body(Map.of("amount", "7")).when().put(path)
                .then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("date", "category_id"));
    }

    @Test
    void deleteAnswers204AndHonoursIfMatch() {
        Account account = TestAccounts.create("expense-delete");
        String path = EXPENSES + "/" + create(account);
        as(account).header("If-Match", "\"7\"").when().delete(path)
                .then().statusCode(412).body("code", equalTo("VERSION_CONFLICT"));
        as(account).header("If-Match", "\"0\"").when().delete(path).then().statusCode(204);
        as(account).when().get(path).then().statusCode(404);
        as(account).when().delete(path).then().statusCode(404);
    }

    @Test
    void parallelPatchesWithOneIfMatchLetExactlyOneWin() throws Exception {
        Account account = TestAccounts.create("expense-race");
        String path = EXPENSES + "/" + create(account);
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String description = "writer " + i;
                Callable<Response> patch = () -> {
                    start.await();
                    return as(account).header("If-Match", "\"0\"").body(Map.of("description", description))
                            .when().patch(path);
                };
                answers.add(pool.submit(patch));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            List<Response> winners = responses.stream().filter(r -> r.statusCode() == 200).toList();
            assertThat(winners).hasSize(1);
            assertThat(responses.stream().filter(r -> r.statusCode() == 412)).hasSize(writers - 1);
            String winner = winners.getFirst().path("description");
            as(account).when().get(path).then().statusCode(200)
                    .header("ETag", equalTo("\"1\""))
                    .body("description", equalTo(winner));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anotherUsersExpenseIs404OnEveryMethodAndStaysUnchanged() {
        Account owner = TestAccounts.create("expense-owner");
        Account intruder = TestAccounts.create("expense-intruder");
        String id = create(owner, "description", "mine", "tags", List.of("private"));
        String path = EXPENSES + "/" + id;
        String before = as(owner).when().get(path).then().statusCode(200).extract().asString();

        as(intruder).when().get(path).then().statusCode(404).body("code", equalTo("EXPENSE_NOT_FOUND"));
        as(intruder).body(Map.of("description", "taken")).when().patch(path).then().statusCode(404);
        as(intruder).header("If-Match", "\"0\"").body(Map.of("description", "taken")).when().patch(path)
                .then().statusCode(404);
        as(intruder).body(body(intruder)).when().put(path).then().statusCode(404);
        as(intruder).when().delete(path).then().statusCode(404);
        as(intruder).header("If-Match", "\"0\"").when().delete(path).then().statusCode(404);
        as(intruder).when().get(EXPENSES).then().statusCode(200).body("total", equalTo(0)).body("items", empty());
        as(intruder).queryParam("tag", "private").when().get(EXPENSES).then().statusCode(200).body("total", equalTo(0));

        String after = as(owner).when().get(path).then().statusCode(200).extract().asString();
        assertThat(after).isEqualTo(before);
    }

    // --- list ---------------------------------------------------------------------------------------

    @Test
    void listIsNewestFirstByDefaultAndPagesStably() {
        Account account = TestAccounts.create("expense-list");
        String older = create(account, "date", "2025-01-10");
        String first = create(account, "date", "2025-01-20");
        String second = create(account, "date", "2025-01-20");
        String newest = create(account, "date", "2025-01-30");

        as(account).when().get(EXPENSES).then().statusCode(200)
                .body("items.id", contains(newest, second, first, older))
                .body("total", equalTo(4)).body("page", equalTo(1)).body("size", equalTo(50))
                .body("pages", equalTo(1));
        as(account).queryParam("size", 3).queryParam("page", 2).when().get(EXPENSES).then().statusCode(200)
                .body("items.id", contains(older))
                .body("total", equalTo(4)).body("page", equalTo(2)).body("size", equalTo(3)).body("pages", equalTo(2));
        as(account).queryParam("size", 3).queryParam("page", 3).when().get(EXPENSES).then().statusCode(200)
                .body("items", empty()).body("total", equalTo(4)).body("pages", equalTo(2));
        as(account).queryParam("size", 200).when().get(EXPENSES).then().statusCode(200).body("total", equalTo(4));
        as(account).queryParam("size", 201).when().get(EXPENSES).then().statusCode(422)
                .body("errors.field", contains("size"));
        as(account).queryParam("page", 0).when().get(EXPENSES).then().statusCode(422)
                .body("errors.field", contains("page"));
    }

    @Test
    void listSortsByTheRequestedFields() {
        Account account = TestAccounts.create("expense-sort");
        String a = create(account, "amount", "30", "date", "2025-01-02");
        String b = create(account, "amount", "10", "date", "2025-01-03");
        String c = create(account, "amount", "20", "date", "2025-01-01");
        String d = create(account, "amount", "10", "date", "2025-01-01");

        as(account).queryParam("sort", "amount").when().get(EXPENSES).then().statusCode(200)
                .body("items.id", contains(lower(b, d), higher(b, d), c, a));
        as(account).queryParam("sort", "-amount,date").when().get(EXPENSES).then().statusCode(200)
                .body("items.id", contains(a, c, d, b));
        as(account).queryParam("sort", "date,-amount").when().get(EXPENSES).then().statusCode(200)
                .body("items.id", contains(c, d, a, b));
        as(account).queryParam("sort", "created_at").when().get(EXPENSES).then().statusCode(200)
                .body("items.id", contains(a, b, c, d));
        as(account).queryParam("sort", "-created_at").when().get(EXPENSES).then().statusCode(200)
                .body("items.id", contains(d, c, b, a));
        as(account).queryParam("sort", "merchant").when().get(EXPENSES).then().statusCode(422)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", contains("sort"));
        as(account).queryParam("sort", "date,id").when().get(EXPENSES).then().statusCode(422)
                .body("errors.field", contains("sort"));
    }

    /** Of two ids, the one Postgres orders first (uuid order is the order of their hex digits). */
    private static String lower(String one, String other) {
        return one.compareTo(other) < 0 ? one : other;
    }

    private static String higher(String one, String other) {
        return one.compareTo(other) < 0 ? other : one;
    }

    @Test
    void listFiltersCombine() {
        Account account = TestAccounts.create("expense-filters");
        List<UUID> categories = CategoryIds.of(account);
        String food = categories.get(2).toString();
        String travel = categories.get(9).toString();
        String match = create(account, "date", "2025-02-10", "category_id", food, "amount", "40.00",
                "tags", List.of("work", "team"), "description", "Team LUNCH");
        create(account, "date", "2025-02-10", "category_id", food, "amount", "40.00", "tags", List.of("work"),
                "description", "Team lunch");
        create(account, "date", "2025-03-10", "category_id", food, "amount", "40.00", "tags", List.of("work", "team"),
                "description", "Team lunch");
        create(account, "date", "2025-02-11", "category_id", travel, "amount", "90.00",
                "tags", List.of("work", "team"), "merchant", "Lunch Air");
        String yen = create(account, "date", "2025-02-12", "category_id", travel, "amount", "4000", "currency", "JPY",
                "notes", "lunch");

        ValidatableResponse combined = as(account)
                .queryParam("start_date", "2025-02-01").queryParam("end_date", "2025-02-28")
                .queryParam("category_id", food).queryParam("tag", "work").queryParam("tag", "team")
                .queryParam("q", "lunch").queryParam("min_amount", "39.99").queryParam("max_amount", "40")
                .queryParam("currency", "USD")
                .when().get(EXPENSES).then().statusCode(200);
        combined.body("items.id", contains(match)).body("total", equalTo(1));

        // Category is "any of", the end date inclusive, the amount in the expense's own currency.
        as(account).queryParam("category_id", food).queryParam("category_id", travel)
                .queryParam("end_date", "2025-02-11").when().get(EXPENSES)
                .then().statusCode(200).body("total", equalTo(3));
        as(account).queryParam("min_amount", "1000").when().get(EXPENSES)
                .then().statusCode(200).body("items.id", contains(yen));
        as(account).queryParam("currency", "JPY").when().get(EXPENSES)
                .then().statusCode(200).body("items.id", contains(yen));
        // q looks into description, merchant and notes, in any case.
        as(account).queryParam("q", "LUNCH").when().get(EXPENSES).then().statusCode(200).body("total", equalTo(5));
        as(account).queryParam("start_date", "2025-02-10").queryParam("end_date", "2025-02-10").when().get(EXPENSES)
                .then().statusCode(200).body("total", equalTo(2));
        as(account).queryParam("payment_method_id", UUID.randomUUID().toString()).when().get(EXPENSES)
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void qMatchesPercentAndUnderscoreLiterally() {
        Account account = TestAccounts.create("expense-q");
        String percent = create(account, "description", "100% refund");
        String underscore = create(account, "description", "snake_case");
        create(account, "description", "100 refunds and snakecase");
        as(account).queryParam("q", "0%").when().get(EXPENSES).then().statusCode(200)
                .body("items.id", contains(percent));
        as(account).queryParam("q", "e_c").when().get(EXPENSES).then().statusCode(200)
                .body("items.id", contains(underscore));
        as(account).queryParam("q", "\\").when().get(EXPENSES).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void malformedFiltersAre422NamingTheParameter() {
        Account account = TestAccounts.create("expense-bad-filters");
        Map<String, String> bad = Map.of("start_date", "2025-02-30", "end_date", "yesterday",
                "category_id", "food", "payment_method_id", "cash", "currency", "eur", "min_amount", "ten",
                "max_amount", "1e99999");
        bad.forEach((parameter, value) -> as(account).queryParam(parameter, value).when().get(EXPENSES)
                .then().statusCode(422)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains(parameter)));
        as(account).queryParam("start_date", "2025-03-01").queryParam("end_date", "2025-02-01").when().get(EXPENSES)
                .then().statusCode(422).body("errors.field", contains("start_date"));
        as(account).queryParam("min_amount", "50").queryParam("max_amount", "10").when().get(EXPENSES)
                .then().statusCode(422).body("errors.field", contains("min_amount"));
        as(account).queryParam("q", "q".repeat(201)).when().get(EXPENSES)
                .then().statusCode(422).body("errors.field", contains("q"));
        as(account).queryParam("category_id", UUID.randomUUID().toString()).queryParam("category_id", "x")
                .when().get(EXPENSES).then().statusCode(422).body("errors.field", hasItem("category_id"));
    }
}
