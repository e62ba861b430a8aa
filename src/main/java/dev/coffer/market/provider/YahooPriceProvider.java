package dev.coffer.market.provider;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.coffer.common.provider.FailureReason;
import dev.coffer.common.provider.ProviderException;
import dev.coffer.common.provider.ResilientHttpCall;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Yahoo Finance's v8 chart API: daily bars and the symbol's metadata (name, exchange, currency,
 * instrument type, exchange time zone) in one request. The primary provider of listed securities.
 */
@ApplicationScoped
public class YahooPriceProvider implements PriceProvider {

    public static final String NAME = "yahoo";

    private final YahooClient client;
    private final ResilientHttpCall http;
    private final ObjectMapper objectMapper;
    private final String userAgent;

    @Inject
    YahooPriceProvider(@RestClient YahooClient client, MarketProviderConfig config, ObjectMapper objectMapper) {
        this.client = client;
        this.http = new ResilientHttpCall(PriceProviders.KIND, NAME, config.yahoo());
        this.objectMapper = objectMapper;
        this.userAgent = config.yahoo().userAgent();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PriceHistory fetch(SecurityRef security, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        // period2 is exclusive: the start of the day after `to`, so that day's session is included
        // wherever the exchange is.
        long period1 = from.minusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long period2 = to.plusDays(2).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        byte[] body = http.fetch("chart/" + security.symbol(),
                () -> client.chart(security.symbol(), period1, period2, "1d", userAgent));
        return parse(objectMapper, body, from, to);
    }

    /**
     * Reads a chart answer. Bar dates are the session's day at the exchange
     * ({@code exchangeTimezoneName}), never at the capture-time {@code gmtoffset}. A bar whose close
     * is null is a day without data and is left out; any other null field stays null.
     */
    static PriceHistory parse(ObjectMapper objectMapper, byte[] body, LocalDate from, LocalDate to) {
        YahooChart answer;
        try {
            answer = objectMapper.readValue(body, YahooChart.class);
        } catch (JsonProcessingException unparsable) {
            throw malformed("unparsable JSON: " + unparsable.getOriginalMessage());
        } catch (IOException unreadable) {
            throw malformed("unreadable body: " + unreadable.getMessage());
        }
        if (answer == null || answer.chart() == null) {
            throw malformed("no chart in the response");
        }
        YahooChart.Chart chart = answer.chart();
        if (chart.error() != null) {
            String code = String.valueOf(chart.error().code());
            String message = "error response: " + code + " (" + chart.error().description() + ")";
            throw new ProviderException(NAME, "Not Found".equalsIgnoreCase(code)
                    ? FailureReason.NOT_FOUND : FailureReason.ERROR_RESPONSE, message);
        }
        if (chart.result() == null || chart.result().isEmpty() || chart.result().get(0) == null) {
            throw malformed("neither a result nor an error");
        }
        YahooChart.Result result = chart.result().get(0);
        YahooChart.Meta meta = result.meta();
        if (meta == null || meta.currency() == null || meta.currency().isBlank()) {
            throw malformed("no currency in the metadata");
        }
        ZoneId zone = exchangeZone(meta);
        SecurityProfile profile = new SecurityProfile(name(meta), type(meta.instrumentType()),
                meta.fullExchangeName() != null ? meta.fullExchangeName() : meta.exchangeName(),
                meta.currency().toUpperCase(Locale.ROOT), null);
        return new PriceHistory(profile, bars(result, zone, from, to));
    }

    private static List<DailyBar> bars(YahooChart.Result result, ZoneId zone, LocalDate from, LocalDate to) {
        List<Long> timestamps = result.timestamp();
        if (timestamps == null || timestamps.isEmpty()) {
            // No session in the range asked (a weekend): an answer without bars.
            return List.of();
        }
        if (result.indicators() == null || result.indicators().quote() == null
                || result.indicators().quote().isEmpty() || result.indicators().quote().get(0) == null) {
            throw malformed("timestamps without quotes");
        }
        YahooChart.Quote quote = result.indicators().quote().get(0);
        List<BigDecimal> adjusted = result.indicators().adjclose() == null || result.indicators().adjclose().isEmpty()
                || result.indicators().adjclose().get(0) == null ? null : result.indicators().adjclose().get(0).adjclose();
        if (quote.close() == null || quote.close().size() != timestamps.size()) {
            throw malformed("close has " + (quote.close() == null ? "no" : quote.close().size()) + " entries for "
                    + timestamps.size() + " timestamps");
        }
        TreeMap<LocalDate, DailyBar> byDay = new TreeMap<>();
        for (int i = 0; i < timestamps.size(); i++) {
            BigDecimal close = quote.close().get(i);
            Long timestamp = timestamps.get(i);
            if (close == null || timestamp == null) {
                continue;
            }
            if (close.signum() <= 0) {
                throw malformed("non-positive close " + close + " at " + timestamp);
            }
            LocalDate day = Instant.ofEpochSecond(timestamp).atZone(zone).toLocalDate();
            if (day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            // A later entry for the same day (the live bar Yahoo appends while a session runs) wins.
            byDay.put(day, new DailyBar(day, at(quote.open(), i), at(quote.high(), i), at(quote.low(), i), close,
                    at(adjusted, i), at(quote.volume(), i)));
        }
        return new ArrayList<>(byDay.values());
    }

    private static <T> T at(List<T> values, int index) {
        return values == null || index >= values.size() ? null : values.get(index);
    }

    private static ZoneId exchangeZone(YahooChart.Meta meta) {
        if (meta.exchangeTimezoneName() == null) {
            throw malformed("no exchangeTimezoneName in the metadata");
        }
        try {
            return ZoneId.of(meta.exchangeTimezoneName());
        } catch (DateTimeException unknown) {
            throw malformed("unknown time zone '" + meta.exchangeTimezoneName() + "'");
        }
    }

    private static String name(YahooChart.Meta meta) {
        if (meta.longName() != null && !meta.longName().isBlank()) {
            return meta.longName();
        }
        if (meta.shortName() != null && !meta.shortName().isBlank()) {
            return meta.shortName();
        }
        return meta.symbol();
    }

    /** Yahoo's {@code instrumentType}, e.g. {@code EQUITY} or {@code MUTUALFUND}; null when it says none. */
    static SecurityType type(String instrumentType) {
        if (instrumentType == null) {
            return null;
        }
        return switch (instrumentType.toUpperCase(Locale.ROOT)) {
            case "EQUITY" -> SecurityType.EQUITY;
            case "ETF" -> SecurityType.ETF;
            case "MUTUALFUND" -> SecurityType.FUND;
            case "CRYPTOCURRENCY" -> SecurityType.CRYPTO;
            default -> SecurityType.OTHER;
        };
    }

    private static ProviderException malformed(String message) {
        return new ProviderException(NAME, FailureReason.MALFORMED, message);
    }
}
