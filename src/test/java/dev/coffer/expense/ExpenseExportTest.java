package dev.coffer.expense;

import static dev.coffer.expense.ExpenseImportTest.HEADER;
import static dev.coffer.expense.ExpenseImportTest.expenses;
import static dev.coffer.expense.ExpenseImportTest.imported;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** GET /api/v1/expenses/export over HTTP only, so that {@link ExpenseExportIT} re-runs it against the package. */
@QuarkusTest
class ExpenseExportTest {

    private static final String EXPORT = "/api/v1/expenses/export";

    /** Texts that CSV must quote: separators, quotes, line breaks, a formula-looking start. */
    private static final String AWKWARD = HEADER
            + "2025-01-05,12.34,USD,Food & Dining,\"Dinner, with \"\"friends\"\"\",\"Chez \"\"Marcel\"\"\","
            + "\"line one\nline two\r\nline three\",\"a,b;c d\",Visa\n"
            + "2025-01-06,1500,JPY,\"Hobbies, \"\"crafts\"\"\",\"=1+2\",,,,\n"
            + "2025-01-07,0.125,BHD,Travel,,,,,\n";

    private static Response export(Account account, String query) {
        return given().auth().oauth2(account.accessToken())
                .when().get(EXPORT + (query == null ? "" : "?" + query));
    }

    private static String csv(Account account, String query) {
        Response response = export(account, query);
        response.then().statusCode(200).contentType(startsWith("text/csv"));
        return new String(response.asByteArray(), StandardCharsets.UTF_8);
    }

    private static Account withAwkwardExpenses(String label) {
        Account account = TestAccounts.create(label);
        ExpenseImportTest.paymentMethod(account, "Visa");
        JsonPath result = imported(account, AWKWARD, null);
        assertThat(result.getList("errors")).isEmpty();
        assertThat(result.getInt("imported")).isEqualTo(3);
        return account;
    }

    /** What must survive an export and re-import: every field but ids, versions and instants, with names for ids. */
    private static List<Map<String, Object>> comparable(Account account) {
        Map<String, String> categories = ExpenseImportTest.names(account, "/api/v1/categories");
        Map<String, String> paymentMethods = ExpenseImportTest.names(account, "/api/v1/payment-methods");
        return expenses(account).stream().map(expense -> {
            Map<String, Object> fields = new java.util.HashMap<>(expense);
            fields.keySet().removeAll(List.of("id", "version", "created_at", "updated_at"));
            fields.put("category_id", categories.get((String) expense.get("category_id")));
            fields.put("payment_method_id", paymentMethods.get((String) expense.get("payment_method_id")));
            return (Map<String, Object>) fields;
        }).toList();
    }

    @Test
    void csvExportReimportsIntoAnotherAccountAsTheSameExpenses() {
        Account source = withAwkwardExpenses("export-source");
        String file = csv(source, null);
        assertThat(file).startsWith(HEADER);
        assertThat(file).as("a formula start is written as text").contains(",\"'=1+2\",").doesNotContain(",\"=1+2\",");

        // The target has none of the source's payment methods and only the default categories.
        Account target = TestAccounts.create("export-target");
        JsonPath result = imported(target, file, null);

        assertThat(result.getList("errors")).isEmpty();
        assertThat(result.getInt("imported")).isEqualTo(3);
        List<Map<String, Object>> expected = comparable(source);
        assertThat(expected).hasSize(3);
        assertThat(comparable(target)).isEqualTo(expected);
        assertThat(expected.get(0)).containsEntry("description", "Dinner, with \"friends\"")
                .containsEntry("merchant", "Chez \"Marcel\"")
                .containsEntry("notes", "line one\nline two\r\nline three")
                .containsEntry("tags", List.of("a,b", "c d"))
                .containsEntry("payment_method_id", "Visa");
        assertThat(expected.get(1)).containsEntry("category_id", "Hobbies, \"crafts\"")
                .containsEntry("description", "=1+2");
        // The CSV names the payment method only: the created one has the type that claims nothing more.
        assertThat(ExpenseImportTest.paymentMethods(target)).extracting(method -> List.of(method.get("name"),
                method.get("type"))).containsExactly(List.of("Visa", "other"));
    }

    @Test
    void csvExportReimportedIntoTheSameAccountIsAllDuplicates() {
        Account account = withAwkwardExpenses("export-same");
        JsonPath result = imported(account, csv(account, null), null);
        assertThat(result.getInt("imported")).isZero();
        assertThat(result.getInt("skipped_duplicates")).isEqualTo(3);
        assertThat(expenses(account)).hasSize(3);
    }

    @Test
    void exportIsAnAttachmentNamedAfterToday() {
        Account account = withAwkwardExpenses("export-headers");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        export(account, null).then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"expenses-" + today + ".csv\""));
        export(account, "format=json").then().statusCode(200).contentType(startsWith("application/json"))
                .header("Content-Disposition", equalTo("attachment; filename=\"expenses-" + today + ".json\""));
    }

    @Test
    void jsonExportIsTheArrayOfExpensesAsTheListAnswersThem() {
        Account account = withAwkwardExpenses("export-json");
        List<Map<String, Object>> exported = export(account, "format=json&sort=date").then().statusCode(200)
                .extract().jsonPath().getList("");
        assertThat(exported).isEqualTo(expenses(account));
    }

    @Test
    void exportTakesTheListsFiltersAndSort() {
        Account account = withAwkwardExpenses("export-filter");
        assertThat(csv(account, "currency=JPY")).isEqualTo(HEADER + "2025-01-06,1500,JPY,\"Hobbies, \"\"crafts\"\"\",\"'=1+2\",,,,\n");
        List<String> dates = export(account, "format=json&start_date=2025-01-06&sort=-date").then().statusCode(200)
                .extract().jsonPath().getList("date");
        assertThat(dates).containsExactly("2025-01-07", "2025-01-06");
        assertThat(csv(account, "q=nothing-matches")).isEqualTo(HEADER);
        export(account, "format=json&q=nothing-matches").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void anotherUsersExpensesAreNeverExported() {
        withAwkwardExpenses("export-other");
        Account stranger = TestAccounts.create("export-stranger");
        assertThat(csv(stranger, null)).isEqualTo(HEADER);
        export(stranger, "format=json").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void anUnknownFormatOrABadFilterIs422() {
        Account account = TestAccounts.create("export-422");
        export(account, "format=xml").then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("format"));
        export(account, "start_date=yesterday").then().statusCode(422).body("errors.field", contains("start_date"));
        export(account, "sort=merchant").then().statusCode(422).body("errors.field", contains("sort"));
    }

    @Test
    void withoutATokenIs401() {
        given().when().get(EXPORT).then().statusCode(401);
    }
}
