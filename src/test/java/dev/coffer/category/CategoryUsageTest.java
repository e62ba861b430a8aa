package dev.coffer.category;

import static dev.coffer.category.CategoryApi.PATH;
import static dev.coffer.category.CategoryApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.coffer.category.CategoryUsage.DescriptionUse;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * What categories do once another domain reports usage through {@link CategoryUsage}: expense
 * counts, the 409 of deleting a used category, moving expenses on reassign, history quick picks.
 */
@QuarkusTest
@TestProfile(CategoryUsageTest.WithExpenses.class)
class CategoryUsageTest {

    public static class WithExpenses implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(RecordedCategoryUsage.class);
        }
    }

    @Test
    void expenseCountsComeFromTheUsage() {
        Account account = TestAccounts.create("usage-count");
        String id = CategoryApi.create(account, "Counted");
        RecordedCategoryUsage.COUNTS.put(UUID.fromString(id), 7L);
        as(account).when().get(PATH + "/" + id).then().statusCode(200).body("expense_count", equalTo(7));
        as(account).when().get(PATH).then().body("find { it.id == '" + id + "' }.expense_count", equalTo(7))
                .body("find { it.name == 'Other' }.expense_count", equalTo(0));
    }

    @Test
    void aCategoryWithExpensesIsDeletedOnlyWithReassignToWhichMovesThem() {
        Account account = TestAccounts.create("usage-delete");
        String used = CategoryApi.create(account, "Used");
        String target = CategoryApi.create(account, "Target");
        RecordedCategoryUsage.COUNTS.put(UUID.fromString(used), 3L);

        as(account).when().delete(PATH + "/" + used).then().statusCode(409).body("code", equalTo("CATEGORY_IN_USE"));
        CategoryApi.get(account, used);

        as(account).queryParam("reassign_to", target).when().delete(PATH + "/" + used).then().statusCode(204);
        assertThat(RecordedCategoryUsage.MOVES).contains(List.of(account.id(), UUID.fromString(used), UUID.fromString(target)));
        as(account).when().get(PATH + "/" + target).then().body("expense_count", equalTo(3));
    }

    @Test
    void historyEntriesFollowTheSavedOnesMostUsedFirstWithoutRepeatingSavedTexts() {
        Account account = TestAccounts.create("usage-history");
        String category = CategoryApi.create(account, "Lunch");
        CategoryApi.saveDescription(account, category, "Sandwich");
        CategoryApi.saveDescription(account, category, "Canteen");
        List<DescriptionUse> history = new ArrayList<>(List.of(
                new DescriptionUse("Pizza", 9), new DescriptionUse("sandwich", 5), new DescriptionUse("Sushi", 2)));
        IntStream.range(0, 12).forEach(i -> history.add(new DescriptionUse("Rare " + i, 1)));
        RecordedCategoryUsage.HISTORY.put(UUID.fromString(category), history);

        as(account).when().get(PATH + "/" + category + "/descriptions").then().statusCode(200)
                .body("$", hasSize(2 + CategoryDescriptionService.HISTORY_ENTRIES))
                .body("text[0..3]", contains("Sandwich", "Canteen", "Pizza", "Sushi"))
                .body("source[0..3]", contains("saved", "saved", "history", "history"))
                .body("use_count[0..3]", contains(5, 0, 9, 2))
                .body("id[2]", equalTo(null));
        as(account).body(java.util.Map.of("text", "pizza")).when().post(PATH + "/" + category + "/descriptions")
                .then().statusCode(201).body("use_count", equalTo(9)).body("source", equalTo("saved"));
    }
}
