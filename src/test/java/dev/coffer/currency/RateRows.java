package dev.coffer.currency;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Writes published pivot rates straight into Postgres, for tests that need known rows. */
public final class RateRows {

    private RateRows() {
    }

    /** Replaces every pivot rate of {@code date} with {@code rates}. */
    public static void put(LocalDate date, Map<String, String> rates, Instant fetchedAt) {
        QuarkusTransaction.requiringNew().run(() -> {
            ExchangeRate.delete("base = ?1 and rateDate = ?2", RateSnapshot.PIVOT, date);
            rates.forEach((quote, rate) -> {
                ExchangeRate row = new ExchangeRate();
                row.base = RateSnapshot.PIVOT;
                row.quote = quote;
                row.rateDate = date;
                row.rate = new BigDecimal(rate);
                row.source = "test";
                row.fetchedAt = fetchedAt;
                row.persist();
            });
        });
    }

    public static void put(LocalDate date, Map<String, String> rates) {
        put(date, rates, Instant.now());
    }

    /** Deletes every rate dated before {@code date}, for tests that need days without any. */
    public static void deleteBefore(LocalDate date) {
        QuarkusTransaction.requiringNew().run(() -> ExchangeRate.delete("rateDate < ?1", date));
    }

    public static void deleteAll() {
        QuarkusTransaction.requiringNew().run(() -> ExchangeRate.deleteAll());
    }

    public static long countBetween(LocalDate start, LocalDate end) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ExchangeRate.count("rateDate between ?1 and ?2", start, end));
    }
}
