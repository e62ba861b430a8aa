package dev.coffer.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * A local fake of the price providers: WireMock on a random port serving the captured Yahoo chart of
 * AAPL, Stooq's AAPL CSV and CoinGecko's bitcoin market chart from
 * {@code src/test/resources/fixtures/providers}, with small timeouts, retries and backoff so failure
 * tests stay quick, and a back-fill reaching back to the captured days.
 *
 * <p>Yahoo answers the AAPL chart for {@code AAPL} and for every symbol starting with {@code X} (so a
 * test can register a symbol of its own), and its 404 error document for any other; Stooq the AAPL
 * CSV for {@code aapl.us} and {@code x*.us}, and {@code No data} otherwise; CoinGecko's search finds
 * {@code BTC} (bitcoin) only. Call {@link #reset()} before each test, then {@link #failYahoo} and the
 * like to switch a provider into a failure mode.
 */
public class FakeMarketProviders implements QuarkusTestResourceLifecycleManager {

    public static final String YAHOO_PATH = "/yahoo";
    public static final String STOOQ_PATH = "/stooq";
    public static final String COINGECKO_PATH = "/coingecko";

    public static final String YAHOO_AAPL = "yahoo/chart-AAPL-2020-08-31-to-2020-11-07.json";
    public static final String STOOQ_AAPL = "stooq/aapl_us_d.csv";
    public static final String COINGECKO_BITCOIN = "coingecko/market_chart-bitcoin-90d-daily.json";
    public static final String COINGECKO_SEARCH_BTC = "coingecko/search-BTC.json";

    /** The first day of the captured Yahoo chart; the back-fill the fake configures reaches it. */
    public static final LocalDate FIRST_CAPTURED_DAY = LocalDate.parse("2020-08-31");

    public static final int READ_TIMEOUT_MILLIS = 1500;
    private static final int SLOW_DELAY_MILLIS = READ_TIMEOUT_MILLIS * 3;
    private static final int FAILURE_PRIORITY = 1;
    private static final int NORMAL_PRIORITY = 5;
    private static final int FALLBACK_PRIORITY = 9;

    private static final String KNOWN_YAHOO = YAHOO_PATH + "/v8/finance/chart/(AAPL|X[A-Z0-9]*)";
    private static final String KNOWN_STOOQ = "(aapl|x[a-z0-9]*)\\.us";

    /** How a faked provider misbehaves. */
    public enum Failure {
        /** HTTP 500 on every request. */
        SERVER_ERROR,
        /** HTTP 429 with {@code Retry-After: 3600}, longer than any retry budget. */
        RATE_LIMITED,
        /** The normal answer, but only after the configured read timeout. */
        SLOW,
        /** HTTP 200 with an error document instead of data. */
        ERROR_IN_200
    }

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        registerNormalAnswers(new WireMock("127.0.0.1", server.port()));
        String root = "http://127.0.0.1:" + server.port();
        long backfillDays = ChronoUnit.DAYS.between(FIRST_CAPTURED_DAY, LocalDate.now(ZoneOffset.UTC));
        Map<String, String> config = new HashMap<>();
        config.put("coffer.market.yahoo.base-url", root + YAHOO_PATH);
        config.put("coffer.market.stooq.base-url", root + STOOQ_PATH);
        config.put("coffer.market.coingecko.base-url", root + COINGECKO_PATH);
        config.put("coffer.sync.prices.backfill-days", String.valueOf(backfillDays));
        for (String provider : new String[] {"yahoo", "stooq", "coingecko"}) {
            String prefix = "coffer.market." + provider + ".";
            config.put(prefix + "connect-timeout", "1000");
            config.put(prefix + "read-timeout", String.valueOf(READ_TIMEOUT_MILLIS));
            config.put(prefix + "retry.max-retries", "1");
            config.put(prefix + "retry.initial-backoff", "PT0.05S");
            config.put(prefix + "retry.max-backoff", "PT2S");
            config.put(prefix + "circuit-breaker.request-volume-threshold", "4");
            config.put(prefix + "circuit-breaker.failure-ratio", "1.0");
            config.put(prefix + "circuit-breaker.delay", "PT60S");
        }
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Every provider answers normally again, the request log is empty and every circuit breaker is closed. */
    public static void reset() {
        WireMock client = client();
        client.resetMappings();
        client.resetRequests();
        registerNormalAnswers(client);
        CircuitBreakerMaintenance.get().resetAll();
    }

    /** Every Yahoo chart answers with {@code failure} until {@link #reset()}. */
    public static void failYahoo(Failure failure) {
        client().register(fail(get(urlPathMatching(YAHOO_PATH + "/.*")), failure, yahooAnswer(), YAHOO_ERROR_IN_200));
    }

    /** Every Stooq download answers with {@code failure} until {@link #reset()}. */
    public static void failStooq(Failure failure) {
        client().register(fail(get(urlPathMatching(STOOQ_PATH + "/.*")), failure, stooqAnswer(), "<html>Przerwa techniczna</html>"));
    }

    /** Every CoinGecko request answers with {@code failure} until {@link #reset()}. */
    public static void failCoinGecko(Failure failure) {
        client().register(fail(get(urlPathMatching(COINGECKO_PATH + "/.*")), failure, fixture(COINGECKO_BITCOIN, "application/json"),
                "{\"error\":\"coin not found\"}"));
    }

    /** Every chart of a symbol Yahoo knows is answered {@code millis} after it was received, until {@link #reset()}. */
    public static void delayYahoo(int millis) {
        client().register(get(urlPathMatching(KNOWN_YAHOO)).atPriority(FAILURE_PRIORITY)
                .willReturn(yahooAnswer().withFixedDelay(millis)));
    }

    /** When the fake received each Yahoo request since the last reset, in order. */
    public static List<Instant> yahooRequestTimes() {
        return client().find(getRequestedFor(urlPathMatching(YAHOO_PATH + "/.*"))).stream()
                .map(request -> request.getLoggedDate().toInstant()).sorted().toList();
    }

    /** The symbol of each Yahoo chart request since the last reset, in the order received. */
    public static List<String> yahooSymbols() {
        return client().find(getRequestedFor(urlPathMatching(YAHOO_PATH + "/.*"))).stream()
                .sorted(java.util.Comparator.comparing(request -> request.getLoggedDate()))
                .map(request -> request.getUrl().replaceFirst("\\?.*", "").replaceFirst(".*/", "")).toList();
    }

    public static int yahooRequests() {
        return client().find(getRequestedFor(urlPathMatching(YAHOO_PATH + "/.*"))).size();
    }

    public static int stooqRequests() {
        return client().find(getRequestedFor(urlPathMatching(STOOQ_PATH + "/.*"))).size();
    }

    /** The User-Agent header of Yahoo requests since the last reset. */
    public static List<String> yahooUserAgents() {
        return client().find(getRequestedFor(urlPathMatching(YAHOO_PATH + "/.*"))).stream()
                .map(request -> request.getHeader("User-Agent")).toList();
    }

    public static WireMock client() {
        URI base = URI.create(ConfigProvider.getConfig().getValue("coffer.market.yahoo.base-url", String.class));
        return new WireMock(base.getHost(), base.getPort());
    }

    /** Yahoo's answer for a symbol it does not know (HTTP 404), in the shape widely quoted for it. */
    public static final String YAHOO_NOT_FOUND = "{\"chart\":{\"result\":null,\"error\":{\"code\":\"Not Found\","
            + "\"description\":\"No data found, symbol may be delisted\"}}}";

    /** An error document Yahoo sends with HTTP 200. */
    public static final String YAHOO_ERROR_IN_200 = "{\"chart\":{\"result\":null,\"error\":{\"code\":\"Internal Server Error\","
            + "\"description\":\"Service is temporarily unavailable\"}}}";

    private static void registerNormalAnswers(WireMock client) {
        client.register(get(urlPathMatching(KNOWN_YAHOO)).atPriority(NORMAL_PRIORITY).willReturn(yahooAnswer()));
        client.register(get(urlPathMatching(YAHOO_PATH + "/.*")).atPriority(FALLBACK_PRIORITY)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody(YAHOO_NOT_FOUND)));
        client.register(get(urlPathEqualTo(STOOQ_PATH + "/q/d/l/")).withQueryParam("s", matching(KNOWN_STOOQ))
                .atPriority(NORMAL_PRIORITY).willReturn(stooqAnswer()));
        client.register(get(urlPathEqualTo(STOOQ_PATH + "/q/d/l/")).atPriority(FALLBACK_PRIORITY)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/csv").withBody("No data")));
        client.register(get(urlPathEqualTo(COINGECKO_PATH + "/api/v3/search")).withQueryParam("query", equalTo("BTC"))
                .atPriority(NORMAL_PRIORITY).willReturn(fixture(COINGECKO_SEARCH_BTC, "application/json")));
        client.register(get(urlPathEqualTo(COINGECKO_PATH + "/api/v3/search")).atPriority(FALLBACK_PRIORITY)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"coins\":[],\"exchanges\":[],\"icons\":[],\"categories\":[],\"nfts\":[]}")));
        client.register(get(urlPathEqualTo(COINGECKO_PATH + "/api/v3/coins/bitcoin/market_chart"))
                .atPriority(NORMAL_PRIORITY).willReturn(fixture(COINGECKO_BITCOIN, "application/json")));
    }

    private static ResponseDefinitionBuilder yahooAnswer() {
        return fixture(YAHOO_AAPL, "application/json");
    }

    private static ResponseDefinitionBuilder stooqAnswer() {
        return fixture(STOOQ_AAPL, "text/csv");
    }

    private static ResponseDefinitionBuilder fixture(String path, String contentType) {
        return aResponse().withStatus(200).withHeader("Content-Type", contentType).withBody(FakeProviders.fixtureBytes(path));
    }

    private static MappingBuilder fail(MappingBuilder request, Failure failure, ResponseDefinitionBuilder normal,
            String errorIn200) {
        return request.atPriority(FAILURE_PRIORITY).willReturn(switch (failure) {
            case SERVER_ERROR -> aResponse().withStatus(500).withBody("Internal Server Error");
            case RATE_LIMITED -> aResponse().withStatus(429).withHeader("Retry-After", "3600");
            case SLOW -> normal.withFixedDelay(SLOW_DELAY_MILLIS);
            case ERROR_IN_200 -> aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(errorIn200);
        });
    }
}
