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

    public static void put(LocalDate date, Map<String, String> rates, Instant fetchedAt) {
        QuarkusTransaction.requiringNew().run(() -> rates.forEach((quote, rate) -> {
            ExchangeRate.delete("base = ?1 and quote = ?2 and rateDate = ?3", RateSnapshot.PIVOT, quote, date);
            ExchangeRate row = new ExchangeRate();
            row.base = RateSnapshot.PIVOT;
            row.quote = quote;
            row.rateDate = date;
            row.rate = new BigDecimal(rate);
            row.source = "test";
            row.fetchedAt = fetchedAt;
            row.persist();
        }));
    }

    public static void put(LocalDate date, Map<String, String> rates) {
        put(date, rates, Instant.now());
    }

    public static void deleteAll() {
        QuarkusTransaction.requiringNew().run(() -> ExchangeRate.deleteAll());
    }

    public static long countBetween(LocalDate start, LocalDate end) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ExchangeRate.count("rateDate between ?1 and ?2", start, end));
    }
}
