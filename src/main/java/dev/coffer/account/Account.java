package dev.coffer.account;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import dev.coffer.common.persistence.OwnedEntity;

/**
 * Where the user keeps money or owes it: a bank account, a card, a brokerage account, a loan. Balances
 * over time are {@link AccountValue}s; the holdings of an investment account hang off it the same way.
 */
@Entity
@Table(name = "accounts")
public class Account extends OwnedEntity {

    public static final int NAME_MAX = 100;

    public String name;

    /** The wire name of an {@link AccountType}. */
    public String type;

    @Column(columnDefinition = "bpchar(3)")
    public String currency;

    /** Null: the account names no institution. */
    @Column(name = "institution_id")
    public UUID institutionId;

    public boolean archived;

    /** The user's account with this id; another user's id finds nothing, like a missing one. */
    public static Optional<Account> findOwned(UUID userId, UUID id) {
        return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
    }

    /** As {@link #findOwned}, locking the row for the rest of the transaction. */
    static Optional<Account> lockOwned(UUID userId, UUID id) {
        return find("id = ?1 and userId = ?2", id, userId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * The currency of the user's account {@code id}, share-locking the row until the transaction ends:
     * rows written under the account (balances, holdings) keep it from being deleted or changing
     * currency meanwhile, and do not wait for one another. Empty for another user's or a missing id.
     */
    public static Optional<String> shareLockCurrency(UUID userId, UUID id) {
        return getEntityManager()
                .createNativeQuery("select cast(currency as text) from accounts where id = :id and user_id = :userId for share")
                .setParameter("id", id)
                .setParameter("userId", userId)
                .getResultStream().findFirst().map(String.class::cast);
    }
}
