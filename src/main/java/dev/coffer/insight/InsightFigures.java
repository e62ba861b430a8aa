package dev.coffer.insight;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The grouped statements behind the insights, one per rule. Spending figures read the stored conversions
 * of the expenses into the user's base currency ({@code converted_amount}, exact numeric) by
 * {@code (user_id, date)} ranges, which {@code expenses_user_date_idx} serves; an expense whose conversion
 * is missing, or still in a previous base currency, is in none of them and counted by {@link #unconverted}.
 */
@ApplicationScoped
class InsightFigures {

    /** One category's total in the month compared and in the 3 months before it together. */
    record CategoryMonths(UUID categoryId, String name, BigDecimal current, BigDecimal before) {
    }

    /** A recurring expense's template and one of its two latest occurrences on or before the date (or none). */
    record Occurrence(UUID recurringId, String description, BigDecimal templateAmount, String templateCurrency,
            BigDecimal amount, String currency, LocalDate date) {
    }

    /** A recent expense above its category's median, with the category's exact median, MAD and mean deviation. */
    record Candidate(UUID expenseId, UUID categoryId, String categoryName, LocalDate date, BigDecimal amount,
            BigDecimal median, BigDecimal mad, BigDecimal meanDeviation, long sampleSize) {
    }

    private static final String CATEGORY_MONTHS = """
            select e.category_id, c.name,
                   coalesce(sum(e.converted_amount) filter (where e.date >= :monthStart), 0) as current,
                   coalesce(sum(e.converted_amount) filter (where e.date < :monthStart), 0) as before
              from expenses e
              join categories c on c.id = e.category_id
             where e.user_id = :userId and e.date between :from and :monthEnd and e.converted_currency = :base
             group by e.category_id, c.name
             order by e.category_id""";

    private static final String OCCURRENCES = """
            select r.id, r.description, r.amount as template_amount, r.currency as template_currency,
                   o.amount, o.currency, o.date
              from recurring_expenses r
              left join lateral (
                    select e.amount, e.currency, e.date
                      from expenses e
                     where e.recurring_expense_id = r.id and e.user_id = :userId and e.date <= :date
                     order by e.date desc
                     limit 2) o on true
             where r.user_id = :userId and r.active
             order by r.created_at, r.id, o.date desc""";

    // Medians as the mean of the lower and upper middle values (the same value when the count is odd), exact
    // in numeric: first of the amounts, then of their distances from that median. percentile_disc(0.5) is the
    // lower middle value in ascending order and the upper one in descending order. The sample reads only
    // what expenses_user_date_cover_idx holds; the recent expenses are read again for their ids.
    private static final String CANDIDATES = """
            with sample as materialized (
                select e.category_id, e.converted_amount as x
                  from expenses e
                 where e.user_id = :userId and e.date > :from and e.date <= :date and e.converted_currency = :base),
            medians as (
                select category_id, count(*) as n,
                       (percentile_disc(0.5) within group (order by x)
                        + percentile_disc(0.5) within group (order by x desc)) / 2 as median
                  from sample
                 group by category_id
                having count(*) >= :minSample),
            spreads as (
                select s.category_id,
                       (percentile_disc(0.5) within group (order by abs(s.x - m.median))
                        + percentile_disc(0.5) within group (order by abs(s.x - m.median) desc)) / 2 as mad,
                       avg(abs(s.x - m.median)) as mean_d
                  from sample s
                  join medians m on m.category_id = s.category_id
                 group by s.category_id)
            select e.id, e.category_id, c.name, e.date, e.converted_amount, m.median, p.mad, p.mean_d, m.n
              from expenses e
              join medians m on m.category_id = e.category_id
              join spreads p on p.category_id = e.category_id
              join categories c on c.id = e.category_id
             where e.user_id = :userId and e.date > :recentFrom and e.date <= :date and e.converted_currency = :base
               and e.converted_amount > m.median
             order by e.date, e.id""";

    private static final String UNCONVERTED = """
            select count(*)
              from expenses e
             where e.user_id = :userId and e.date > :from and e.date <= :date
               and e.converted_currency is distinct from :base""";

    private final EntityManager entityManager;

    InsightFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Per category with converted expenses from {@code from} to the end of the month starting {@code monthStart}. */
    List<CategoryMonths> categoryMonths(UUID userId, String base, LocalDate from, LocalDate monthStart,
            LocalDate monthEnd) {
        List<CategoryMonths> months = new ArrayList<>();
        for (Object[] row : rows(entityManager.createNativeQuery(CATEGORY_MONTHS)
                .setParameter("userId", userId).setParameter("base", base).setParameter("from", from)
                .setParameter("monthStart", monthStart).setParameter("monthEnd", monthEnd))) {
            months.add(new CategoryMonths((UUID) row[0], (String) row[1], (BigDecimal) row[2], (BigDecimal) row[3]));
        }
        return months;
    }

    /** One row per occurrence (at most two per recurring expense, latest first); one without any for those with none. */
    List<Occurrence> occurrences(UUID userId, LocalDate date) {
        List<Occurrence> occurrences = new ArrayList<>();
        for (Object[] row : rows(entityManager.createNativeQuery(OCCURRENCES)
                .setParameter("userId", userId).setParameter("date", date))) {
            occurrences.add(new Occurrence((UUID) row[0], (String) row[1], (BigDecimal) row[2],
                    ((String) row[3]).strip(), (BigDecimal) row[4], row[5] == null ? null : ((String) row[5]).strip(),
                    localDate(row[6])));
        }
        return occurrences;
    }

    /**
     * Expenses dated after {@code recentFrom} up to {@code date} above their category's median, where the
     * category has at least {@code minSample} converted expenses after {@code from} up to {@code date}.
     */
    List<Candidate> candidates(UUID userId, String base, LocalDate from, LocalDate recentFrom, LocalDate date,
            int minSample) {
        List<Candidate> candidates = new ArrayList<>();
        for (Object[] row : rows(entityManager.createNativeQuery(CANDIDATES)
                .setParameter("userId", userId).setParameter("base", base).setParameter("from", from)
                .setParameter("recentFrom", recentFrom).setParameter("date", date)
                .setParameter("minSample", minSample))) {
            candidates.add(new Candidate((UUID) row[0], (UUID) row[1], (String) row[2], localDate(row[3]),
                    (BigDecimal) row[4], (BigDecimal) row[5], (BigDecimal) row[6], (BigDecimal) row[7],
                    ((Number) row[8]).longValue()));
        }
        return candidates;
    }

    /** Expenses dated after {@code from} up to {@code date} without a conversion into {@code base}. */
    long unconverted(UUID userId, String base, LocalDate from, LocalDate date) {
        return ((Number) entityManager.createNativeQuery(UNCONVERTED).setParameter("userId", userId)
                .setParameter("base", base).setParameter("from", from).setParameter("date", date)
                .getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    /** A date column as the driver hands it over: {@code java.sql.Date} or already a {@link LocalDate}. */
    private static LocalDate localDate(Object value) {
        return value instanceof Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) value;
    }
}
