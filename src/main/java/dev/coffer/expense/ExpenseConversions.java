package dev.coffer.expense;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import dev.coffer.currency.CurrencyCatalog;
import dev.coffer.currency.RateSnapshot;

/**
 * Computes and stores the conversion of expenses into their owner's base currency, set-based: one
 * {@code UPDATE} for any number of expenses (one expense, one user's, or every expense a newly stored
 * rate can change). The rule (docs/expenses.md):
 * <ul>
 * <li>rates are stored per euro, so the rate from X to B on a day is {@code rate(EUR->B) / rate(EUR->X)}
 * (the euro's own rate being 1), taken from the latest day on or before the expense's date on which
 * both are published;</li>
 * <li>the amount is {@code amount x rate(EUR->B) / rate(EUR->X)} computed exactly and rounded once, half
 * to even, to B's minor units ({@code expense_convert_half_even} in the schema);</li>
 * <li>in the base currency itself the rate is 1, dated the expense's own date, source "identity";</li>
 * <li>without such a rate (or when B has no known minor units) every conversion column is null: never
 * a silent 1:1.</li>
 * </ul>
 * Rows whose stored conversion is already right are not written.
 */
@ApplicationScoped
class ExpenseConversions {

    private static final String CONVERT = """
            update expenses e
               set converted_amount = c.converted_amount, converted_currency = c.converted_currency,
                   rate = c.rate, rate_date = c.rate_date, rate_source = c.rate_source
              from (select x.id,
                           expense_convert_half_even(x.amount, r.rate_to, r.rate_from, m.minor_units)
                               as converted_amount,
                           case when r.rate_date is null then null else u.base_currency end as converted_currency,
                           r.rate_to / r.rate_from as rate,
                           r.rate_date,
                           r.source as rate_source
                      from expenses x
                      join users u on u.id = x.user_id
                      left join unnest(string_to_array(:codes, ','),
                                       cast(string_to_array(:minorUnits, ',') as integer[]))
                                as m (code, minor_units) on m.code = u.base_currency
                      left join lateral (
                            select x.date as rate_date, cast(1 as numeric) as rate_from, cast(1 as numeric) as rate_to,
                                   cast('identity' as text) as source
                             where x.currency = u.base_currency
                            union all
                            (select t.rate_date, cast(1 as numeric), t.rate, t.source
                               from exchange_rates t
                              where x.currency = :pivot and u.base_currency <> :pivot
                                and t.base = :pivot and t.quote = u.base_currency and t.rate_date <= x.date
                              order by t.rate_date desc
                              limit 1)
                            union all
                            (select f.rate_date, f.rate, cast(1 as numeric), f.source
                               from exchange_rates f
                              where u.base_currency = :pivot and x.currency <> :pivot
                                and f.base = :pivot and f.quote = x.currency and f.rate_date <= x.date
                              order by f.rate_date desc
                              limit 1)
                            union all
                            (select t.rate_date, f.rate, t.rate,
                                    case when f.source = t.source then t.source else f.source || ',' || t.source end
                               from exchange_rates t
                               join exchange_rates f
                                 on f.base = :pivot and f.quote = x.currency and f.rate_date = t.rate_date
                                and f.rate_date <= x.date
                              where x.currency <> :pivot and u.base_currency <> :pivot and x.currency <> u.base_currency
                                and t.base = :pivot and t.quote = u.base_currency and t.rate_date <= x.date
                              order by t.rate_date desc
                              limit 1)
                      ) r on m.minor_units is not null
                     where %s) c
             where e.id = c.id
               and (e.converted_amount, e.converted_currency, e.rate, e.rate_date, e.rate_source)
                   is distinct from (c.converted_amount, c.converted_currency, c.rate, c.rate_date, c.rate_source)""";

    private static final String ONE = statement("x.id = :id");
    private static final String OF_USER = statement("x.user_id = :userId");
    private static final String SOME = statement("x.id = any(cast(string_to_array(:ids, ',') as uuid[]))");
    /**
     * A rate stored for a day in [earliest, latest] can only change the conversion of an expense dated on
     * or after earliest whose current rate (if any) is not newer than latest; the base currency itself
     * never changes.
     */
    private static final String AFTER_RATES = statement("""
            x.date >= :earliest and (x.rate_date is null or x.rate_date <= :latest)
                       and x.currency <> u.base_currency""");

    /** The catalog's codes and minor units, as two parallel comma-separated lists bound to the statement. */
    private static final String CODES = CurrencyCatalog.all().stream().map(CurrencyCatalog.Entry::code)
            .collect(Collectors.joining(","));
    private static final String MINOR_UNITS = CurrencyCatalog.all().stream()
            .map(entry -> Integer.toString(entry.minorUnits())).collect(Collectors.joining(","));

    private final EntityManager entityManager;

    ExpenseConversions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Recomputes the stored conversion of {@code expense} (written and flushed) and reloads it. */
    void refresh(Expense expense) {
        entityManager.flush();
        execute(ONE, Map.of("id", expense.id));
        entityManager.refresh(expense);
    }

    /** Recomputes the expenses with these ids (written and flushed), e.g. one batch of an import; unknown ids are ignored. */
    int refreshAll(Collection<UUID> ids) {
        entityManager.flush();
        return execute(SOME, Map.of("ids", ids.stream().map(UUID::toString).collect(Collectors.joining(","))));
    }

    /** Recomputes every expense of {@code userId}, e.g. in the base currency they just chose. */
    int refreshUser(UUID userId) {
        entityManager.flush();
        return execute(OF_USER, Map.of("userId", userId));
    }

    /**
     * Recomputes every expense that rates stored for the days {@code earliest} to {@code latest} can
     * change. Expense writes wait while it runs (its own transaction, tens of milliseconds for a day of
     * rates), and it waits for those in flight: an expense written by a transaction that began before
     * the rates were committed is then either seen here or written after this commits, never converted
     * at the older rate and missed.
     */
    int refreshAfterRates(LocalDate earliest, LocalDate latest) {
        entityManager.createNativeQuery("lock table expenses in exclusive mode").executeUpdate();
        return execute(AFTER_RATES, Map.of("earliest", earliest, "latest", latest));
    }

    /**
     * The statement for the expenses matching {@code scope}. The pivot is written as a literal so that
     * it compares as char(3), like the indexed columns, rather than as a bound text.
     */
    private static String statement(String scope) {
        return CONVERT.formatted(scope).replace(":pivot", "'" + RateSnapshot.PIVOT + "'");
    }

    private int execute(String sql, Map<String, Object> scope) {
        Query update = entityManager.createNativeQuery(sql)
                .setParameter("codes", CODES)
                .setParameter("minorUnits", MINOR_UNITS);
        scope.forEach(update::setParameter);
        return update.executeUpdate();
    }
}
