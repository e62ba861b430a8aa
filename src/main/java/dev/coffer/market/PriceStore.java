package dev.coffer.market;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.coffer.market.provider.DailyBar;
import io.agroal.api.AgroalDataSource;

/**
 * The only code writing {@code security_prices}: every bar upserted with batched JDBC in the
 * caller's transaction, so a batch is stored whole or not at all.
 */
@ApplicationScoped
public class PriceStore {

    private static final String UPSERT = """
            insert into security_prices (security_id, price_date, open, high, low, close, adj_close, volume, source, fetched_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (security_id, price_date) do update
               set open = excluded.open, high = excluded.high, low = excluded.low, close = excluded.close,
                   adj_close = excluded.adj_close, volume = excluded.volume, source = excluded.source,
                   fetched_at = excluded.fetched_at""";

    private final AgroalDataSource dataSource;

    PriceStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The bars one provider published for one security. */
    public record Bars(UUID securityId, String source, List<DailyBar> bars) {
    }

    /** Upserts every bar of {@code batch}; joins the caller's transaction. Returns the number of rows written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int upsert(List<Bars> batch, Instant fetchedAt) {
        Timestamp fetched = Timestamp.from(fetchedAt);
        int written = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (Bars security : batch) {
                for (DailyBar bar : security.bars()) {
                    upsert.setObject(1, security.securityId());
                    upsert.setDate(2, Date.valueOf(bar.date()));
                    upsert.setBigDecimal(3, bar.open());
                    upsert.setBigDecimal(4, bar.high());
                    upsert.setBigDecimal(5, bar.low());
                    upsert.setBigDecimal(6, bar.close());
                    upsert.setBigDecimal(7, bar.adjClose());
                    if (bar.volume() == null) {
                        upsert.setNull(8, Types.BIGINT);
                    } else {
                        upsert.setLong(8, bar.volume());
                    }
                    upsert.setString(9, security.source());
                    upsert.setTimestamp(10, fetched);
                    upsert.addBatch();
                    written++;
                }
            }
            if (written > 0) {
                upsert.executeBatch();
            }
        } catch (SQLException e) {
            throw new PriceWriteFailed(e);
        }
        return written;
    }

    /** The batch could not be stored; nothing of it was. */
    public static class PriceWriteFailed extends RuntimeException {

        PriceWriteFailed(SQLException cause) {
            super("storing the prices failed: " + firstLine(cause), cause);
        }

        private static String firstLine(SQLException e) {
            SQLException detail = e.getNextException() != null ? e.getNextException() : e;
            String message = String.valueOf(detail.getMessage());
            int newline = message.indexOf('\n');
            return newline < 0 ? message : message.substring(0, newline);
        }
    }
}
