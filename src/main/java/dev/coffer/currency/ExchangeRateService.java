package dev.coffer.currency;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import dev.coffer.common.error.ApiException;

/**
 * Reads exchange rates: the latest from Redis when it answers, everything else (and the latest
 * when Redis does not) from Postgres. Rates between any two currencies are derived through the
 * pivot ({@link CrossRates}). Reading rates older than {@code coffer.sync.fx.stale-after} says so
 * ({@link RatesFoundStale}, which starts a background refresh) and answers with the data at hand.
 */
@ApplicationScoped
public class ExchangeRateService {

    /** Longest range {@code /exchange-rates/history} answers in one request. */
    public static final int MAX_HISTORY_DAYS = 366;

    private final LatestRatesCache cache;
    private final Event<RatesFoundStale> foundStale;
    private final FxSyncConfig config;

    ExchangeRateService(LatestRatesCache cache, Event<RatesFoundStale> foundStale, FxSyncConfig config) {
        this.cache = cache;
        this.foundStale = foundStale;
        this.config = config;
    }

    /** The newest pivot rates: Redis first, Postgres when Redis has none or is down. */
    public Optional<RateSnapshot> latestSnapshot() {
        Optional<RateSnapshot> snapshot = currentSnapshot();
        refreshIfStale(snapshot);
        return snapshot;
    }

    /** Like {@link #latestSnapshot()}, but never asks for a refresh (for public, unauthenticated reads). */
    public Optional<RateSnapshot> currentSnapshot() {
        Optional<RateSnapshot> snapshot = cache.latest(RateSnapshot.PIVOT);
        if (snapshot.isEmpty()) {
            snapshot = snapshotOnOrBefore(today());
            snapshot.ifPresent(cache::putIfAbsent);
        }
        return snapshot;
    }

    /** The pivot rates effective on {@code date}: those of the latest day published on or before it. */
    public Optional<RateSnapshot> snapshotOn(LocalDate date) {
        if (!date.isBefore(today())) {
            return latestSnapshot();
        }
        return snapshotOnOrBefore(date);
    }

    /**
     * The rate from {@code from} to {@code to} effective on {@code date} (latest published on or
     * before it); empty when no rate is known. For other domains converting money.
     */
    public Optional<RateQuote> quote(String from, String to, LocalDate date) {
        return snapshotOn(date).flatMap(snapshot -> CrossRates.rate(snapshot, from, to)
                .map(rate -> new RateQuote(from, to, rate, snapshot.date(), snapshot.source(), snapshot.fetchedAt())));
    }

    public ExchangeRatesResponse latest(String base, List<String> symbols) {
        return ratesOf(latestSnapshot(), base, symbols);
    }

    public ExchangeRatesResponse on(LocalDate date, String base, List<String> symbols) {
        return ratesOf(snapshotOn(date), base, symbols);
    }

    public List<RateHistoryPoint> history(String base, String symbol, LocalDate start, LocalDate end) {
        if (start.isAfter(end)) {
            throw ApiException.invalidField("start_date", "must not be after end_date");
        }
        if (start.plusDays(MAX_HISTORY_DAYS).isBefore(end)) {
            throw ApiException.invalidField("end_date", "the range may span at most " + MAX_HISTORY_DAYS + " days");
        }
        List<String> quotes = List.of(base, symbol).stream().filter(code -> !code.equals(RateSnapshot.PIVOT))
                .distinct().toList();
        Map<LocalDate, List<ExchangeRate>> byDay = quotes.isEmpty()
                ? Map.of()
                : ExchangeRate.between(RateSnapshot.PIVOT, quotes, start, end).stream()
                        .collect(Collectors.groupingBy(rate -> rate.rateDate, TreeMap::new, Collectors.toList()));
        List<RateHistoryPoint> points = new ArrayList<>();
        byDay.forEach((day, rows) -> CrossRates.rate(RateSnapshot.of(rows), base, symbol)
                .ifPresent(rate -> points.add(new RateHistoryPoint(day, rate.toPlainString()))));
        if (points.isEmpty() && !base.equals(symbol)) {
            throw rateNotAvailable(base + "/" + symbol + " has no rates between " + start + " and " + end);
        }
        return points;
    }

