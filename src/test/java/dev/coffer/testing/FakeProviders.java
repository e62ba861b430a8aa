package dev.coffer.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * A local fake of the exchange-rate providers: WireMock on a random port serving the captured
 * ECB files and the open.er-api document from {@code src/test/resources/fixtures/providers},
 * with small timeouts, retries and backoff so failure tests stay quick.
 *
 * <p>Use with {@code @WithTestResource(FakeProviders.class)}; call {@link #reset()} before each
 * test, then {@link #failEcb} / {@link #failFallback} to switch a provider into a failure mode.
 * The static methods reach the server through its admin API at the configured base URL, so
 * they work whichever class loader the test runs in.
 */
public class FakeProviders implements QuarkusTestResourceLifecycleManager {

    public static final String ECB_PATH = "/stats/eurofxref";
    public static final String FALLBACK_PATH = "/open-er-api";
    public static final String ECB_DAILY = "eurofxref-daily.xml";
    public static final String ECB_NINETY_DAYS = "eurofxref-hist-90d.xml";
    public static final String ECB_FULL_HISTORY = "eurofxref-hist.xml";
    public static final String FALLBACK_LATEST_EUR = FALLBACK_PATH + "/v6/latest/EUR";

    /** Read timeout the fake configures; {@link Failure#SLOW} answers well after it. */
    public static final int READ_TIMEOUT_MILLIS = 1500;
    /** Retries after the first attempt the fake configures. */
    public static final int MAX_RETRIES = 1;
    /** Attempts in the circuit breaker window the fake configures; all failing opens it. */
    public static final int CIRCUIT_BREAKER_VOLUME = 4;

    private static final int SLOW_DELAY_MILLIS = READ_TIMEOUT_MILLIS * 3;
    private static final int FAILURE_PRIORITY = 1;
    private static final int NORMAL_PRIORITY = 5;

    /** How a faked provider misbehaves. */
    public enum Failure {
        /** HTTP 500 on every request. */
        SERVER_ERROR,
        /** HTTP 404, which is not retried. */
        NOT_FOUND,
        /** HTTP 429 with {@code Retry-After: 3600}, longer than any retry budget. */
        RATE_LIMITED,
        /** HTTP 429 with {@code Retry-After: 1} once per file, then the normal answer. */
        RATE_LIMITED_ONCE,
        /** The normal answer, but only after the configured read timeout. */
        SLOW,
        /** A truncated document. */
        MALFORMED,
        /** A well-formed document without any day or rate. */
        EMPTY,
        /** HTTP 200 with an error document: an HTML page for the ECB, {@code result: error} for open.er-api. */
        ERROR_IN_200
    }

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        registerNormalAnswers(new WireMock("127.0.0.1", server.port()));
        String root = "http://127.0.0.1:" + server.port();
        return Map.ofEntries(
                Map.entry("coffer.fx.ecb.base-url", root + ECB_PATH),
                Map.entry("coffer.fx.fallback.base-url", root + FALLBACK_PATH),
                Map.entry("coffer.fx.ecb.connect-timeout", "1000"),
                Map.entry("coffer.fx.ecb.read-timeout", String.valueOf(READ_TIMEOUT_MILLIS)),
                Map.entry("coffer.fx.fallback.connect-timeout", "1000"),
                Map.entry("coffer.fx.fallback.read-timeout", String.valueOf(READ_TIMEOUT_MILLIS)),
                Map.entry("coffer.fx.ecb.retry.max-retries", String.valueOf(MAX_RETRIES)),
                Map.entry("coffer.fx.ecb.retry.initial-backoff", "PT0.05S"),
                Map.entry("coffer.fx.ecb.retry.max-backoff", "PT2S"),
                Map.entry("coffer.fx.fallback.retry.max-retries", String.valueOf(MAX_RETRIES)),
                Map.entry("coffer.fx.fallback.retry.initial-backoff", "PT0.05S"),
                Map.entry("coffer.fx.fallback.retry.max-backoff", "PT2S"),
                Map.entry("coffer.fx.ecb.circuit-breaker.request-volume-threshold", String.valueOf(CIRCUIT_BREAKER_VOLUME)),
                Map.entry("coffer.fx.ecb.circuit-breaker.failure-ratio", "1.0"),
                Map.entry("coffer.fx.ecb.circuit-breaker.delay", "PT60S"),
                Map.entry("coffer.fx.fallback.circuit-breaker.request-volume-threshold", String.valueOf(CIRCUIT_BREAKER_VOLUME)),
                Map.entry("coffer.fx.fallback.circuit-breaker.failure-ratio", "1.0"),
                Map.entry("coffer.fx.fallback.circuit-breaker.delay", "PT60S"));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Both providers answer normally again, the request log is empty and every circuit breaker is closed. */
    public static void reset() {
        WireMock client = client();
        client.resetMappings();
        client.resetRequests();
        client.resetScenarios();
        registerNormalAnswers(client);
        CircuitBreakerMaintenance.get().resetAll();
    }

    /** Every ECB file answers with {@code failure} until {@link #reset()}. */
    public static void failEcb(Failure failure) {
        WireMock client = client();
        for (String file : List.of(ECB_DAILY, ECB_NINETY_DAYS, ECB_FULL_HISTORY)) {
            String path = ECB_PATH + "/" + file;
            register(client, path, failure, ecbFailureBody(failure), "text/xml", normalEcbAnswer(file));
        }
    }

    /** The open.er-api endpoint answers with {@code failure} until {@link #reset()}. */
    public static void failFallback(Failure failure) {
        register(client(), FALLBACK_LATEST_EUR, failure, fallbackFailureBody(failure), "application/json",
                normalFallbackAnswer());
    }

    /** Requests the ECB fake received for one file, e.g. {@link #ECB_DAILY}, since the last reset. */
    public static int ecbRequests(String file) {
        return requestsTo(ECB_PATH + "/" + file);
    }

    /** Requests the ECB fake received for any of its files since the last reset. */
    public static int ecbRequests() {
        return ecbRequests(ECB_DAILY) + ecbRequests(ECB_NINETY_DAYS) + ecbRequests(ECB_FULL_HISTORY);
    }

    public static int fallbackRequests() {
        return requestsTo(FALLBACK_LATEST_EUR);
    }

    public static int requestsTo(String path) {
        return client().find(getRequestedFor(urlPathEqualTo(path))).size();
    }

    /** The raw WireMock client, for stubs and checks the methods above do not cover. */
    public static WireMock client() {
        URI base = URI.create(ConfigProvider.getConfig().getValue("coffer.fx.ecb.base-url", String.class));
        return new WireMock(base.getHost(), base.getPort());
    }

    private static void registerNormalAnswers(WireMock client) {
        for (String file : List.of(ECB_DAILY, ECB_NINETY_DAYS, ECB_FULL_HISTORY)) {
            client.register(get(urlPathEqualTo(ECB_PATH + "/" + file)).atPriority(NORMAL_PRIORITY)
                    .willReturn(normalEcbAnswer(file)));
        }
        client.register(get(urlPathEqualTo(FALLBACK_LATEST_EUR)).atPriority(NORMAL_PRIORITY)
                .willReturn(normalFallbackAnswer()));
    }

    private static ResponseDefinitionBuilder normalEcbAnswer(String file) {
        // No full-history capture exists; it has the 90-day file's format, so that capture stands in.
        String fixture = ECB_DAILY.equals(file) ? "ecb/eurofxref-daily.xml" : "ecb/eurofxref-hist-90d.xml";
        return aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody(fixtureBytes(fixture));
    }

    private static ResponseDefinitionBuilder normalFallbackAnswer() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(fixtureBytes("open-er-api/latest-EUR.json"));
    }

    private static void register(WireMock client, String path, Failure failure, String failureBody,
            String contentType, ResponseDefinitionBuilder normal) {
        switch (failure) {
            case SERVER_ERROR -> client.register(get(urlPathEqualTo(path)).atPriority(FAILURE_PRIORITY)
                    .willReturn(aResponse().withStatus(500).withBody("Internal Server Error")));
            case NOT_FOUND -> client.register(get(urlPathEqualTo(path)).atPriority(FAILURE_PRIORITY)
                    .willReturn(aResponse().withStatus(404).withBody("Not Found")));
            case RATE_LIMITED -> client.register(get(urlPathEqualTo(path)).atPriority(FAILURE_PRIORITY)
                    .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
            case RATE_LIMITED_ONCE -> {
                String scenario = "rate-limited-once " + path;
                client.register(get(urlPathEqualTo(path)).atPriority(FAILURE_PRIORITY)
                        .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("limited")
                        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
                client.register(get(urlPathEqualTo(path)).atPriority(FAILURE_PRIORITY)
                        .inScenario(scenario).whenScenarioStateIs("limited")
                        .willReturn(normal));
            }
            case SLOW -> client.register(get(urlPathEqualTo(path)).atPriority(FAILURE_PRIORITY)
                    .willReturn(normal.withFixedDelay(SLOW_DELAY_MILLIS)));
            case MALFORMED, EMPTY, ERROR_IN_200 -> client.register(get(urlPathEqualTo(path))
                    .atPriority(FAILURE_PRIORITY)
                    .willReturn(aResponse().withStatus(200)
                            .withHeader("Content-Type", failure == Failure.ERROR_IN_200 && contentType.equals("text/xml")
                                    ? "text/html" : contentType)
                            .withBody(failureBody)));
        }
    }

    private static String ecbFailureBody(Failure failure) {
        return switch (failure) {
            case MALFORMED -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?><gesmes:Envelope"
                    + " xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\""
                    + " xmlns=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\"><Cube>"
                    + "<Cube time=\"2025-05-09\"><Cube currency=\"USD\" rate=\"1.12";
            case EMPTY -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?><gesmes:Envelope"
                    + " xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\""
                    + " xmlns=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\">"
                    + "<gesmes:subject>Reference rates</gesmes:subject><Cube></Cube></gesmes:Envelope>";
            case ERROR_IN_200 -> "<html><head><title>Maintenance</title></head>"
                    + "<body><p>The service is temporarily unavailable.</p></body></html>";
            default -> "";
        };
    }

    private static String fallbackFailureBody(Failure failure) {
        return switch (failure) {
            case MALFORMED -> "{\"result\":\"success\",\"base_code\":\"EUR\",\"rates\":{\"USD\":1.12";
            case EMPTY -> "{\"result\":\"success\",\"time_last_update_unix\":1746748951,"
                    + "\"base_code\":\"EUR\",\"rates\":{}}";
            case ERROR_IN_200 -> "{\"result\":\"error\",\"error-type\":\"unsupported-code\"}";
            default -> "";
        };
    }

    /** A fixture under {@code src/test/resources/fixtures/providers}, byte for byte. */
    public static byte[] fixtureBytes(String relativePath) {
        String resource = "/fixtures/providers/" + relativePath;
        try (InputStream in = FakeProviders.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test fixture " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
