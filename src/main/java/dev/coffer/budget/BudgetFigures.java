package dev.coffer.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dev.coffer.currency.CurrencyCatalog;
import dev.coffer.currency.RateSnapshot;

/**
 * What a user has spent against budgets, for any number of (budget, period) pairs in one statement.
 * Each expense counts in the budget's currency: in that currency its own amount, otherwise its amount
 * converted at the rate of its date by the rule of the stored expense conversions (the exact ratio of
 * the euro rates of the latest day on or before the date on which both are published, rounded once,
 * half to even, to the budget currency's minor units). Expenses without such a rate count in nothing
 * but {@link Figures#unconverted}.
 */
@ApplicationScoped
class BudgetFigures {

    /** Spending in a period, spending in the earlier periods of a rollover budget, expenses without a rate. */
    record Figures(BigDecimal spent, BigDecimal spentBefore, long unconverted) {
    }

    /** One budget period to measure; {@code from} is the budget's start date for rollover, else the period's start. */
    record Window(Budget budget, BudgetPeriod.Span span) {

        LocalDate from() {
            return budget.rollover ? budget.startDate : span.start();
        }
    }

    private static final String SPENDING = """
            select w.n,
                   coalesce(sum(c.amount) filter (where x.date >= w.period_start), 0) as spent,
                   coalesce(sum(c.amount) filter (where x.date < w.period_start), 0) as spent_before,
                   count(x.id) filter (where c.amount is null) as unconverted
              from (select cast(t.currency as char(3)) as currency, cast(t.minor_units as integer) as minor_units,
                           cast(nullif(t.category_id, '') as uuid) as category_id, cast(t.from_date as date) as from_date,
                           cast(t.period_start as date) as period_start, cast(t.period_end as date) as period_end, t.n
                      from unnest(string_to_array(:currencies, ','), string_to_array(:minorUnits, ','),
                                  string_to_array(:categories, ','), string_to_array(:fromDates, ','),
                                  string_to_array(:periodStarts, ','), string_to_array(:periodEnds, ','))
                           with ordinality as t (currency, minor_units, category_id, from_date, period_start,
                                                 period_end, n)) w
              left join expenses x
                on x.user_id = :userId and x.date between w.from_date and w.period_end
               and (w.category_id is null or x.category_id = w.category_id
                    or exists (select 1 from categories k where k.id = x.category_id and k.parent_id = w.category_id))
              left join lateral (
                    select x.amount as amount
                     where x.currency = w.currency
                    union all
                    (select expense_convert_half_even(x.amount, t.rate, 1, w.minor_units)
                       from exchange_rates t
                      where x.currency = :pivot and w.currency <> :pivot
                        and t.base = :pivot and t.quote = w.currency and t.rate_date <= x.date
                      order by t.rate_date desc
                      limit 1)
                    union all
                    (select expense_convert_half_even(x.amount, 1, f.rate, w.minor_units)
                       from exchange_rates f
                      where w.currency = :pivot and x.currency <> :pivot
                        and f.base = :pivot and f.quote = x.currency and f.rate_date <= x.date
                      order by f.rate_date desc
                      limit 1)
                    union all
                    (select expense_convert_half_even(x.amount, t.rate, f.rate, w.minor_units)
                       from exchange_rates t
                       join exchange_rates f
                         on f.base = :pivot and f.quote = x.currency and f.rate_date = t.rate_date
                      where x.currency <> :pivot and w.currency <> :pivot and x.currency <> w.currency
                        and t.base = :pivot and t.quote = w.currency and t.rate_date <= x.date
                      order by t.rate_date desc
                      limit 1)
              ) c on x.id is not null
             group by w.n
             order by w.n""".replace(":pivot", "'" + RateSnapshot.PIVOT + "'");

    private final EntityManager entityManager;

    BudgetFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The figures of each window, in the same order; one statement whatever the number of windows. */
    List<Figures> measure(UUID userId, List<Window> windows) {
        if (windows.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(SPENDING)
                .setParameter("userId", userId)
                .setParameter("currencies", join(windows, w -> w.budget().currency))
                .setParameter("minorUnits", join(windows, w -> Integer.toString(minorUnits(w.budget().currency))))
                .setParameter("categories", join(windows,
                        w -> w.budget().categoryId == null ? "" : w.budget().categoryId.toString()))
                .setParameter("fromDates", join(windows, w -> w.from().toString()))
                .setParameter("periodStarts", join(windows, w -> w.span().start().toString()))
                .setParameter("periodEnds", join(windows, w -> w.span().end().toString()))
                .getResultList();
        Figures[] figures = new Figures[windows.size()];
        for (Object[] row : rows) {
            int index = ((Number) row[0]).intValue() - 1;
            figures[index] = new Figures((BigDecimal) row[1], (BigDecimal) row[2], ((Number) row[3]).longValue());
        }
        return new ArrayList<>(Arrays.asList(figures));
    }

    private static int minorUnits(String currency) {
        return CurrencyCatalog.find(currency).orElseThrow().minorUnits();
    }

    private static String join(List<Window> windows, java.util.function.Function<Window, String> field) {
        return windows.stream().map(field).collect(Collectors.joining(","));
    }
}
