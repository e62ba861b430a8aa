package dev.coffer.expense;

import static dev.coffer.category.CategoryApi.PATH;
import static dev.coffer.category.CategoryApi.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.coffer.category.CategoryApi;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Categories seen through real expenses: their counts, the 409 of deleting one in use, moving its
 * expenses with reassign_to, and the description history of quick picks. HTTP only.
 */
@QuarkusTest
class ExpenseCategoryUsageTest {

    private static final String EXPENSES = "/api/v1/expenses";

    private static String expense(Account account, String category, String description, LocalDate date) {
        Map<String, Object> body = new HashMap<>();
        body.put("amount", "5.00");
        body.put("currency", "USD");
        body.put("date", date.toString());
        body.put("category_id", category);
        body.put("description", description);
        return as(account).body(body).when().post(EXPENSES).then().statusCode(201).extract().path("id");
    }

    private static String expense(Account account, String category) {
        return expense(account, category, null, LocalDate.of(2025, 3, 1));
    }

    @Test
    void expenseCountsCountTheUsersExpensesPerCategory() {
        Account account = TestAccounts.create("usage-real-count");
        Account other = TestAccounts.create("usage-real-count-other");
        String groceries = CategoryApi.create(account, "Groceries");
        String books = CategoryApi.create(account, "Books");
        String parent = CategoryApi.create(account, "Home");
        String child = CategoryApi.create(account, "Garden", parent);
        for (int i = 0; i < 3; i++) {
            expense(account, groceries);
        }
        expense(account, books);
        expense(account, child);
        expense(other, CategoryApi.create(other, "Groceries"));

        as(account).when().get(PATH).then().statusCode(200)
                .body("find { it.id == '" + groceries + "' }.expense_count", equalTo(3))
                .body("find { it.id == '" + books + "' }.expense_count", equalTo(1))
                .body("find { it.id == '" + parent + "' }.expense_count", equalTo(0))
                .body("find { it.id == '" + child + "' }.expense_count", equalTo(1));
        as(account).when().get(PATH + "/" + groceries).then().statusCode(200).body("expense_count", equalTo(3));
    }

    @Test
    void aCategoryInUseIsDeletedOnlyWithReassignToWhichMovesItsExpenses() {
        Account account = TestAccounts.create("usage-real-delete");
        String used = CategoryApi.create(account, "Used");
        String target = CategoryApi.create(account, "Target");
        String first = expense(account, used);
        expense(account, used);
        expense(account, target);
        long version = as(account).when().get(EXPENSES + "/" + first).then().extract().jsonPath().getLong("version");

        as(account).when().delete(PATH + "/" + used).then().statusCode(409).body("code", equalTo("CATEGORY_IN_USE"));
        CategoryApi.get(account, used);

        as(account).queryParam("reassign_to", target).when().delete(PATH + "/" + used).then().statusCode(204);
        as(account).when().get(PATH + "/" + used).then().statusCode(404);
        as(account).when().get(PATH + "/" + target).then().statusCode(200).body("expense_count", equalTo(3));
        // The move is a change of the expense: a client holding the old version cannot overwrite it.
        as(account).when().get(EXPENSES + "/" + first).then().statusCode(200)
                .body("category_id", equalTo(target)).body("version", equalTo((int) version + 1));
        as(account).header("If-Match", "\"" + version + "\"").body(Map.of("notes", "stale"))
                .when().patch(EXPENSES + "/" + first).then().statusCode(412);
        as(account).queryParam("category_id", target).when().get(EXPENSES).then().body("total", equalTo(3));
    }

    @Test
    void aCategoryWithoutExpensesIsDeletedWithoutReassignTo() {
        Account account = TestAccounts.create("usage-real-unused");
        String unused = CategoryApi.create(account, "Unused");
        expense(account, CategoryApi.create(account, "Busy"));
        as(account).when().delete(PATH + "/" + unused).then().statusCode(204);
    }

    @Test
    void quickPicksListSavedDescriptionsThenTheMostUsedOfTheUsersOwnExpenses() {
        Account account = TestAccounts.create("usage-real-history");
        Account other = TestAccounts.create("usage-real-history-other");
        String lunch = CategoryApi.create(account, "Lunch");
        String elsewhere = CategoryApi.create(account, "Elsewhere");
        CategoryApi.saveDescription(account, lunch, "Canteen");
        LocalDate day = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < 3; i++) {
            expense(account, lunch, "pizza", day.plusDays(i));
        }
        // The latest use gives the spelling of a text used in several cases.
        expense(account, lunch, "Pizza", day.plusDays(10));
        expense(account, lunch, "Sushi", day);
        expense(account, lunch, "Sushi", day);
        expense(account, lunch, "canteen", day);
        expense(account, lunch, "Noodles", day);
        expense(account, elsewhere, "Noodles", day);
        expense(account, elsewhere, "Noodles", day);
        String theirs = CategoryApi.create(other, "Lunch");
        for (int i = 0; i < 5; i++) {
            expense(other, theirs, "Kebab", day);
        }

        as(account).when().get(PATH + "/" + lunch + "/descriptions").then().statusCode(200)
                .body("text", contains("Canteen", "Pizza", "Sushi", "Noodles"))
                .body("source", contains("saved", "history", "history", "history"))
                .body("use_count", contains(1, 4, 2, 1));
    }
}
