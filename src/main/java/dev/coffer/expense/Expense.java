package dev.coffer.expense;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
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
import org.hibernate.jpa.HibernateHints;
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
                // Read to be answered, never changed: no snapshot for dirty checking, nothing to flush.
                .setHint(HibernateHints.HINT_READ_ONLY, true)
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
     * One group of a summary: the expenses of one day ({@code categoryId} null) or of one category
     * ({@code date} null) in the period. {@code total} and {@code count} are of the expenses converted
     * into {@code currency}, the owner's base currency; {@code unconverted} counts the others.
     */
    record SummaryRow(String currency, LocalDate date, UUID categoryId, String categoryName, BigDecimal total,
            long count, long unconverted) {
    }

    /**
     * The groups of {@code userId}'s expenses from {@code start} to {@code end}: one row per day with
     * expenses and one per category with expenses, from one statement (one snapshot, so both add up to
     * the same total) grouped over a range scan of {@code expenses_user_date_idx}; category names are
     * joined to the groups, not to each expense. The base currency is read by the same statement, so a
     * concurrent change of it cannot mix two currencies. Empty when the user does not exist; a user
     * without expenses gets a row of each kind with a null day or category.
     */
    static List<SummaryRow> summaryRows(UUID userId, LocalDate start, LocalDate end) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(SUMMARY)
                .setParameter("userId", userId)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList();
        return rows.stream().map(row -> new SummaryRow(((String) row[0]).trim(), (LocalDate) row[1],
                (UUID) row[2], (String) row[3], (BigDecimal) row[4], ((Number) row[5]).longValue(),
                ((Number) row[6]).longValue())).toList();
    }

    private static final String SUMMARY = """
            select g.base_currency, g.date, g.category_id, c.name, g.total, g.converted, g.unconverted
              from (select u.base_currency, e.date, e.category_id,
                           sum(e.converted_amount) filter (where e.converted_currency = u.base_currency) as total,
                           count(e.id) filter (where e.converted_currency = u.base_currency) as converted,
                           count(e.id) filter (where e.converted_currency is distinct from u.base_currency)
                               as unconverted
                      from users u
                      left join expenses e on e.user_id = u.id and e.date between :start and :end
                     where u.id = :userId
                     group by grouping sets ((u.base_currency, e.date), (u.base_currency, e.category_id))) g
              left join categories c on c.id = g.category_id""";

    /**
     * Aggregates of the converted amounts of {@code userId}'s expenses in a period, all exact numerics:
     * {@code lowerMiddle} and {@code upperMiddle} are the values at positions (n+1)/2 and (n+2)/2 of the
     * ordered amounts (the same one when n is odd), {@code sumOfSquares} feeds the standard deviation.
     */
    record StatsRow(String currency, long count, long unconverted, BigDecimal sum, BigDecimal sumOfSquares,
            BigDecimal min, BigDecimal max, BigDecimal lowerMiddle, BigDecimal upperMiddle) {
    }

    /**
     * The {@link StatsRow} of {@code userId} from {@code start} to {@code end}, from one statement over
     * a range scan of {@code expenses_user_date_idx}; empty when the user does not exist. The median
     * comes from row numbers over the ordered amounts, not from {@code percentile_cont}, which works in
     * double precision.
     */
    static Optional<StatsRow> statsRow(UUID userId, LocalDate start, LocalDate end) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(STATS)
                .setParameter("userId", userId)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList();
        return rows.stream().findFirst().map(row -> new StatsRow(((String) row[0]).trim(),
                ((Number) row[1]).longValue(), ((Number) row[2]).longValue(), (BigDecimal) row[3],
                (BigDecimal) row[4], (BigDecimal) row[5], (BigDecimal) row[6], (BigDecimal) row[7],
                (BigDecimal) row[8]));
    }

    private static final String STATS = """
            select u.base_currency,
                   count(o.amount),
                   count(o.id) filter (where o.amount is null),
                   sum(o.amount),
                   sum(o.amount * o.amount),
                   min(o.amount),
                   max(o.amount),
                   min(o.amount) filter (where o.position = (o.n + 1) / 2),
                   max(o.amount) filter (where o.position = (o.n + 2) / 2)
              from users u
              left join lateral (
                    select x.id, x.amount,
                           row_number() over (order by x.amount nulls last) as position,
                           count(x.amount) over () as n
                      from (select e.id,
                                   case when e.converted_currency = u.base_currency then e.converted_amount end
                                       as amount
                              from expenses e
                             where e.user_id = u.id and e.date between :start and :end) x
                   ) o on true
             where u.id = :userId
             group by u.base_currency""";

    /** The converted expenses of one month (its first day); {@code month} is null for a user without any. */
    record MonthRow(String currency, LocalDate month, BigDecimal total, long count) {
    }

    /**
     * The totals per calendar month of {@code userId}'s converted expenses from month {@code first} to
     * month {@code last}: one grouped statement over the user's rows of {@code expense_month_totals}
     * (V6_4, a row per month, category, currency and stored conversion), reading the base currency in the
     * same snapshot. Only months with expenses have a row, except that a user without any in the range
     * gets one row with a null month; empty when the user does not exist.
     */
    static List<MonthRow> monthRows(UUID userId, YearMonth first, YearMonth last) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(MONTHS)
                .setParameter("userId", userId)
                .setParameter("first", first.atDay(1))
                .setParameter("last", last.atDay(1))
                .getResultList();
        return rows.stream().map(row -> new MonthRow(((String) row[0]).trim(), (LocalDate) row[1],
                (BigDecimal) row[2], ((Number) row[3]).longValue())).toList();
    }

    private static final String MONTHS = """
            select u.base_currency, t.month,
                   sum(t.converted_amount) filter (where t.converted_currency = u.base_currency),
                   coalesce(sum(t.expenses) filter (where t.converted_currency = u.base_currency), 0)
              from users u
              left join expense_month_totals t on t.user_id = u.id and t.month between :first and :last
             where u.id = :userId
             group by u.base_currency, t.month""";

    /** The converted expenses of one category in one calendar month ({@code month} its first day). */
    record CategoryMonthRow(String currency, LocalDate month, UUID categoryId, String categoryName, BigDecimal total) {
    }

    /**
     * The totals per calendar month and category of {@code userId}'s converted expenses from month
     * {@code first} to month {@code last}: one grouped statement over the user's rows of
     * {@code expense_month_totals}, reading the base currency in the same snapshot, with category names
     * joined to the groups. Only groups with converted expenses have a total; a user without any in the
     * range gets one row with a null month and total; empty when the user does not exist.
     */
    static List<CategoryMonthRow> categoryMonthRows(UUID userId, YearMonth first, YearMonth last) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(CATEGORY_MONTHS)
                .setParameter("userId", userId)
                .setParameter("first", first.atDay(1))
                .setParameter("last", last.atDay(1))
                .getResultList();
        return rows.stream().map(row -> new CategoryMonthRow(((String) row[0]).trim(), (LocalDate) row[1],
                (UUID) row[2], (String) row[3], (BigDecimal) row[4])).toList();
    }

    private static final String CATEGORY_MONTHS = """
            select g.base_currency, g.month, g.category_id, c.name, g.total
              from (select u.base_currency, t.month, t.category_id,
                           sum(t.converted_amount) filter (where t.converted_currency = u.base_currency) as total
                      from users u
                      left join expense_month_totals t on t.user_id = u.id and t.month between :first and :last
                     where u.id = :userId
                     group by u.base_currency, t.month, t.category_id) g
              left join categories c on c.id = g.category_id""";

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
