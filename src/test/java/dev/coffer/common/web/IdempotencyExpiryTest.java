package dev.coffer.common.web;

import static dev.coffer.category.CategoryApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.coffer.category.CategoryApi;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Keys older than 24 hours: ignored when presented again, and removed by the cleanup. Needs the database, so no IT. */
@QuarkusTest
class IdempotencyExpiryTest {

    @Inject
    EntityManager entityManager;

    @Inject
    Idempotency idempotency;

    @Test
    void aKeyOlderThan24HoursIsForgottenAndCanBeUsedForANewRequest() {
        Account account = TestAccounts.create("idem-expired");
        String key = UUID.randomUUID().toString();
        as(account).header(Idempotency.HEADER, key).body(Map.of("name", "Yesterday")).when().post(CategoryApi.PATH)
                .then().statusCode(201);
        age(account.id(), key, 25);

        as(account).header(Idempotency.HEADER, key).body(Map.of("name", "Today")).when().post(CategoryApi.PATH)
                .then().statusCode(201).header(Idempotency.REPLAYED_HEADER, org.hamcrest.Matchers.nullValue())
                .body("name", equalTo("Today"));
        // The key now stands for the new request.
        as(account).header(Idempotency.HEADER, key).body(Map.of("name", "Today")).when().post(CategoryApi.PATH)
                .then().statusCode(201).header(Idempotency.REPLAYED_HEADER, equalTo("true"));
    }

    @Test
    void aKeyYoungerThan24HoursIsStillReplayed() {
        Account account = TestAccounts.create("idem-young");
        String key = UUID.randomUUID().toString();
        as(account).header(Idempotency.HEADER, key).body(Map.of("name", "Recent")).when().post(CategoryApi.PATH)
                .then().statusCode(201);
        age(account.id(), key, 23);
        as(account).header(Idempotency.HEADER, key).body(Map.of("name", "Recent")).when().post(CategoryApi.PATH)
                .then().statusCode(201).header(Idempotency.REPLAYED_HEADER, equalTo("true"));
    }

    @Test
    void cleanupDeletesExpiredKeysOnly() {
        Account account = TestAccounts.create("idem-cleanup");
        as(account).header(Idempotency.HEADER, "old").body(Map.of("name", "Old")).when().post(CategoryApi.PATH)
                .then().statusCode(201);
        as(account).header(Idempotency.HEADER, "new").body(Map.of("name", "New")).when().post(CategoryApi.PATH)
                .then().statusCode(201);
        age(account.id(), "old", 30);

        assertThat(idempotency.deleteExpired()).isGreaterThanOrEqualTo(1);
        assertThat(keysOf(account.id())).isEqualTo(1);
    }

    private void age(UUID userId, String key, int hours) {
        QuarkusTransaction.requiringNew().run(() -> assertThat(entityManager.createNativeQuery(
                "update idempotency_keys set created_at = now() - make_interval(hours => ?3) where user_id = ?1 and idem_key = ?2")
                .setParameter(1, userId).setParameter(2, key).setParameter(3, hours).executeUpdate()).isEqualTo(1));
    }

    private long keysOf(UUID userId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from idempotency_keys where user_id = ?1")
                .setParameter(1, userId).getSingleResult()).longValue());
    }
}
