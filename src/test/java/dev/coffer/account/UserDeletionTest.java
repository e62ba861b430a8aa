package dev.coffer.account;

import static dev.coffer.account.AccountApi.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.coffer.institution.Institution;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Deleting a user removes their institutions, accounts and balances, although the accounts name the
 * institutions (whose foreign key alone refuses a delete). Needs the database, so no IT.
 */
@QuarkusTest
class UserDeletionTest {

    @Inject
    EntityManager entityManager;

    @Test
    void deletingTheUserRemovesTheirInstitutionsAccountsAndBalancesAndNoOneElses() {
        Account user = TestAccounts.create("accounts-delete");
        Account bystander = TestAccounts.create("accounts-bystander");
        for (Account each : new Account[] { user, bystander }) {
            String bank = AccountApi.institution(each, "Bank", "DE");
            Map<String, Object> body = AccountApi.account("Giro", "checking", "EUR");
            body.put("institution_id", bank);
            String account = AccountApi.create(each, body);
            AccountApi.balance(each, account, "2025-01-31", "10", 201);
            AccountApi.balance(each, account, "2025-02-28", "20", 201);
        }
        assertThat(rows(user.id())).containsOnly(Map.entry("institutions", 1L), Map.entry("accounts", 1L),
                Map.entry("account_values", 2L));

        as(user).body(Map.of("password", TestAccounts.PASSWORD)).when().delete("/api/v1/users/me").then().statusCode(204);

        assertThat(rows(user.id())).containsOnly(Map.entry("institutions", 0L), Map.entry("accounts", 0L),
                Map.entry("account_values", 0L));
        assertThat(rows(bystander.id())).containsOnly(Map.entry("institutions", 1L), Map.entry("accounts", 1L),
                Map.entry("account_values", 2L));
    }

    private Map<String, Long> rows(UUID userId) {
        return QuarkusTransaction.requiringNew().call(() -> Map.of(
                "institutions", Institution.count("userId", userId),
                "accounts", dev.coffer.account.Account.count("userId", userId),
                "account_values", ((Number) entityManager.createNativeQuery("select count(*) from account_values v"
                        + " join accounts a on a.id = v.account_id where a.user_id = ?1")
                        .setParameter(1, userId).getSingleResult()).longValue()));
    }
}
