package dev.coffer.sync;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.coffer.currency.ExchangeRate;
import dev.coffer.currency.FxSyncConfig;
import dev.coffer.currency.RateSnapshot;

@ApplicationScoped
public class SyncStatusService {

    private final FxSyncConfig fxConfig;

    SyncStatusService(FxSyncConfig fxConfig) {
        this.fxConfig = fxConfig;
    }

    public SyncStatusResponse status() {
        Instant now = Instant.now();
        List<SyncStatusResponse.PairStatus> pairs = new ArrayList<>();
        LocalDate newestDay = null;
        Instant newestFetch = null;
        List<Object[]> perQuote = ExchangeRate.lastDatePerQuote(RateSnapshot.PIVOT);
        for (Object[] row : perQuote) {
            LocalDate lastDate = (LocalDate) row[1];
            Instant fetchedAt = (Instant) row[2];
            newestDay = newestDay == null || lastDate.isAfter(newestDay) ? lastDate : newestDay;
            newestFetch = newestFetch == null || fetchedAt.isAfter(newestFetch) ? fetchedAt : newestFetch;
        }
        for (Object[] row : perQuote) {
            LocalDate lastDate = (LocalDate) row[1];
            Instant fetchedAt = (Instant) row[2];
            boolean stale = lastDate.isBefore(newestDay)
                    || Duration.between(fetchedAt, now).compareTo(fxConfig.staleAfter()) > 0;
            pairs.add(new SyncStatusResponse.PairStatus(RateSnapshot.PIVOT, ((String) row[0]).trim(), lastDate, stale));
        }
        Long dataAge = newestFetch == null ? null : Duration.between(newestFetch, now).toSeconds();
        return new SyncStatusResponse(List.of(job(ExchangeRateSyncJob.NAME, dataAge)), pairs);
    }

    private static SyncStatusResponse.JobStatus job(String name, Long dataAgeSeconds) {
        Optional<SyncRun> attempt = SyncRun.lastAttempt(name);
        Optional<SyncRun> success = SyncRun.lastSuccess(name);
        return new SyncStatusResponse.JobStatus(name, success.map(run -> run.finishedAt).orElse(null),
                attempt.map(run -> run.finishedAt).orElse(null), attempt.map(run -> run.status).orElse(null),
                attempt.map(run -> run.provider).orElse(null), attempt.map(run -> run.error).orElse(null),
                SyncWatermark.completeThrough(name).orElse(null), dataAgeSeconds);
    }
}
