package dev.coffer.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.coffer.common.persistence.OwnedEntity;
import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;

/** A spending limit per period, for one category (with its subcategories) or for all spending. */
@Entity
@Table(name = "budgets")
public class Budget extends OwnedEntity {

    public static final int NAME_MAX = 100;

    public String name;

    /** Null: every expense of the user counts. */
    @Column(name = "category_id")
    public UUID categoryId;

    /** At the currency's minor units. */
    public BigDecimal amount;

    @Column(columnDefinition = "bpchar(3)")
    public String currency;

    /** The wire name of a {@link BudgetPeriod}. */
    public String period;

    @Column(name = "start_date")
    public LocalDate startDate;

    public boolean rollover;

    /** Percentages of the available amount, distinct and ascending. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "alert_thresholds", columnDefinition = "integer[]")
    public List<Integer> alertThresholds;

    public boolean active;

    BudgetPeriod periodKind() {
        return BudgetPeriod.fromWire(period).orElseThrow();
    }

    /** A page of the user's budgets by name (case-insensitively), the order of their index. */
    static PageResponse<BudgetResponse> pageForUser(UUID userId, PageParams page) {
        return PageResponse.of(Budget.<Budget>find("userId = ?1 order by lower(name), id", userId), page,
                BudgetResponse::of);
    }

    /** The user's active budgets by name. */
    static List<Budget> activeOf(UUID userId) {
        return list("userId = ?1 and active = true order by lower(name), id", userId);
    }

    /**
     * The user's active budgets, locked until the transaction ends in the order of their ids. Every
     * alert check takes these locks first, so checks of one user run one after the other, each seeing
     * the expenses the previous one committed.
     */
    static List<Budget> lockActiveOf(UUID userId) {
        return find("userId = ?1 and active = true order by id", userId).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The user's budget with this id; another user's id finds nothing, like a missing one. */
    static Optional<Budget> findOwned(UUID userId, UUID id) {
        return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
    }

    /** As {@link #findOwned}, locking the row for the rest of the transaction. */
    static Optional<Budget> lockOwned(UUID userId, UUID id) {
        return find("id = ?1 and userId = ?2", id, userId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * Whether {@code categoryId} is a category of {@code userId}, key-share-locking it until the
     * transaction ends so that it cannot be deleted between this check and the budget's write.
     */
    static boolean lockCategoryOf(UUID userId, UUID categoryId) {
        return !getEntityManager()
                .createNativeQuery("select 1 from categories where id = :id and user_id = :userId for key share")
                .setParameter("id", categoryId)
                .setParameter("userId", userId)
                .getResultList().isEmpty();
    }
}
