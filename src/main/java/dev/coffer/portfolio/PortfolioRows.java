package dev.coffer.portfolio;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dev.coffer.currency.RateSnapshot;

/**
 * The two statements behind the portfolio: a user's holdings with the close of each on a date, and the
 * daily value series. Each is one statement whatever the number of holdings or days; the price of a day is
 * one walk down {@code security_prices}' primary key (the latest close on or before it).
 */
@ApplicationScoped
class PortfolioRows {

    private static final String HOLDINGS = """
            select h.id, h.account_id, a.name as account_name, s.id as security_id, s.symbol, s.name, s.type,
                   cast(s.currency as text), h.quantity, h.cost_basis, cast(h.cost_currency as text),
                   p.close, p.price_date, p.source, p.fetched_at
              from holdings h
              join accounts a on a.id = h.account_id
              join securities s on s.id = h.security_id
              left join lateral (
                    select sp.close, sp.price_date, sp.source, sp.fetched_at
                      from security_prices sp
                     where sp.security_id = h.security_id and sp.price_date <= :date
                     order by sp.price_date desc
                     limit 1) p on true
             where h.user_id = :user
             order by h.id""";

    /**
     * Per day: the pivot rates are those of the latest day published on or before it (as
     * {@code ExchangeRateService.snapshotOn} takes them); each holding's value is its quantity times the
     * latest close on or before the day, converted with the exact ratio of the two euro rates and rounded
     * once, half to even ({@code expense_convert_half_even}, the rule of every conversion); the day's value
     * is the sum of those. A holding without a close or a rate that day adds nothing and is counted.
     */
    private static final String SERIES = """
            with days as (
                  select cast(d as date) as day
                    from generate_series(cast(:start as date), cast(:end as date), interval '1 day') as d),
                 snapshots as (
                  select day,
                         (select max(r.rate_date) from exchange_rates r where r.base = :pivot and r.rate_date <= day)
                             as rate_date
                    from days)
            select s.day, sum(v.value), count(v.holding), count(v.value)
              from snapshots s
              left join lateral (
                    select h.id as holding,
                           expense_convert_half_even(h.quantity * p.close,
                               case when sec.currency = :base or :base = :pivot then 1 else t.rate end,
                               case when sec.currency = :base or sec.currency = :pivot then 1 else f.rate end,
                               :scale) as value
                      from holdings h
                      join securities sec on sec.id = h.security_id
                      left join lateral (
                            select sp.close
                              from security_prices sp
                             where sp.security_id = h.security_id and sp.price_date <= s.day
                             order by sp.price_date desc
                             limit 1) p on true
                      left join exchange_rates f
                        on f.base = :pivot and f.quote = sec.currency and f.rate_date = s.rate_date
                      left join exchange_rates t
                        on t.base = :pivot and t.quote = :base and t.rate_date = s.rate_date
                     where h.user_id = :user) v on true
             group by s.day
             order by s.day""";

    /**
     * A holding with the close it has on the valuation date and when that close was fetched (all four price
     * fields null without one); the fetch time lets a valuation of today judge staleness without asking again.
     */
    record HoldingRow(UUID id, UUID accountId, String accountName, UUID securityId, String symbol, String name,
            String type, String currency, BigDecimal quantity, BigDecimal costBasis, String costCurrency,
            BigDecimal close, LocalDate priceDate, String priceSource, Instant priceFetchedAt) {
    }

    /** One day of the series: the value of the holdings valued that day (null when none is), and how many there are. */
    record DayRow(LocalDate day, BigDecimal value, long holdings, long valued) {
    }

    private final EntityManager entityManager;

    PortfolioRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<HoldingRow> holdings(UUID userId, LocalDate date) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(HOLDINGS)
                .setParameter("user", userId)
                .setParameter("date", date)
                .getResultList();
        return rows.stream().map(row -> new HoldingRow((UUID) row[0], (UUID) row[1], (String) row[2], (UUID) row[3],
                (String) row[4], (String) row[5], (String) row[6], (String) row[7], (BigDecimal) row[8],
                (BigDecimal) row[9], (String) row[10], (BigDecimal) row[11], date(row[12]), (String) row[13],
                (Instant) row[14])).toList();
    }

    List<DayRow> series(UUID userId, String base, int scale, LocalDate start, LocalDate end) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(SERIES)
                .setParameter("user", userId)
                .setParameter("base", base)
                .setParameter("pivot", RateSnapshot.PIVOT)
                .setParameter("scale", scale)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList();
        return rows.stream().map(row -> new DayRow(date(row[0]), (BigDecimal) row[1], ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue())).toList();
    }

    /** A date column as the driver hands it over: {@code java.sql.Date} or already a {@link LocalDate}. */
    private static LocalDate date(Object value) {
        return value instanceof Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) value;
    }
}
