package dev.coffer.expense;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.coffer.category.CategoryApi;
import dev.coffer.testing.Concurrently;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** POST /api/v1/expenses/import over HTTP only, so that {@link ExpenseImportIT} re-runs it against the package. */
@QuarkusTest
class ExpenseImportTest {

    static final String IMPORT = "/api/v1/expenses/import";
    static final String EXPENSES = "/api/v1/expenses";
    static final String HEADER = "date,amount,currency,category,description,merchant,notes,tags,payment_method\n";

    static ValidatableResponse importCsv(Account account, String csv, String query) {
        return given().auth().oauth2(account.accessToken()).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post(IMPORT + (query == null ? "" : "?" + query)).then();
    }

    static JsonPath imported(Account account, String csv, String query) {
        return importCsv(account, csv, query).statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    /** Every expense of the account, oldest first, as the list answers them. */
    static List<Map<String, Object>> expenses(Account account) {
        return given().auth().oauth2(account.accessToken())
                .when().get(EXPENSES + "?size=200&sort=date,amount").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    static String paymentMethod(Account account, String name) {
        return given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "type", "credit_card"))
                .when().post("/api/v1/payment-methods").then().statusCode(201).extract().path("id");
    }

    /** Id -> name of the account's categories or payment methods ({@code path} lists them, archived ones too). */
    static Map<String, String> names(Account account, String path) {
        List<Map<String, Object>> items = given().auth().oauth2(account.accessToken())
                .when().get(path + "?include_archived=true").then().statusCode(200).extract().jsonPath().getList("");
        Map<String, String> names = new java.util.HashMap<>();
        items.forEach(item -> names.put((String) item.get("id"), (String) item.get("name")));
        return names;
    }

    /** The account's payment methods, archived ones included, in name order. */
    static List<Map<String, Object>> paymentMethods(Account account) {
        return given().auth().oauth2(account.accessToken())
                .when().get("/api/v1/payment-methods?include_archived=true").then().statusCode(200)
                .extract().jsonPath().getList("");
    }

    static String categoryId(Account account, String name) {
        return CategoryApi.as(account).when().get(CategoryApi.PATH).then().statusCode(200).extract().jsonPath()
                .getString("find { it.name == '" + name + "' }.id");
    }

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    // --- importing -----------------------------------------------------------------------------

    @Test
    void importWritesEveryRowWithNamesMatchedRegardlessOfCaseAndConversions() {
        Account account = TestAccounts.create("import-happy");
        String visa = paymentMethod(account, "Visa");
        String csv = HEADER
                + "2025-02-21,25.5,USD,food & dining,  Lunch  ,Chez Marcel,with the team,work;team,VISA\n"
                + "2025-02-22,3000,JPY,Transport,Taxi,,,,\n"
                + "2025-02-23,12.00,,Health,Pharmacy,,,,\n";

        JsonPath result = imported(account, csv, null);

        assertThat(result.getInt("imported")).isEqualTo(3);
        assertThat(result.getInt("skipped_duplicates")).isZero();
        assertThat(result.getInt("rejected")).isZero();
        assertThat(result.getBoolean("dry_run")).isFalse();
        assertThat(result.getList("errors")).isEmpty();
        List<Map<String, Object>> stored = expenses(account);
        assertThat(stored).hasSize(3);
        Map<String, Object> lunch = stored.get(0);
        assertThat(lunch).containsEntry("amount", "25.50").containsEntry("currency", "USD")
                .containsEntry("date", "2025-02-21").containsEntry("description", "Lunch")
                .containsEntry("merchant", "Chez Marcel").containsEntry("notes", "with the team")
                .containsEntry("tags", List.of("work", "team")).containsEntry("payment_method_id", visa)
                .containsEntry("category_id", categoryId(account, "Food & Dining"));
        // USD is the account's base currency: converted at once, at rate 1.
        assertThat(lunch.get("converted")).isEqualTo(Map.of("amount", "25.50", "currency", "USD", "rate", "1",
                "rate_date", "2025-02-21", "source", "identity"));
        assertThat(stored.get(1)).containsEntry("amount", "3000").containsEntry("currency", "JPY")
                .containsEntry("merchant", null).containsEntry("tags", List.of())
                .containsEntry("payment_method_id", null);
        assertThat(stored.get(2)).containsEntry("currency", "USD").containsEntry("amount", "12.00");
    }

