package dev.coffer.currency;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A rate as a provider published it: units of {@code quote} per one {@code base} on {@code rateDate}. */
@Entity
@Table(name = "exchange_rates")
@IdClass(ExchangeRate.Key.class)
public class ExchangeRate extends PanacheEntityBase {

    @Id
    public String base;

    @Id
    public String quote;

    @Id
    @Column(name = "rate_date")
    public LocalDate rateDate;

    public BigDecimal rate;

    public String source;

    @Column(name = "fetched_at")
    public Instant fetchedAt;

    /** Every rate of {@code base} on the latest day it has rates for, on or before {@code date}. */
    public static List<ExchangeRate> dayOnOrBefore(String base, LocalDate date) {
        return list("base = ?1 and rateDate = (select max(r.rateDate) from ExchangeRate r"
                + " where r.base = ?1 and r.rateDate <= ?2)", base, date);
    }

    /** The rates of {@code base} to any of {@code quotes} between two dates (inclusive), oldest first. */
    public static List<ExchangeRate> between(String base, List<String> quotes, LocalDate start, LocalDate end) {
        return list("base = ?1 and quote in ?2 and rateDate between ?3 and ?4 order by rateDate", base, quotes,
                start, end);
    }

    /** Per quote of {@code base}: the last date it has a rate for and when that was fetched. */
    public static List<Object[]> lastDatePerQuote(String base) {
        return getEntityManager().createQuery("select r.quote, max(r.rateDate), max(r.fetchedAt)"
                + " from ExchangeRate r where r.base = ?1 group by r.quote order by r.quote", Object[].class)
                .setParameter(1, base)
                .getResultList();
    }

    public static class Key implements Serializable {

        public String base;
        public String quote;
        public LocalDate rateDate;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(base, key.base) && Objects.equals(quote, key.quote)
                    && Objects.equals(rateDate, key.rateDate);
        }

        @Override
        public int hashCode() {
            return Objects.hash(base, quote, rateDate);
        }
    }
}
