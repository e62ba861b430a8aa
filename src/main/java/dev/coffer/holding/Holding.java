package dev.coffer.holding;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import dev.coffer.common.persistence.OwnedEntity;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * How much of one registered security an account holds, and what the whole quantity cost. One per
 * account and security.
 */
@Entity
@Table(name = "holdings")
public class Holding extends OwnedEntity {

    /** The unique index on account and security, which two concurrent creations of one holding meet. */
    static final String ACCOUNT_SECURITY_KEY = "holdings_account_security_key";

    @Column(name = "account_id")
    public UUID accountId;

    @Column(name = "security_id")
    public UUID securityId;

    /** Greater than zero, at most 8 decimals. */
    public BigDecimal quantity;

    /** The total cost of the whole quantity (not per unit), at most cost_currency's minor units; zero or more. */
    @Column(name = "cost_basis")
    public BigDecimal costBasis;

    @Column(name = "cost_currency", columnDefinition = "bpchar(3)")
    public String costCurrency;

    static PanacheQuery<Holding> ofAccount(UUID accountId) {
        return find("accountId = ?1 order by id", accountId);
    }

    /** The user's holding {@code id} in account {@code accountId}; another user's or another account's finds nothing. */
    static Optional<Holding> findOwned(UUID userId, UUID accountId, UUID id) {
        return find("id = ?1 and userId = ?2 and accountId = ?3", id, userId, accountId).firstResultOptional();
    }

    /** As {@link #findOwned}, locking the row for the rest of the transaction. */
    static Optional<Holding> lockOwned(UUID userId, UUID accountId, UUID id) {
        return find("id = ?1 and userId = ?2 and accountId = ?3", id, userId, accountId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    static boolean exists(UUID accountId, UUID securityId) {
        return count("accountId = ?1 and securityId = ?2", accountId, securityId) > 0;
    }
}
