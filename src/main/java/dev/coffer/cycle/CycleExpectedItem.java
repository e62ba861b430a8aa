package dev.coffer.cycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.coffer.common.persistence.OwnedEntity;
import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An expense a cycle expects: one occurrence of a recurring expense inside the cycle, never an expense
 * itself. It belongs to its cycle, which belongs to the user; it is only written with the cycle.
 */
@Entity
@Table(name = "cycle_expected_items")
public class CycleExpectedItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cycle_id", updatable = false)
    public UUID cycleId;

    /** Null once the recurring expense is deleted. */
    @Column(name = "recurring_expense_id")
    public UUID recurringExpenseId;

    public LocalDate date;

    public BigDecimal amount;

    @Column(columnDefinition = "bpchar(3)")
    public String currency;

    @Column(name = "category_id")
    public UUID categoryId;

    public String description;

    static CycleExpectedItem of(UUID cycleId, UUID recurringExpenseId, LocalDate date, BigDecimal amount,
            String currency, UUID categoryId, String description) {
        CycleExpectedItem item = new CycleExpectedItem();
        item.id = OwnedEntity.newId();
        item.cycleId = cycleId;
        item.recurringExpenseId = recurringExpenseId;
        item.date = date;
        item.amount = amount;
        item.currency = currency;
        item.categoryId = categoryId;
        item.description = description;
        return item;
    }

    /** A page of a cycle's items by date, over cycle_expected_items_cycle_idx. */
    static PageResponse<ExpectedItemResponse> pageOf(UUID cycleId, PageParams page) {
        return PageResponse.of(CycleExpectedItem.<CycleExpectedItem>find("cycleId = ?1 order by date, id", cycleId), page,
                ExpectedItemResponse::of);
    }

    /** Deletes the cycle's items dated outside {@code start} to {@code end}. */
    static long deleteOutside(UUID cycleId, LocalDate start, LocalDate end) {
        return delete("cycleId = ?1 and (date < ?2 or date > ?3)", cycleId, start, end);
    }
}
