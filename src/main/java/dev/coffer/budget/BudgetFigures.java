package dev.coffer.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
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

    /**
     * A run of days of one window, in its period ({@code current}) or before it. {@code wholeMonths} runs
     * go from the first day of a month to the last day of a month and are read from the monthly totals;
     * the others, at most a month and a few days at each edge of a window, expense by expense.
     */
    record Segment(int window, boolean current, LocalDate from, LocalDate to, boolean wholeMonths) {
    }

    // Whole months come from expense_month_totals (V6_4), kept by triggers on expenses: a group in the
    // budget's currency counts its amount, one whose stored conversion is in that currency (the user's
    // base currency) its stored conversion, made by the same rule. A month holding any other group (an
    // expense to convert on its own, or one without a conversion) is read expense by expense instead,
    // like the edge days: from the covering index expenses_user_date_cover_idx, grouped by currency and
    // day so that the rate is looked up once per group (exchange_ratio_at, V5_8) while each expense is
    // still converted and rounded on its own.
    private static final String SPENDING = """
            with w as (
                select cast(t.currency as char(3)) as currency, cast(t.minor_units as integer) as minor_units,
                       cast(nullif(t.category_id, '') as uuid) as category_id, t.n
                  from unnest(string_to_array(:currencies, ','), string_to_array(:minorUnits, ','),
                              string_to_array(:categories, ','))
                       with ordinality as t (currency, minor_units, category_id, n)),
            s as (
                select cast(t.n as bigint) as n, t.current = 't' as current, cast(t.from_date as date) as from_date,
                       cast(t.to_date as date) as to_date, t.whole = 't' as whole
                  from unnest(string_to_array(:segmentWindows, ','), string_to_array(:segmentCurrent, ','),
                              string_to_array(:segmentFrom, ','), string_to_array(:segmentTo, ','),
                              string_to_array(:segmentWhole, ','))
                       as t (n, current, from_date, to_date, whole)),
            m as (
                select s.n, s.current, t.month,
                       sum(case when t.currency = w.currency then t.amount
                                when t.converted_currency = w.currency then t.converted_amount end) as known,
                       bool_or(t.currency <> w.currency and t.converted_currency is distinct from w.currency) as mixed
                  from s
                  join w on w.n = s.n
                  join expense_month_totals t
                    on t.user_id = :userId and t.month between s.from_date and s.to_date
                   and (w.category_id is null or t.category_id = w.category_id
                        or exists (select 1 from categories k where k.id = t.category_id and k.parent_id = w.category_id))
                 where s.whole
                 group by 1, 2, 3),
            r as (
                select s.n, s.current, s.from_date, s.to_date from s where not s.whole
                union all
                select m.n, m.current, m.month, cast(m.month + interval '1 month' - interval '1 day' as date)
                  from m where m.mixed),
            x as (
                select r.n, r.current,
                       case when e.currency <> w.currency and e.converted_currency is distinct from w.currency
                            then e.currency end as currency,
                       case when e.currency <> w.currency and e.converted_currency is distinct from w.currency
                            then e.date end as date,
                       sum(case when e.currency = w.currency then e.amount
                                when e.converted_currency = w.currency then e.converted_amount end) as known,
                       array_agg(e.amount) filter (where e.currency <> w.currency
                                                     and e.converted_currency is distinct from w.currency) as others
                  from r
                  join w on w.n = r.n
                  join expenses e
                    on e.user_id = :userId and e.date between r.from_date and r.to_date
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
                  ) o on true),
            a as (
                select m.n, m.current, m.known as amount, 0 as unconverted from m where not m.mixed
                union all
                select c.n, c.current, c.amount, c.unconverted from c)
            select w.n,
                   coalesce(sum(a.amount) filter (where a.current), 0) as spent,
                   coalesce(sum(a.amount) filter (where not a.current), 0) as spent_before,
                   coalesce(sum(a.unconverted), 0) as unconverted
              from w
              left join a on a.n = w.n
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
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            segments.addAll(segments(i + 1, windows.get(i)));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(SPENDING)
                .setParameter("userId", userId)
                .setParameter("currencies", join(windows, w -> w.budget().currency))
                .setParameter("minorUnits", join(windows, w -> Integer.toString(minorUnits(w.budget().currency))))
                .setParameter("categories", join(windows,
                        w -> w.budget().categoryId == null ? "" : w.budget().categoryId.toString()))
                .setParameter("segmentWindows", join(segments, segment -> Integer.toString(segment.window())))
                .setParameter("segmentCurrent", join(segments, segment -> segment.current() ? "t" : "f"))
                .setParameter("segmentFrom", join(segments, segment -> segment.from().toString()))
                .setParameter("segmentTo", join(segments, segment -> segment.to().toString()))
                .setParameter("segmentWhole", join(segments, segment -> segment.wholeMonths() ? "t" : "f"))
                .getResultList();
        Figures[] figures = new Figures[windows.size()];
        for (Object[] row : rows) {
            int index = ((Number) row[0]).intValue() - 1;
            figures[index] = new Figures((BigDecimal) row[1], (BigDecimal) row[2], ((Number) row[3]).longValue());
        }
        return new ArrayList<>(Arrays.asList(figures));
    }

    /**
     * The days window number {@code number} (1-based) reads: the earlier periods of a rollover budget,
     * then its own period, each split into the whole calendar months inside it and the days before and
     * after them.
     */
    static List<Segment> segments(int number, Window window) {
        List<Segment> segments = new ArrayList<>();
        if (window.from().isBefore(window.span().start())) {
            split(number, false, window.from(), window.span().start().minusDays(1), segments);
        }
        split(number, true, window.span().start(), window.span().end(), segments);
        return segments;
    }

    private static void split(int number, boolean current, LocalDate from, LocalDate to, List<Segment> segments) {
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate lastWholeEnd = to.getDayOfMonth() == to.lengthOfMonth() ? to : to.withDayOfMonth(1).minusDays(1);
        if (firstWhole.isAfter(lastWholeEnd)) {
            segments.add(new Segment(number, current, from, to, false));
            return;
        }
        if (from.isBefore(firstWhole)) {
            segments.add(new Segment(number, current, from, firstWhole.minusDays(1), false));
        }
        segments.add(new Segment(number, current, firstWhole, lastWholeEnd, true));
        if (lastWholeEnd.isBefore(to)) {
            segments.add(new Segment(number, current, lastWholeEnd.plusDays(1), to, false));
        }
    }

    private static int minorUnits(String currency) {
        return CurrencyCatalog.find(currency).orElseThrow().minorUnits();
    }

    private static <T> String join(List<T> items, Function<T, String> field) {
        return items.stream().map(field).collect(Collectors.joining(","));
    }
}
