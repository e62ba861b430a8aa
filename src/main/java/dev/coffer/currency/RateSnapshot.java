package dev.coffer.currency;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Every rate published for one pivot currency on one day, as stored. This is also the value the
 * sync job writes to Redis (JSON with {@code date}, {@code base}, {@code rates}, {@code source},
 * {@code fetched_at}).
 */
@RegisterForReflection
public record RateSnapshot(LocalDate date, String base, Map<String, BigDecimal> rates, String source,
        Instant fetchedAt) {

    /** The currency every provider publishes against (ECB reference rates are per euro). */
    public static final String PIVOT = "EUR";

    static RateSnapshot of(List<ExchangeRate> rows) {
        ExchangeRate first = rows.getFirst();
        Map<String, BigDecimal> rates = new TreeMap<>();
        TreeSet<String> sources = new TreeSet<>();
        Instant fetchedAt = first.fetchedAt;
        for (ExchangeRate row : rows) {
            rates.put(row.quote.trim(), row.rate);
            sources.add(row.source);
            if (row.fetchedAt.isAfter(fetchedAt)) {
                fetchedAt = row.fetchedAt;
            }
        }
        return new RateSnapshot(first.rateDate, first.base.trim(), rates, sources.stream().collect(Collectors.joining(",")),
                fetchedAt);
    }

    /** True when {@code code} can be priced from this snapshot: the pivot itself or one of its quotes. */
    public boolean covers(String code) {
        return base.equals(code) || rates.containsKey(code);
    }
}
