package dev.coffer.currency.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.coffer.testing.FakeProviders;
import dev.coffer.testing.FakeProviders.Failure;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import dev.coffer.common.provider.AllProvidersFailedException;
import dev.coffer.common.provider.FailureReason;
import dev.coffer.common.provider.ProviderException;
import dev.coffer.common.provider.ProviderFailure;

@QuarkusTest
@WithTestResource(FakeProviders.class)
class ExchangeRateProvidersTest {

    /** The day of the fallback document and of the ECB daily capture. */
    private static final LocalDate FALLBACK_DAY = LocalDate.of(2025, 5, 9);
    private static final int ATTEMPTS_PER_FETCH = FakeProviders.MAX_RETRIES + 1;

    @Inject
    ExchangeRateProviders providers;

    @Inject
    EcbRateProvider ecb;

    @Inject
    OpenErApiRateProvider fallback;

    @Inject
    MeterRegistry meterRegistry;

    @BeforeEach
    void normalProviders() {
        FakeProviders.reset();
    }

    @Test
    void providersAreTriedInConfiguredOrder() {
        assertThat(providers.ordered()).extracting(ExchangeRateProvider::name).containsExactly("ecb", "open-er-api");
    }

    @Test
    void healthyEcbAnswersForItsDays() {
        FetchResult result = providers.fetchFirstAvailable(LocalDate.of(2025, 2, 20), LocalDate.of(2025, 2, 25));

        assertThat(result.provider()).isEqualTo("ecb");
        assertThat(result.failuresBefore()).isEmpty();
        assertThat(result.summary()).isEqualTo("used ecb");
        assertThat(result.rates()).extracting(PublishedRates::date).containsExactly(
                LocalDate.of(2025, 2, 20), LocalDate.of(2025, 2, 21), LocalDate.of(2025, 2, 24), LocalDate.of(2025, 2, 25));
        assertThat(result.rates().getLast().rates().get("HUF").toPlainString()).isEqualTo("401.2");
        assertThat(FakeProviders.ecbRequests(FakeProviders.ECB_FULL_HISTORY)).isEqualTo(1);
        assertThat(FakeProviders.fallbackRequests()).isZero();
    }