    public ConversionResponse convert(BigDecimal amount, String from, String to, LocalDate date) {
        BigDecimal checked = Money.requirePositive("amount", amount, from);
        RateSnapshot snapshot = (date == null ? latestSnapshot() : snapshotOn(date))
                .orElseThrow(() -> rateNotAvailable("No exchange rates are known" + (date == null ? "" : " on or before " + date)));
        BigDecimal rate = CrossRates.rate(snapshot, from, to)
                .orElseThrow(() -> rateNotAvailable("No rate from " + from + " to " + to + " on " + snapshot.date()));
        // The result uses the exact ratio of the published rates, not the presented 10-digit rate, which
        // would be off by whole units on large amounts; rounded once, as expense conversions are.
        BigDecimal result = CrossRates.convert(snapshot, checked, from, to, Money.scaleFor(to)).orElseThrow();
        return new ConversionResponse(checked.toPlainString(), from, to, rate.toPlainString(), snapshot.date(),
                result.toPlainString());
    }

    private ExchangeRatesResponse ratesOf(Optional<RateSnapshot> found, String base, List<String> symbols) {
        RateSnapshot snapshot = found.orElseThrow(() -> rateNotAvailable("No exchange rates are known for that date"));
        if (!snapshot.covers(base)) {
            throw rateNotAvailable("No rates for " + base + " on " + snapshot.date());
        }
        List<String> wanted = symbols.isEmpty() ? allCodes(snapshot, base) : symbols;
        Map<String, String> rates = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String symbol : wanted) {
            CrossRates.rate(snapshot, base, symbol).ifPresentOrElse(rate -> rates.put(symbol, rate.toPlainString()),
                    () -> missing.add(symbol));
        }
        if (!missing.isEmpty()) {
            throw rateNotAvailable("No rates from " + base + " to " + String.join(", ", missing) + " on "
                    + snapshot.date());
        }
        return new ExchangeRatesResponse(base, snapshot.date(), rates, snapshot.source(), snapshot.fetchedAt());
    }

    private static List<String> allCodes(RateSnapshot snapshot, String base) {
        List<String> codes = new ArrayList<>(snapshot.rates().keySet());
        codes.add(snapshot.base());
        return codes.stream().filter(code -> !code.equals(base)).sorted().distinct().toList();
    }

    /** Re-reads the newest stored rates and replaces the Redis copy with them (after the sync job's commit). */
    public Optional<RateSnapshot> publishLatestToCache() {
        Optional<RateSnapshot> latest = storedSnapshotOn(today());
        latest.ifPresent(cache::put);
        return latest;
    }

    /** The stored pivot rates effective on {@code date}, straight from Postgres, without side effects. */
    public Optional<RateSnapshot> storedSnapshotOn(LocalDate date) {
        return snapshotOnOrBefore(date);
    }

    private Optional<RateSnapshot> snapshotOnOrBefore(LocalDate date) {
        List<ExchangeRate> rows = ExchangeRate.dayOnOrBefore(RateSnapshot.PIVOT, date);
        return rows.isEmpty() ? Optional.empty() : Optional.of(RateSnapshot.of(rows));
    }

    private void refreshIfStale(Optional<RateSnapshot> snapshot) {
        Instant fetchedAt = snapshot.map(RateSnapshot::fetchedAt).orElse(Instant.EPOCH);
        if (Duration.between(fetchedAt, Instant.now()).compareTo(config.staleAfter()) > 0) {
            foundStale.fire(new RatesFoundStale(fetchedAt));
        }
    }

    static ApiException rateNotAvailable(String detail) {
        return ApiException.notFound("RATE_NOT_AVAILABLE", detail);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
