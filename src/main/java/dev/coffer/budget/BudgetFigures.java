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

    // A large account has tens of thousands of expenses in a rollover or yearly budget's windows, read
    // from the covering index expenses_user_date_cover_idx and summed per window first. An expense in
    // the budget's currency counts its amount, and one whose stored conversion is in that currency (the
    // user's base currency) counts the stored amount, made by the same rule. The others are grouped by
    // currency and day: the rate is looked up once per group (exchange_ratio_at, V5_8) and each expense
    // is still converted and rounded on its own.
    private static final String SPENDING = """
            with w as (
                select cast(t.currency as char(3)) as currency, cast(t.minor_units as integer) as minor_units,
                       cast(nullif(t.category_id, '') as uuid) as category_id, cast(t.from_date as date) as from_date,
                       cast(t.period_start as date) as period_start, cast(t.period_end as date) as period_end, t.n
                  from unnest(string_to_array(:currencies, ','), string_to_array(:minorUnits, ','),
                              string_to_array(:categories, ','), string_to_array(:fromDates, ','),
                              string_to_array(:periodStarts, ','), string_to_array(:periodEnds, ','))
                       with ordinality as t (currency, minor_units, category_id, from_date, period_start,
                                             period_end, n)),
            x as (
                select w.n, e.date >= w.period_start as current,
                       case when e.currency <> w.currency and e.converted_currency is distinct from w.currency
                            then e.currency end as currency,
                       case when e.currency <> w.currency and e.converted_currency is distinct from w.currency
                            then e.date end as date,
                       sum(case when e.currency = w.currency then e.amount
                                when e.converted_currency = w.currency then e.converted_amount end) as known,
                       array_agg(e.amount) filter (where e.currency <> w.currency
                                                     and e.converted_currency is distinct from w.currency) as others
                  from w
                  join expenses e
                    on e.user_id = :userId and e.date between w.from_date and w.period_end
                   and (w.category_id is null or e.category_id = w.category_id
                        or exists (select 1 from categories k where k.id = e.category_id and k.parent_id = w.category_id))
                 group by 1, 2, 3, 4),
            c as (
                select x.n, x.current, coalesce(x.known, 0) + coalesce(o.converted, 0) as amount,
                       coalesce(o.unconverted, 0) as unconverted
                  from x
                  join w on w.n = x.n
                  left join lateral exchange_ratio_at(x.currency, w.currency, x.date) r on true
                  left join lateral (
                        select sum(expense_convert_half_even(a.amount, r.rate_to, r.rate_from, w.minor_units)) as converted,
                               count(a.amount) filter (where r.rate_to is null) as unconverted
                          from unnest(x.others) as a (amount)
                  ) o on true)
            select w.n,
                   coalesce(sum(c.amount) filter (where c.current), 0) as spent,
                   coalesce(sum(c.amount) filter (where not c.current), 0) as spent_before,
                   coalesce(sum(c.unconverted), 0) as unconverted
              from w
              left join c on c.n = w.n
             group by w.n
             order by w.n""";

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