    @Test
    void smallestCoveringFileIsRequested() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));

        assertThat(ecb.fetch(today, today)).allMatch(day -> day.date().equals(today));
        assertThat(FakeProviders.ecbRequests(FakeProviders.ECB_DAILY)).isEqualTo(1);

        assertThat(ecb.fetch(today.minusDays(30), today))
                .allMatch(day -> !day.date().isBefore(today.minusDays(30)) && !day.date().isAfter(today));
        assertThat(FakeProviders.ecbRequests(FakeProviders.ECB_NINETY_DAYS)).isEqualTo(1);
        assertThat(FakeProviders.ecbRequests(FakeProviders.ECB_FULL_HISTORY)).isZero();
    }

    @ParameterizedTest
    @CsvSource({
            "SERVER_ERROR, HTTP_ERROR, true",
            "NOT_FOUND, NOT_FOUND, false",
            "RATE_LIMITED, RATE_LIMITED, false",
            "SLOW, TIMEOUT, true",
            "MALFORMED, MALFORMED, false",
            "EMPTY, EMPTY, false",
            "ERROR_IN_200, MALFORMED, false"})
    void failingEcbFallsBackAndReportsWhy(Failure failure, FailureReason reason, boolean retried) {
        FakeProviders.failEcb(failure);

        FetchResult result = providers.fetchFirstAvailable(FALLBACK_DAY.minusDays(4), FALLBACK_DAY);

        assertThat(result.provider()).isEqualTo("open-er-api");
        assertThat(result.usedFallback()).isTrue();
        assertThat(result.failuresBefore()).singleElement().satisfies(ecbFailure -> {
            assertThat(ecbFailure.provider()).isEqualTo("ecb");
            assertThat(ecbFailure.reason()).isEqualTo(reason);
        });
        assertThat(result.summary()).startsWith("ecb failed: ").endsWith("; used open-er-api");
        assertThat(result.rates()).singleElement().satisfies(day -> {
            assertThat(day.date()).isEqualTo(FALLBACK_DAY);
            assertThat(day.rates()).hasSizeGreaterThanOrEqualTo(150);
            assertThat(day.rates().get("ISK").toPlainString()).isEqualTo("146.90");
        });
        assertThat(FakeProviders.ecbRequests(FakeProviders.ECB_FULL_HISTORY)).isEqualTo(retried ? ATTEMPTS_PER_FETCH : 1);
    }

    @Test
    void serverErrorIsRetriedAndExplained() {
        FakeProviders.failEcb(Failure.SERVER_ERROR);

        FetchResult result = providers.fetchFirstAvailable(FALLBACK_DAY, FALLBACK_DAY);

        assertThat(result.summary()).isEqualTo(
                "ecb failed: eurofxref-hist.xml: HTTP 500 (gave up after retries); used open-er-api");
    }

    @Test
    void rateLimitIsWaitedOutWhenRetryAfterFitsTheBudget() {
        FakeProviders.failEcb(Failure.RATE_LIMITED_ONCE);

        FetchResult result = providers.fetchFirstAvailable(LocalDate.of(2025, 2, 24), LocalDate.of(2025, 2, 25));

        assertThat(result.provider()).isEqualTo("ecb");
        assertThat(result.failuresBefore()).isEmpty();
        assertThat(result.rates()).hasSize(2);
        assertThat(FakeProviders.ecbRequests(FakeProviders.ECB_FULL_HISTORY)).isEqualTo(2);
    }

    @Test
    void failuresAreCountedPerProviderAndReason() {
        double before = failures("ecb", "http_error");
        FakeProviders.failEcb(Failure.SERVER_ERROR);

        providers.fetchFirstAvailable(FALLBACK_DAY, FALLBACK_DAY);

        assertThat(failures("ecb", "http_error")).isEqualTo(before + 1);
    }

    @Test
    void everyProviderDownNamesEachFailure() {
        FakeProviders.failEcb(Failure.SERVER_ERROR);
        FakeProviders.failFallback(Failure.ERROR_IN_200);

        assertThatThrownBy(() -> providers.fetchFirstAvailable(FALLBACK_DAY, FALLBACK_DAY))
                .isInstanceOfSatisfying(AllProvidersFailedException.class, failure -> {
                    assertThat(failure.reason()).isEqualTo(FailureReason.ALL_PROVIDERS_FAILED);
                    assertThat(failure.failures()).extracting(ProviderFailure::provider)
                            .containsExactly("ecb", "open-er-api");
                    assertThat(failure.failures()).extracting(ProviderFailure::reason)
                            .containsExactly(FailureReason.HTTP_ERROR, FailureReason.ERROR_RESPONSE);
                    assertThat(failure.getMessage()).contains("ecb failed: eurofxref-hist.xml: HTTP 500")
                            .contains("open-er-api failed: error response: unsupported-code");
                });
    }

    @Test
    void fallbackOutsideItsDayAnswersNothingRatherThanFailing() {
        FakeProviders.failEcb(Failure.SERVER_ERROR);

        FetchResult result = providers.fetchFirstAvailable(FALLBACK_DAY.minusDays(7), FALLBACK_DAY.minusDays(1));

        assertThat(result.provider()).isEqualTo("open-er-api");
        assertThat(result.rates()).isEmpty();
        assertThat(FakeProviders.fallbackRequests()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({
            "SERVER_ERROR, HTTP_ERROR",
            "RATE_LIMITED, RATE_LIMITED",
            "SLOW, TIMEOUT",
            "MALFORMED, MALFORMED",
            "EMPTY, EMPTY",
            "ERROR_IN_200, ERROR_RESPONSE"})
    void failingFallbackIsAProviderException(Failure failure, FailureReason reason) {
        FakeProviders.failFallback(failure);

        assertThatThrownBy(() -> fallback.fetch(FALLBACK_DAY, FALLBACK_DAY))
                .isInstanceOfSatisfying(ProviderException.class, thrown -> {
                    assertThat(thrown.provider()).isEqualTo("open-er-api");
                    assertThat(thrown.reason()).isEqualTo(reason);
                });
    }

    @Test
    void healthyFallbackGivesItsDay() {
        assertThat(fallback.fetch(FALLBACK_DAY.minusDays(3), FALLBACK_DAY)).singleElement().satisfies(day -> {
            assertThat(day.base()).isEqualTo("EUR");
            assertThat(day.rates()).hasSize(154);
            assertThat(day.rates().get("GBP")).isEqualTo(new BigDecimal("0.84770"));
        });
    }

    @Test
    void circuitBreakerOpensAfterRepeatedFailuresAndStopsCalling() {
        FakeProviders.failEcb(Failure.SERVER_ERROR);
        int fetchesToFillTheWindow = FakeProviders.CIRCUIT_BREAKER_VOLUME / ATTEMPTS_PER_FETCH;
        for (int i = 0; i < fetchesToFillTheWindow; i++) {
            assertThatThrownBy(() -> ecb.fetch(FALLBACK_DAY, FALLBACK_DAY))
                    .isInstanceOfSatisfying(ProviderException.class,
                            thrown -> assertThat(thrown.reason()).isEqualTo(FailureReason.HTTP_ERROR));
        }
        int requestsWhileClosed = FakeProviders.ecbRequests();

        FetchResult result = providers.fetchFirstAvailable(FALLBACK_DAY, FALLBACK_DAY);

        assertThat(requestsWhileClosed).isEqualTo(FakeProviders.CIRCUIT_BREAKER_VOLUME);
        assertThat(result.provider()).isEqualTo("open-er-api");
        assertThat(result.failuresBefore()).singleElement()
                .extracting(ProviderFailure::reason).isEqualTo(FailureReason.CIRCUIT_OPEN);
        assertThat(FakeProviders.ecbRequests()).isEqualTo(requestsWhileClosed);
    }

    @Test
    void interruptedFetchIsCancelledWithoutRetryOrFallback() throws Exception {
        FakeProviders.failEcb(Failure.SLOW);
        double ecbFailuresBefore = failuresOf("ecb");
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread fetching = new Thread(() -> {
            try {
                providers.fetchFirstAvailable(FALLBACK_DAY, FALLBACK_DAY);
                outcome.complete(null);
            } catch (Throwable thrown) {
                outcome.complete(thrown);
            }
        });
        fetching.start();
        awaitEcbRequest();

        fetching.interrupt();

        // Well before the slow answer's read timeout: the request is abandoned, not waited out.
        Throwable thrown = outcome.get(FakeProviders.READ_TIMEOUT_MILLIS / 2, TimeUnit.MILLISECONDS);
        fetching.join();
        assertThat(thrown).isInstanceOf(CancellationException.class);
        assertThat(FakeProviders.ecbRequests()).isEqualTo(1);
        assertThat(FakeProviders.fallbackRequests()).isZero();
        assertThat(failuresOf("ecb")).isEqualTo(ecbFailuresBefore);
    }

    private static void awaitEcbRequest() throws InterruptedException {
        for (int i = 0; i < 200 && FakeProviders.ecbRequests() == 0; i++) {
            Thread.sleep(10);
        }
        assertThat(FakeProviders.ecbRequests()).as("ECB requests before the interrupt").isEqualTo(1);
    }

    private double failuresOf(String provider) {
        return meterRegistry.find(ExchangeRateProviders.FAILURE_METRIC).tags("provider", provider).counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    private double failures(String provider, String reason) {
        Counter counter = meterRegistry.find(ExchangeRateProviders.FAILURE_METRIC)
                .tags("provider", provider, "reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }
}
