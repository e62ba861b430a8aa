package dev.coffer.expense;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.coffer.common.persistence.OwnedEntity;
import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;

/**
 * An expense in its own currency, plus its conversion into the owner's base currency at the rate of
 * its date. The conversion columns are neither inserted nor updated by Hibernate: the set-based
 * statement in {@link ExpenseConversions} owns them, and they are left out of dirty checking, so a
 * refreshed conversion never bumps {@code version}.
 */
@Entity
@Table(name = "expenses")
public class Expense extends OwnedEntity {

    public BigDecimal amount;

    @Column(columnDefinition = "bpchar(3)")
    public String currency;

    public LocalDate date;

    @Column(name = "category_id")
    public UUID categoryId;

    @Column(name = "payment_method_id")
    public UUID paymentMethodId;

    public String description;

    public String merchant;

    public String notes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> tags;

    @Column(name = "recurring_expense_id", updatable = false)
    public UUID recurringExpenseId;

    @Column(name = "converted_amount", insertable = false, updatable = false)
    public BigDecimal convertedAmount;

    @Column(name = "converted_currency", columnDefinition = "bpchar(3)", insertable = false, updatable = false)
    public String convertedCurrency;

    @Column(name = "rate", insertable = false, updatable = false)
    public BigDecimal rate;

    @Column(name = "rate_date", insertable = false, updatable = false)
    public LocalDate rateDate;

    @Column(name = "rate_source", insertable = false, updatable = false)
    public String rateSource;

    /**
     * One page of the expenses matching {@code filter}, in {@code order}, and the number of all of them:
     * two statements whatever the page size.
     */
    static PageResponse<Expense> page(ExpenseFilter filter, ExpenseOrder order, PageParams page) {
        Map<String, Object> parameters = new HashMap<>();
        String where = filter.where(parameters);
        Query items = getEntityManager()
                .createNativeQuery("select e.* from expenses e where " + where + " order by " + order.sql()
                        + " limit :limit offset :offset", Expense.class)
                .setParameter("limit", page.size)
                .setParameter("offset", (long) page.index() * page.size);
        Query count = getEntityManager()
                .createNativeQuery("select count(*) from expenses e where " + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        @SuppressWarnings("unchecked")
        List<Expense> found = items.getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        return PageResponse.of(found, total, page);
    }

    /**
     * Whether {@code categoryId} is a category of {@code userId}, key-share-locking it until the
     * transaction ends, so that it cannot be deleted between this check and the expense referencing it.
     */
    static boolean lockCategoryOf(UUID categoryId, UUID userId) {
        return !getEntityManager()
                .createNativeQuery("select 1 from categories where id = :id and user_id = :userId for key share")
                .setParameter("id", categoryId)
                .setParameter("userId", userId)
                .getResultList().isEmpty();
    }

    /** The expense {@code id} if {@code userId} owns it; another user's expense is as absent as a missing one. */
    public static Optional<Expense> findOwned(UUID id, UUID userId) {
        return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
    }

    /**
     * As {@link #findOwned}, with the row locked until the transaction ends, so that the version a
     * request compares with {@code If-Match} is still the version it writes over.
     */
    public static Optional<Expense> lockOwned(UUID id, UUID userId) {
        return find("id = ?1 and userId = ?2", id, userId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
