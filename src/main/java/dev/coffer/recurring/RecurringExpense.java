package dev.coffer.recurring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
import dev.coffer.expense.ExpenseTemplate;

/** A template expense and its schedule (V5_2__recurring_expenses.sql). */
@Entity
@Table(name = "recurring_expenses")
public class RecurringExpense extends OwnedEntity {

    public BigDecimal amount;

    @Column(columnDefinition = "bpchar(3)")
    public String currency;

    @Column(name = "category_id")
    public UUID categoryId;

    @Column(name = "payment_method_id")
    public UUID paymentMethodId;

    public String description;

    public String merchant;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> tags;

    /** The wire name of a {@link Frequency}. */
    public String frequency;

    @Column(name = "interval")
    public int interval;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    /** The next occurrence still to create; null once the schedule has ended. */
    @Column(name = "next_date")
    public LocalDate nextDate;

    /** The latest occurrence created or skipped; null before the first. */
    @Column(name = "last_date")
    public LocalDate lastDate;

    public boolean active;

    ExpenseTemplate template() {
        return new ExpenseTemplate(amount, currency, categoryId, paymentMethodId, description, merchant, tags);
    }

    void setTemplate(ExpenseTemplate template) {
        amount = template.amount();
        currency = template.currency();
        categoryId = template.categoryId();
        paymentMethodId = template.paymentMethodId();
        description = template.description();
        merchant = template.merchant();
        tags = new ArrayList<>(template.tags());
    }

    Frequency schedule() {
        return Frequency.fromWire(frequency).orElseThrow();
    }

    /**
     * Sets {@link #nextDate} to the first occurrence after {@link #lastDate}, or after {@code notBefore}
     * less a day when that is later (a paused schedule resumes from today, not from its missed days);
     * null past {@link #endDate} (or past 9999-12-31).
     */
    void computeNextDate(LocalDate notBefore) {
        LocalDate after = lastDate;
        if (notBefore != null && (after == null || after.isBefore(notBefore.minusDays(1)))) {
            after = notBefore.minusDays(1);
        }
        nextDate = schedule().firstAfter(startDate, interval, after)
                .filter(next -> !next.isAfter(endDate == null ? RecurringExpenseService.LATEST_DATE : endDate))
                .orElse(null);
    }

    /**
     * The occurrences of this schedule from {@code from} to {@code to}, both included, that are not past
     * its end date: the dates {@link #computeNextDate} steps through, from the same anchor.
     */
    List<LocalDate> occurrencesBetween(LocalDate from, LocalDate to) {
        LocalDate last = endDate == null || endDate.isAfter(to) ? to : endDate;
        return last.isBefore(from) ? List.of() : schedule().between(startDate, interval, from, last);
    }

    /** The user's active recurring expenses, oldest first. */
    static List<RecurringExpense> activeOf(UUID userId) {
        return list("userId = ?1 and active = true order by createdAt, id", userId);
    }

    static Optional<RecurringExpense> findOwned(UUID userId, UUID id) {
        return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
    }

    static Optional<RecurringExpense> lockOwned(UUID userId, UUID id) {
        return find("id = ?1 and userId = ?2", id, userId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** The owner of recurring expense {@code id}, read without loading the entity. */
    static Optional<UUID> ownerOf(UUID id) {
        return getEntityManager().createQuery("select r.userId from RecurringExpense r where r.id = :id", UUID.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    static Optional<RecurringExpense> lock(UUID id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * Up to {@code limit} active recurring expenses with an occurrence due on or before {@code through},
     * after {@code afterId} in id order (the nil UUID: from the first), over recurring_expenses_due_idx.
     */
    static List<UUID> dueIds(UUID afterId, LocalDate through, int limit) {
        return getEntityManager()
                .createQuery("select r.id from RecurringExpense r where r.active = true and r.nextDate <= :through"
                        + " and r.id > :after order by r.id", UUID.class)
                .setParameter("through", through)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }
}
