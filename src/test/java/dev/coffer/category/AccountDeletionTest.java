package dev.coffer.category;

import static dev.coffer.category.CategoryApi.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.coffer.common.web.Idempotency;
import dev.coffer.paymentmethod.PaymentMethod;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Deleting an account removes its categories, payment methods, saved descriptions and idempotency keys. Needs the database, so no IT. */
@QuarkusTest
class AccountDeletionTest {

    @Inject
    EntityManager entityManager;

    @Test
    void deletingTheAccountRemovesEveryCatalogRowOfTheUserAndNoOneElses() {
        Account account = TestAccounts.create("catalog-delete");
        Account bystander = TestAccounts.create("catalog-bystander");
        for (Account user : new Account[] { account, bystander }) {
            String parent = CategoryApi.create(user, "Hobbies");
            String child = CategoryApi.create(user, "Climbing", parent);
            CategoryApi.saveDescription(user, child, "Gym fee");
            as(user).header(Idempotency.HEADER, UUID.randomUUID().toString())
                    .body(Map.of("name", "Card", "type", "credit_card", "last4", "4242"))
                    .when().post("/api/v1/payment-methods").then().statusCode(201);
        }
        assertThat(rows(account.id())).containsValues(12L, 1L, 1L, 1L);

        as(account).body(Map.of("password", TestAccounts.PASSWORD)).when().delete("/api/v1/users/me").then().statusCode(204);

        assertThat(rows(account.id())).containsOnly(
                Map.entry("categories", 0L), Map.entry("payment_methods", 0L),
                Map.entry("category_descriptions", 0L), Map.entry("idempotency_keys", 0L));
        assertThat(rows(bystander.id())).containsOnly(
                Map.entry("categories", 12L), Map.entry("payment_methods", 1L),
                Map.entry("category_descriptions", 1L), Map.entry("idempotency_keys", 1L));
    }

    private Map<String, Long> rows(UUID userId) {
        return QuarkusTransaction.requiringNew().call(() -> Map.of(
                "categories", Category.count("userId", userId),
                "payment_methods", PaymentMethod.count("userId", userId),
                "category_descriptions", CategoryDescription.count("userId", userId),
                "idempotency_keys", ((Number) entityManager
                        .createNativeQuery("select count(*) from idempotency_keys where user_id = ?1")
                        .setParameter(1, userId).getSingleResult()).longValue()));
    }
}
