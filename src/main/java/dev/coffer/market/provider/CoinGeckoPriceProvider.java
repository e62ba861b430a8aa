package dev.coffer.market.provider;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
 * Crypto prices from CoinGecko's public API. A ticker ({@code BTC}) is resolved to CoinGecko's coin
 * id ({@code bitcoin}) once, at registration, through {@code /search} (the coin of that ticker with
 * the highest market capitalisation); the id is kept as the security's provider key. Prices come
 * from {@code market_chart} with {@code interval=daily} in {@code coffer.market.coingecko.vs-currency}:
 * one price a day, stored as that day's close, without open, high, low, adjusted close or volume.
 */
@ApplicationScoped
public class CoinGeckoPriceProvider implements PriceProvider {

    public static final String NAME = "coingecko";

    private final CoinGeckoClient client;
    private final ResilientHttpCall http;
    private final ObjectMapper objectMapper;
    private final String vsCurrency;

    @Inject
    CoinGeckoPriceProvider(@RestClient CoinGeckoClient client, MarketProviderConfig config, ObjectMapper objectMapper) {
        this.client = client;
        this.http = new ResilientHttpCall(PriceProviders.KIND, NAME, config.coingecko());
        this.objectMapper = objectMapper;
        this.vsCurrency = config.coingecko().vsCurrency().toUpperCase(Locale.ROOT);
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
        CoinGeckoAnswers.Coin coin = security.providerKey() != null
                ? new CoinGeckoAnswers.Coin(security.providerKey(), null, security.symbol())
                : find(security.symbol());
        // market_chart counts back from now: ask for enough days to reach `from`.
        long days = Math.max(1, ChronoUnit.DAYS.between(from, LocalDate.now(ZoneOffset.UTC)) + 1);
        String currency = vsCurrency.toLowerCase(Locale.ROOT);
        byte[] body = http.fetch("coins/" + coin.id() + "/market_chart",
                () -> client.marketChart(coin.id(), currency, days, "daily"));
        SecurityProfile profile = new SecurityProfile(coin.name() != null ? coin.name() : security.symbol(),
                SecurityType.CRYPTO, null, vsCurrency, coin.id());
        return new PriceHistory(profile, parseMarketChart(objectMapper, body, from, to));
    }

    private CoinGeckoAnswers.Coin find(String symbol) {
        byte[] body = http.fetch("search?query=" + symbol, () -> client.search(symbol));
        CoinGeckoAnswers.Search search = read(objectMapper, body, CoinGeckoAnswers.Search.class);
        if (search == null || search.coins() == null) {
            throw malformed("no coins in the search answer");
        }
        return search.coins().stream()
                .filter(coin -> coin != null && coin.id() != null && symbol.equalsIgnoreCase(coin.symbol()))
                .findFirst()
                .orElseThrow(() -> new ProviderException(NAME, FailureReason.NOT_FOUND, "no coin with the symbol " + symbol));
    }

    /**
     * One price per UTC day: the points at 00:00 UTC, and the current one CoinGecko appends last,
     * which stands for today; a later point of the same day replaces an earlier one.
     */
    static List<DailyBar> parseMarketChart(ObjectMapper objectMapper, byte[] body, LocalDate from, LocalDate to) {
        CoinGeckoAnswers.MarketChart chart = read(objectMapper, body, CoinGeckoAnswers.MarketChart.class);
        if (chart == null) {
            throw malformed("empty JSON document");
        }
        if (chart.error() != null) {
            throw new ProviderException(NAME, FailureReason.ERROR_RESPONSE, "error response: " + chart.error());
        }
        if (chart.prices() == null) {
            throw malformed("no prices in the response");
        }
        TreeMap<LocalDate, DailyBar> byDay = new TreeMap<>();
        for (List<BigDecimal> point : chart.prices()) {
            if (point == null || point.size() != 2 || point.get(0) == null) {
                throw malformed("a price point is not [time, price]");
            }
            BigDecimal price = point.get(1);
            if (price == null) {
                continue;
            }
            if (price.signum() <= 0) {
                throw malformed("non-positive price " + price);
            }
            LocalDate day = Instant.ofEpochMilli(point.get(0).longValue()).atZone(ZoneOffset.UTC).toLocalDate();
            if (!day.isBefore(from) && !day.isAfter(to)) {
                byDay.put(day, new DailyBar(day, null, null, null, price, null, null));
            }
        }
        return new ArrayList<>(byDay.values());
    }

    private static <T> T read(ObjectMapper objectMapper, byte[] body, Class<T> type) {
        try {
            return objectMapper.readValue(body, type);
        } catch (JsonProcessingException unparsable) {
            throw malformed("unparsable JSON: " + unparsable.getOriginalMessage());
        } catch (IOException unreadable) {
            throw malformed("unreadable body: " + unreadable.getMessage());
        }
    }

    private static ProviderException malformed(String message) {
        return new ProviderException(NAME, FailureReason.MALFORMED, message);
    }
}