    @Test
    void badRowsAreListedByLineAndNothingIsWritten() {
        Account account = TestAccounts.create("import-bad");
        String csv = HEADER
                + "2025-02-21,10.00,USD,Transport,Good one,,,,\n"
                + "2025-02-22,1.5,JPY,Transport,Too many decimals,,,,\n"
                + "2025-02-23,5.00,USD,Transport,\"A quoted\nnote spanning lines\",,,,\n"
                + "not-a-date,5.00,USD,Transport,,,,,\n"
                + "2025-02-24,5.00,USD,Transport,,,,,Brand New Card\n"
                + "2025-02-25,7.00,USD,Brand New Category,Fine too,,,,\n";

        JsonPath result = imported(account, csv, null);

        assertThat(result.getInt("imported")).isZero();
        assertThat(result.getInt("rejected")).isEqualTo(2);
        assertThat(result.getList("errors.line", Integer.class)).containsExactly(3, 6);
        assertThat(result.getList("errors.message", String.class)).containsExactly(
                "amount: has more decimals than JPY allows (0)",
                "date: must be a date as YYYY-MM-DD");
        assertThat(expenses(account)).isEmpty();
        assertThat(categoryId(account, "Brand New Category")).isNull();
        assertThat(paymentMethods(account)).isEmpty();
    }

    @Test
    void partialWritesTheGoodRowsAndListsTheBadOnes() {
        Account account = TestAccounts.create("import-partial");
        String csv = HEADER
                + "2025-02-21,10.00,USD,Transport,Bus,,,,\n"
                + "2025-02-22,-3,USD,Transport,Negative,,,,\n"
                + "2025-02-23,4.00,usd,Transport,Lower-case currency,,,,\n"
                + "2025-02-24,6.00,USD,Transport,Train,,,,\n";

        JsonPath result = imported(account, csv, "partial=true");

        assertThat(result.getInt("imported")).isEqualTo(2);
        assertThat(result.getInt("rejected")).isEqualTo(2);
        assertThat(result.getList("errors.line", Integer.class)).containsExactly(3, 4);
        assertThat(result.getString("errors[1].message")).startsWith("currency: ");
        assertThat(expenses(account)).extracting(expense -> expense.get("description")).containsExactly("Bus", "Train");
    }

    @Test
    void everyRuleOfARowIsReportedWithItsField() {
        Account account = TestAccounts.create("import-rules");
        String tooLong = "x".repeat(201);
        String manyTags = String.join(";", java.util.stream.IntStream.range(0, 21).mapToObj(i -> "t" + i).toList());
        String csv = HEADER
                + LocalDate.now(ZoneOffset.UTC).plusDays(5) + ",abc,USD,,\"" + tooLong + "\",,,\"" + manyTags + "\",\n"
                + "2025-02-21,10.00,USD,Transport,,,,a;;b,\n"
                + "2025-02-21,10.00,USD,Transport,,,\n";

        JsonPath result = imported(account, csv, "partial=true");

        assertThat(result.getList("errors.message", String.class)).containsExactly(
                "amount: must be a decimal number such as 25.50",
                "date: must be at most one day after today (" + today() + " in your time zone)",
                "category: is required",
                "description: must be at most 200 characters",
                "tags: must hold at most 20 distinct tags",
                "tags[1]: must not be blank",
                "has 7 values but the header has 9 columns");
        assertThat(result.getList("errors.line", Integer.class)).containsExactly(2, 2, 2, 2, 2, 3, 4);
        assertThat(result.getInt("rejected")).isEqualTo(3);
    }

