package dev.coffer.expense;

import java.util.List;
import java.util.UUID;

import dev.coffer.category.CategoryApi;
import dev.coffer.testing.TestAccounts.Account;

/**
 * The ids of a user's categories (the defaults every account starts with), read through the categories
 * endpoint, so that black-box tests need nothing but HTTP: expenses need a category id to be recorded.
 */
final class CategoryIds {

    private CategoryIds() {
    }

    /** The user's categories in the endpoint's order, by name ("Education", "Entertainment", ...). */
    static List<UUID> of(Account account) {
        return CategoryApi.as(account).when().get(CategoryApi.PATH).then().statusCode(200)
                .extract().jsonPath().getList("id", String.class).stream().map(UUID::fromString).toList();
    }

    static UUID first(Account account) {
        return of(account).getFirst();
    }
}
