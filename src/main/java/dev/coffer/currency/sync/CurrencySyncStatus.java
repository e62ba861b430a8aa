package dev.coffer.currency.sync;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.coffer.currency.ExchangeRate;
import dev.coffer.currency.FxSyncConfig;
import dev.coffer.currency.RateSnapshot;
import dev.coffer.sync.SyncStatusContributor;

/** The {@code currencies} section of {@code /api/v1/sync/status}: per currency pair, how fresh its rates are. */
@ApplicationScoped
public class CurrencySyncStatus implements SyncStatusContributor {

    private final FxSyncConfig config;

    CurrencySyncStatus(FxSyncConfig config) {
        this.config = config;
    }

    @Override
    public String section() {
        return "currencies";
    }

    @Override
    public List<CurrencyPairStatus> entries() {
        Instant now = Instant.now();
        List<Object[]> perQuote = ExchangeRate.lastDatePerQuote(RateSnapshot.PIVOT);
        LocalDate newestDay = null;
        for (Object[] row : perQuote) {
            LocalDate lastDate = (LocalDate) row[1];
            newestDay = newestDay == null || lastDate.isAfter(newestDay) ? lastDate : newestDay;
        }
        List<CurrencyPairStatus> pairs = new ArrayList<>();
        for (Object[] row : perQuote) {
            LocalDate lastDate = (LocalDate) row[1];
            Instant fetchedAt = (Instant) row[2];
            boolean stale = lastDate.isBefore(newestDay)
                    || Duration.between(fetchedAt, now).compareTo(config.staleAfter()) > 0;
            pairs.add(new CurrencyPairStatus(RateSnapshot.PIVOT, ((String) row[0]).trim(), lastDate, stale));
        }
        return pairs;
    }
}