    @Test
    void dryRunReportsWhatAnImportWouldDoAndWritesNothing() {
        Account account = TestAccounts.create("import-dry");
        String csv = HEADER
                + "2025-02-21,10.00,USD,Groceries,Market,,,,\n"
                + "2025-02-21,10.00,USD,Groceries,Market,,,,\n"
                + "2025-02-22,11.00,USD,Groceries,Market,,,,\n";

        JsonPath result = imported(account, csv, "dry_run=true");

        assertThat(result.getInt("imported")).isEqualTo(2);
        assertThat(result.getInt("skipped_duplicates")).isEqualTo(1);
        assertThat(result.getBoolean("dry_run")).isTrue();
        assertThat(expenses(account)).isEmpty();
        assertThat(categoryId(account, "Groceries")).isNull();

        JsonPath real = imported(account, csv, null);
        assertThat(real.getInt("imported")).isEqualTo(2);
        assertThat(real.getInt("skipped_duplicates")).isEqualTo(1);
        assertThat(expenses(account)).hasSize(2);
    }

    @Test
    void reimportingTheSameFileImportsNothing() {
        Account account = TestAccounts.create("import-again");
        String csv = HEADER
                + "2025-02-21,10.00,USD,Transport,Bus,,,,\n"
                + "2025-02-21,10.00,USD,Transport,Bus,Other merchant,,,\n"
                + "2025-02-21,10,USD,Transport,Bus,,,,\n"
                + "2025-02-21,10.00,EUR,Transport,Bus,,,,\n";

        JsonPath first = imported(account, csv, null);
        assertThat(first.getInt("imported")).isEqualTo(3);
        assertThat(first.getInt("skipped_duplicates")).isEqualTo(1);

        JsonPath second = imported(account, csv, null);
        assertThat(second.getInt("imported")).isZero();
        assertThat(second.getInt("skipped_duplicates")).isEqualTo(4);
        assertThat(expenses(account)).hasSize(3);
    }

    @Test
    void duplicatesAreFoundAcrossBatches() {
        Account account = TestAccounts.create("import-batches");
        StringBuilder csv = new StringBuilder(HEADER);
        int rows = ExpenseImporter.BATCH_SIZE + 100;
        for (int i = 0; i < rows; i++) {
            csv.append("2025-01-01,").append(i % 50 + 1).append(".00,USD,Transport,Row ").append(i % 50).append(",,,,\n");
        }

        JsonPath result = imported(account, csv.toString(), null);

        assertThat(result.getInt("imported")).isEqualTo(50);
        assertThat(result.getInt("skipped_duplicates")).isEqualTo(rows - 50);
    }

    @Test
    void theSameFileSentTwiceAtOnceIsImportedOnce() {
        Account account = TestAccounts.create("import-race");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 300; i++) {
            csv.append("2025-01-02,").append(i + 1).append(".00,USD,Race Category,Row ").append(i)
                    .append(",,,,Race Card\n");
        }

        List<JsonPath> results = Concurrently.run(2, i -> imported(account, csv.toString(), null));

