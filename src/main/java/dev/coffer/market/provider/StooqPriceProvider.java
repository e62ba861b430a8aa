package dev.coffer.market.provider;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.coffer.common.provider.FailureReason;
import dev.coffer.common.provider.ProviderException;
import dev.coffer.common.provider.ResilientHttpCall;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The fallback for listed securities: Stooq's daily CSV ({@code Date,Open,High,Low,Close,Volume},
 * oldest first). It has no metadata and no adjusted close; a security it confirms at registration
 * gets its symbol as name. Symbols are Yahoo's spelling and are mapped to Stooq's
 * ({@link #stooqSymbol}); the download is the whole history, cut to the range asked.
 */
@ApplicationScoped
public class StooqPriceProvider implements PriceProvider {

    public static final String NAME = "stooq";

    /**
     * Yahoo's exchange suffix → Stooq's market suffix and the currency its prices are in. US listings
     * have no suffix at Yahoo. London is left out: Stooq quotes it in pence.
     */
    private static final Map<String, Market> MARKETS = Map.of(
            "", new Market("us", "USD"),
            "DE", new Market("de", "EUR"),
            "F", new Market("de", "EUR"),
            "T", new Market("jp", "JPY"),
            "HK", new Market("hk", "HKD"));

    private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9-]+(\\.[A-Z]{1,3})?");

    private final StooqClient client;
    private final ResilientHttpCall http;

    @Inject
    StooqPriceProvider(@RestClient StooqClient client, MarketProviderConfig config) {
        this.client = client;
        this.http = new ResilientHttpCall(PriceProviders.KIND, NAME, config.stooq());
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
        Market market = market(security.symbol());
        String symbol = stooqSymbol(security.symbol());
        byte[] body = http.fetch("q/d/l/?s=" + symbol, () -> client.daily(symbol, "d"));
        SecurityProfile profile = new SecurityProfile(security.symbol(), null, null, market.currency(), null);
        return new PriceHistory(profile, parse(body, from, to));
    }

    /** {@code AAPL} → {@code aapl.us}, {@code WSU.DE} → {@code wsu.de}, {@code 7203.T} → {@code 7203.jp}. */
    static String stooqSymbol(String symbol) {
        Market market = market(symbol);
        int dot = symbol.lastIndexOf('.');
        String ticker = dot < 0 ? symbol : symbol.substring(0, dot);
        return ticker.toLowerCase(Locale.ROOT) + "." + market.suffix();
    }

    private static Market market(String symbol) {
        if (!SYMBOL.matcher(symbol).matches()) {
            throw new ProviderException(NAME, FailureReason.NOT_FOUND, "no Stooq spelling for " + symbol);
        }
        int dot = symbol.lastIndexOf('.');
        Market market = MARKETS.get(dot < 0 ? "" : symbol.substring(dot + 1));
        if (market == null) {
            throw new ProviderException(NAME, FailureReason.NOT_FOUND, "no Stooq market for " + symbol);
        }
        return market;
    }

    /**
     * Reads the CSV by column position, since the header is localised (an English or a Polish
     * session). An unknown symbol is answered with 200 and the text {@code No data}.
     */
    static List<DailyBar> parse(byte[] body, LocalDate from, LocalDate to) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            throw new ProviderException(NAME, FailureReason.EMPTY, "empty response");
        }
        String[] lines = text.split("\r?\n");
        if (lines[0].equalsIgnoreCase("No data")) {
            throw new ProviderException(NAME, FailureReason.NOT_FOUND, "No data");
        }
        String header = lines[0].toLowerCase(Locale.ROOT);
        if (!header.startsWith("date,") && !header.startsWith("data,")) {
            throw malformed("not a Stooq daily CSV (first line '" + abbreviate(lines[0]) + "')");
        }
        List<DailyBar> bars = new ArrayList<>();
        LocalDate previous = null;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length < 5) {
                throw malformed("line " + (i + 1) + " has " + cells.length + " columns");
            }
            LocalDate day = date(cells[0], i + 1);
            if (previous != null && !day.isAfter(previous)) {
                throw malformed("line " + (i + 1) + ": " + day + " does not follow " + previous);
            }
            previous = day;
            if (day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            BigDecimal close = decimal(cells[4], i + 1);
            if (close == null || close.signum() <= 0) {
                throw malformed("line " + (i + 1) + ": no positive close");
            }
            Long volume = cells.length > 5 ? volume(cells[5], i + 1) : null;
            bars.add(new DailyBar(day, decimal(cells[1], i + 1), decimal(cells[2], i + 1), decimal(cells[3], i + 1),
                    close, null, volume));
        }
        return bars;
    }

    private static LocalDate date(String cell, int line) {
        try {
            return LocalDate.parse(cell.strip());
        } catch (DateTimeParseException bad) {
            throw malformed("line " + line + ": bad date '" + abbreviate(cell) + "'");
        }
    }

    private static BigDecimal decimal(String cell, int line) {
        String value = cell.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException bad) {
            throw malformed("line " + line + ": bad number '" + abbreviate(value) + "'");
        }
    }

    private static Long volume(String cell, int line) {
        BigDecimal value = decimal(cell, line);
        if (value == null) {
            return null;
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException fractional) {
            throw malformed("line " + line + ": volume '" + value + "' is not a whole number");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }

    private static ProviderException malformed(String message) {
        return new ProviderException(NAME, FailureReason.MALFORMED, message);
    }

    private record Market(String suffix, String currency) {
    }
}
