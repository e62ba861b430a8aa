package dev.coffer.currency.sync;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import dev.coffer.currency.ExchangeRatesStored;
import dev.coffer.currency.provider.PublishedRates;
import dev.coffer.sync.SyncWatermark;
import io.agroal.api.AgroalDataSource;

/**
 * Stores one provider batch: every rate upserted with batched JDBC and the job's watermark moved
 * forward, all in one transaction, so a failure anywhere leaves the previous data untouched. Fires
 * {@link ExchangeRatesStored} for the days written, so amounts converted at those days' rates follow.
 */
@ApplicationScoped
class ExchangeRateWriter {

    private static final String UPSERT_RATE = """
            insert into exchange_rates (rate_date, base, quote, rate, source, fetched_at)
            values (?, ?, ?, ?, ?, ?)
            on conflict (base, quote, rate_date) do update
               set rate = excluded.rate, source = excluded.source, fetched_at = excluded.fetched_at""";

    private final AgroalDataSource dataSource;
    private final Event<ExchangeRatesStored> ratesStored;

    ExchangeRateWriter(AgroalDataSource dataSource, Event<ExchangeRatesStored> ratesStored) {
        this.dataSource = dataSource;
        this.ratesStored = ratesStored;
    }

    /**
     * Writes {@code batch} as published by {@code source} and, when {@code advanceWatermark}, marks
     * its newest day complete for {@code job}. Returns the number of rates written.
     */
    @Transactional
    int write(String job, String source, List<PublishedRates> batch, Instant fetchedAt,
            boolean advanceWatermark) {
        Timestamp fetched = Timestamp.from(fetchedAt);
        LocalDate oldestDay = null;
        LocalDate newestDay = null;
        int written = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement(UPSERT_RATE)) {
            for (PublishedRates day : batch) {
                for (Map.Entry<String, BigDecimal> rate : day.rates().entrySet()) {
                    if (rate.getKey().equals(day.base())) {
                        // Some providers list the base itself at 1; that is not a published rate.
                        continue;
                    }
                    upsert.setDate(1, Date.valueOf(day.date()));
                    upsert.setString(2, day.base());
                    upsert.setString(3, rate.getKey());
                    upsert.setBigDecimal(4, rate.getValue());
                    upsert.setString(5, source);
                    upsert.setTimestamp(6, fetched);
                    upsert.addBatch();
                    written++;
                }
                if (newestDay == null || day.date().isAfter(newestDay)) {
                    newestDay = day.date();
                }
                if (oldestDay == null || day.date().isBefore(oldestDay)) {
                    oldestDay = day.date();
                }
            }
            upsert.executeBatch();
        } catch (SQLException e) {
            throw new RateWriteFailed(e);
        }
        if (advanceWatermark && newestDay != null && written > 0) {
            // Same transaction, and so the same pooled connection, as the rates above.
            SyncWatermark.advance(job, newestDay, fetchedAt);
        }
        if (written > 0) {
            // Fired inside this transaction; observers that read the rates wait for its commit.
            ratesStored.fire(new ExchangeRatesStored(oldestDay, newestDay));
        }
        return written;
    }

    /** The batch could not be stored; nothing of it was. */
    static class RateWriteFailed extends RuntimeException {

        RateWriteFailed(SQLException cause) {
            super("storing the rates failed: " + firstLine(cause), cause);
        }

        private static String firstLine(SQLException e) {
            SQLException detail = e.getNextException() != null ? e.getNextException() : e;
            String message = String.valueOf(detail.getMessage());
            int newline = message.indexOf('\n');
            return newline < 0 ? message : message.substring(0, newline);
        }
    }
}