        assertThat(results).extracting(result -> result.getInt("imported")).containsExactlyInAnyOrder(300, 0);
        assertThat(results).extracting(result -> result.getInt("skipped_duplicates")).containsExactlyInAnyOrder(0, 300);
        assertThat(given().auth().oauth2(account.accessToken()).when().get(EXPENSES).then().statusCode(200)
                .extract().jsonPath().getInt("total")).isEqualTo(300);
        assertThat(categoryId(account, "Race Category")).isNotNull();
        assertThat(paymentMethods(account)).extracting(method -> method.get("name")).containsExactly("Race Card");
    }

    @Test
    void unknownCategoriesAreCreatedOnceAsTopLevelCategories() {
        Account account = TestAccounts.create("import-category");
        String csv = HEADER
                + "2025-02-21,10.00,USD,Garden,Seeds,,,,\n"
                + "2025-02-22,12.00,USD,GARDEN,Hose,,,,\n";

        assertThat(imported(account, csv, null).getInt("imported")).isEqualTo(2);

        String garden = categoryId(account, "Garden");
        assertThat(garden).isNotNull();
        JsonPath category = CategoryApi.get(account, garden);
        assertThat(category.getString("parent_id")).isNull();
        assertThat(category.getString("color")).isEqualTo("#8D99AE");
        assertThat(expenses(account)).extracting(expense -> expense.get("category_id")).containsOnly(garden);
    }

    @Test
    void aPaymentMethodTheUserLacksIsCreatedOnceAsOtherHoweverItsRowsCaseAndSpaceIt() {
        Account account = TestAccounts.create("import-pm-new");
        StringBuilder csv = new StringBuilder(HEADER);
        List<String> spellings = List.of(" Revolut  ", "REVOLUT", "revolut", "\"  rEVOLUT\"");
        // More rows than a batch, so that rows of the second batch find the method the first created.
        int rows = ExpenseImporter.BATCH_SIZE + 20;
        for (int i = 0; i < rows; i++) {
            csv.append("2025-01-03,").append(i + 1).append(".00,USD,Transport,Row ").append(i).append(",,,,")
                    .append(spellings.get(i % spellings.size())).append('\n');
        }

        JsonPath result = imported(account, csv.toString(), null);

        assertThat(result.getList("errors")).isEmpty();
        assertThat(result.getInt("imported")).isEqualTo(rows);
        List<Map<String, Object>> methods = paymentMethods(account);
        assertThat(methods).hasSize(1);
        assertThat(methods.getFirst()).containsEntry("name", "Revolut").containsEntry("type", "other")
                .containsEntry("last4", null).containsEntry("archived", false);
        given().auth().oauth2(account.accessToken())
                .when().get(EXPENSES + "?payment_method_id=" + methods.getFirst().get("id")).then().statusCode(200)
                .body("total", equalTo(rows));
    }

    @Test
    void anExistingPaymentMethodIsReusedArchivedOrNotAsItIs() {
        Account account = TestAccounts.create("import-pm-existing");
        String visa = paymentMethod(account, "Visa");
        String old = paymentMethod(account, "Old Card");
        given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON).body(Map.of("archived", true))
                .when().patch("/api/v1/payment-methods/" + old).then().statusCode(200);
        String csv = HEADER
                + "2025-02-21,10.00,USD,Transport,Bus,,,, visa \n"
                + "2025-02-22,11.00,USD,Transport,Tram,,,,OLD CARD\n";

        JsonPath result = imported(account, csv, null);

        assertThat(result.getInt("imported")).isEqualTo(2);
        assertThat(expenses(account)).extracting(expense -> expense.get("payment_method_id")).containsExactly(visa, old);
        assertThat(paymentMethods(account)).extracting(method -> List.of(method.get("name"), method.get("type"),
                method.get("archived"))).containsExactly(List.of("Old Card", "credit_card", true),
                        List.of("Visa", "credit_card", false));
    }

    @Test
    void aNameTooLongForAPaymentMethodIsAnErrorOfItsRow() {
        Account account = TestAccounts.create("import-pm-long");
        // 60 characters is the longest name, whatever their bytes in UTF-8.
        String longest = "\u00E9".repeat(60);
        String csv = HEADER
                + "2025-02-21,10.00,USD,Transport,Bus,,,," + "x".repeat(61) + "\n"
                + "2025-02-22,11.00,USD,Transport,Tram,,,," + longest + "\n";

        JsonPath refused = imported(account, csv, null);
        assertThat(refused.getInt("imported")).isZero();
        assertThat(refused.getList("errors.line", Integer.class)).containsExactly(2);
        assertThat(refused.getList("errors.message", String.class))
                .containsExactly("payment_method: must be at most 60 characters");
        assertThat(paymentMethods(account)).isEmpty();

        JsonPath partial = imported(account, csv, "partial=true");
        assertThat(partial.getInt("imported")).isEqualTo(1);
        assertThat(partial.getInt("rejected")).isEqualTo(1);
        assertThat(paymentMethods(account)).extracting(method -> method.get("name")).containsExactly(longest);
    }

    @Test
    void onlyAValidRowOfAWritingImportCreatesAPaymentMethod() {
        Account account = TestAccounts.create("import-pm-dry");
        String csv = HEADER
                + "2025-02-21,10.00,USD,Transport,Bus,,,,Card A\n"
                + "2025-02-22,abc,USD,Transport,Tram,,,,Card B\n";

        JsonPath dry = imported(account, csv, "partial=true&dry_run=true");
        assertThat(dry.getInt("imported")).isEqualTo(1);
        assertThat(dry.getInt("rejected")).isEqualTo(1);
        assertThat(paymentMethods(account)).isEmpty();

        assertThat(imported(account, csv, null).getInt("imported")).isZero();
        assertThat(paymentMethods(account)).isEmpty();

        JsonPath partial = imported(account, csv, "partial=true");
        assertThat(partial.getInt("imported")).isEqualTo(1);
        assertThat(paymentMethods(account)).extracting(method -> method.get("name")).containsExactly("Card A");
    }

    @Test
    void anImportAndACreateOfTheSamePaymentMethodAtOnceLeaveOneThatEveryRowNames() {
        Account account = TestAccounts.create("import-pm-race");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 300; i++) {
            csv.append("2025-01-04,").append(i + 1).append(".00,USD,Transport,Row ").append(i).append(",,,,Shared Card\n");
        }

        List<Integer> outcomes = Concurrently.run(2, i -> i == 0
                ? imported(account, csv.toString(), null).getInt("imported")
                : given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON)
                        .body(Map.of("name", "Shared Card", "type", "credit_card"))
                        .when().post("/api/v1/payment-methods").then().extract().statusCode());

        assertThat(outcomes.get(0)).isEqualTo(300);
        assertThat(outcomes.get(1)).isIn(201, 409);
        List<Map<String, Object>> methods = paymentMethods(account);
        assertThat(methods).hasSize(1);
        // Whichever was first made it: a create that lost is told the name is taken.
        assertThat(methods.getFirst()).containsEntry("name", "Shared Card")
                .containsEntry("type", outcomes.get(1) == 201 ? "credit_card" : "other");
        given().auth().oauth2(account.accessToken())
                .when().get(EXPENSES + "?payment_method_id=" + methods.getFirst().get("id")).then().statusCode(200)
                .body("total", equalTo(300));
    }

    @Test
    void mapRenamesTheFilesColumnsAndOtherColumnsAreIgnored() {
        Account account = TestAccounts.create("import-map");
        String csv = "Datum;x,Betrag,Kategorie,Waehrung,Ignored\n"
                + "2025-02-21,9.99,Transport,EUR,whatever\n";

        JsonPath result = imported(account, csv,
                "map=datum;x:date,BETRAG:amount,Kategorie:category,Waehrung:currency");

        assertThat(result.getInt("imported")).isEqualTo(1);
        assertThat(expenses(account).getFirst()).containsEntry("amount", "9.99").containsEntry("currency", "EUR")
                .containsEntry("date", "2025-02-21");
    }

    @Test
    void aMapToAnUnknownFieldOrAMalformedMapIsRefusedNamingMap() {
        Account account = TestAccounts.create("import-map-bad");
        for (String map : List.of("Betrag:price", "Betrag", "Betrag:amount,betrag:date")) {
            importCsv(account, HEADER, "map=" + map).statusCode(422)
                    .contentType(startsWith("application/problem+json"))
                    .body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors.field", contains("map"));
        }
        // The header's own amount column gives way to the mapped one, which it does not have.
        importCsv(account, HEADER, "map=Betrag:amount").statusCode(422)
                .body("errors.field", contains("map", "body"))
                .body("errors[0].message", containsString("'betrag'"));
    }

    @Test
    void aHeaderWithoutARequiredColumnIsRefused() {
        Account account = TestAccounts.create("import-columns");
        importCsv(account, "date,currency,description\n2025-02-21,USD,Lunch\n", null).statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("body", "body"))
                .body("errors.message", hasItem(containsString("amount")))
                .body("errors.message", hasItem(containsString("category")));
        importCsv(account, "", null).statusCode(422).body("errors.field", contains("body"));
        importCsv(account, "date,amount,category,Amount\n", null).statusCode(422).body("errors.field", contains("body"));
    }

    @Test
    void malformedFlagsAreRefused() {
        Account account = TestAccounts.create("import-flags");
        importCsv(account, HEADER, "partial=yes").statusCode(422).body("errors.field", contains("partial"));
        importCsv(account, HEADER, "dry_run=1").statusCode(422).body("errors.field", contains("dry_run"));
    }

    @Test
    void aHeaderOnlyFileImportsNothing() {
        Account account = TestAccounts.create("import-empty");
        JsonPath result = imported(account, HEADER, null);
        assertThat(result.getInt("imported")).isZero();
        assertThat(result.getList("errors")).isEmpty();
    }

    @Test
    void aSyntaxErrorStopsReadingAndIsReportedOnItsLine() {
        Account account = TestAccounts.create("import-syntax");
        String csv = HEADER
                + "2025-02-21,10.00,USD,Transport,Bus,,,,\n"
                + "2025-02-22,11.00,USD,Transport,\"unclosed,,,,\n"
                + "2025-02-23,12.00,USD,Transport,Tram,,,,\n";

        JsonPath result = imported(account, csv, "partial=true");

        assertThat(result.getInt("imported")).isEqualTo(1);
        assertThat(result.getList("errors.line", Integer.class)).containsExactly(3);
        assertThat(result.getString("errors[0].message")).startsWith("is not valid CSV");
    }

    @Test
    void aBodyNotSentAsCsvIs415() {
        Account account = TestAccounts.create("import-415");
        given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON).body("{}")
                .when().post(IMPORT)
                .then().statusCode(415)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void aBodyOver10MiBIs413AndOneJustUnderIsRead() {
        Account account = TestAccounts.create("import-413");
        byte[] tooLarge = paddedCsv(10 * 1024 * 1024 + 1);
        given().auth().oauth2(account.accessToken()).contentType("text/csv").body(tooLarge)
                .when().post(IMPORT)
                .then().statusCode(413)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("PAYLOAD_TOO_LARGE"));
        // Sent in chunks, without a Content-Length to refuse it by: counted as it is read.
        given().auth().oauth2(account.accessToken()).contentType("text/csv")
                .body(new java.io.ByteArrayInputStream(tooLarge))
                .when().post(IMPORT)
                .then().statusCode(413)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("PAYLOAD_TOO_LARGE"));
        assertThat(expenses(account)).isEmpty();
        // Larger than the 1 MiB of other requests, within the import's 10 MiB.
        JsonPath result = imported(account, new String(paddedCsv(2 * 1024 * 1024), StandardCharsets.UTF_8), null);
        assertThat(result.getInt("imported")).isEqualTo(1);
    }

    @Test
    void withoutATokenIs401() {
        given().contentType("text/csv").body(HEADER).when().post(IMPORT).then().statusCode(401);
    }

    /** A valid one-row file of exactly {@code size} bytes: the rest is blank lines, which are skipped. */
    private static byte[] paddedCsv(int size) {
        byte[] row = (HEADER + "2025-02-21,1.00,USD,Transport,Padded,,,,\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[size];
        java.util.Arrays.fill(body, (byte) '\n');
        System.arraycopy(row, 0, body, 0, row.length);
        return body;
    }
}
