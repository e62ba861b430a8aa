package dev.coffer.expense;

import static dev.coffer.category.CategoryApi.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.coffer.category.CategoryApi;
import dev.coffer.common.web.Idempotency;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Deleting an account removes its expenses together with the categories, saved descriptions, payment
 * methods and idempotency keys they refer to, and nothing of anyone else. Needs the database, so no IT.
 */
@QuarkusTest
class ExpenseAccountDeletionTest {

    @Inject
    EntityManager entityManager;

    @Test
    void deletingTheAccountRemovesItsExpensesAndEverythingTheyReferTo() {
        Account account = TestAccounts.create("expense-account-delete");
        Account bystander = TestAccounts.create("expense-account-bystander");
        for (Account user : new Account[] { account, bystander }) {
            String category = CategoryApi.create(user, "Commuting");
            CategoryApi.saveDescription(user, category, "Train");
            String card = as(user).body(Map.of("name", "Card", "type", "credit_card"))
                    .when().post("/api/v1/payment-methods").then().statusCode(201).extract().path("id");
            for (int i = 0; i < 2; i++) {
                as(user).header(Idempotency.HEADER, UUID.randomUUID().toString())
                        .body(Map.of("amount", "3.20", "currency", "EUR", "date", "2025-03-0" + (i + 1),
                                "category_id", category, "payment_method_id", card, "description", "Train"))
                        .when().post("/api/v1/expenses").then().statusCode(201);
            }
        }
        Map<String, Long> before = Map.of("expenses", 2L, "categories", 11L, "category_descriptions", 1L,
                "payment_methods", 1L, "idempotency_keys", 2L, "expense_month_totals", 1L);
        assertThat(rows(account.id())).isEqualTo(before);

        as(account).body(Map.of("password", TestAccounts.PASSWORD)).when().delete("/api/v1/users/me")
                .then().statusCode(204);

        assertThat(rows(account.id())).isEqualTo(Map.of("expenses", 0L, "categories", 0L,
                "category_descriptions", 0L, "payment_methods", 0L, "idempotency_keys", 0L, "expense_month_totals", 0L));
        assertThat(rows(bystander.id())).isEqualTo(before);
    }

    private Map<String, Long> rows(UUID userId) {
        return QuarkusTransaction.requiringNew().call(() -> Map.of(
                "expenses", count("expenses", userId),
                "categories", count("categories", userId),
                "category_descriptions", count("category_descriptions", userId),
                "payment_methods", count("payment_methods", userId),
                "idempotency_keys", count("idempotency_keys", userId),
                "expense_month_totals", count("expense_month_totals", userId)));
    }

    private long count(String table, UUID userId) {
        return ((Number) entityManager.createNativeQuery("select count(*) from " + table + " where user_id = ?1")
                .setParameter(1, userId).getSingleResult()).longValue();
    }
}
