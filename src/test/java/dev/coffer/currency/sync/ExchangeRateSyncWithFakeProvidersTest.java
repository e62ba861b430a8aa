package dev.coffer.currency.sync;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.coffer.currency.LatestRatesCache;
import dev.coffer.currency.RateRows;
import dev.coffer.sync.OneShotCommand;
import dev.coffer.sync.SyncRun;
import dev.coffer.sync.SyncRunResponse;
import dev.coffer.sync.SyncRunner;
import dev.coffer.testing.FakeProviders;
import dev.coffer.testing.FakeProviders.Failure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@WithTestResource(FakeProviders.class)
@TestProfile(FakeProvidersBackfillProfile.class)
@TestSecurity(user = "0191f5a0-0000-7000-8000-00000000d001", roles = "user")
class ExchangeRateSyncWithFakeProvidersTest {

    /** 61 publication days of 30 currencies in the captured ECB file. */
    private static final int CAPTURED_ECB_RATES = 61 * 30;
    private static final LocalDate FALLBACK_DAY = LocalDate.parse("2025-05-09");

    @Inject
    ExchangeRateSyncJob sync;

    @Inject
    SyncRunner runner;

    @Inject
    LatestRatesCache cache;

    @Inject
    OneShotCommand command;

    @BeforeEach
    void freshInstallAndHealthyProviders() {
        FakeProviders.reset();
        RateSyncData.freshInstall(cache);
    }

    @Test
    void freshInstallBackFillsTheEcbHistory() {
        SyncRunResponse run = runner.run(sync, "test").orElseThrow();

        assertThat(run.status()).isEqualTo(SyncRun.SUCCEEDED);
        assertThat(run.provider()).isEqualTo("ecb");
        assertThat(run.itemsWritten()).isEqualTo(CAPTURED_ECB_RATES);
        assertThat(run.error()).isNull();
        assertThat(FakeProviders.fallbackRequests()).isZero();
        assertThat(RateSyncData.watermark()).contains(FakeProvidersBackfillProfile.LAST_CAPTURED_DAY);
        given().queryParam("base", "USD").queryParam("symbols", "JPY")
                .when().get("/api/v1/exchange-rates/latest")
                .then().statusCode(200)
                .body("date", equalTo("2025-02-25"))
                .body("rates.JPY", equalTo("149.7475469"))
                .body("source", equalTo("ecb"));
        given().queryParam("symbols", "USD")
                .when().get("/api/v1/exchange-rates/2024-11-28")
                .then().statusCode(200)
                .body("date", equalTo("2024-11-28"));
    }

    @Test
    void ecbFailingLetsTheFallbackFillTheRunAndStatusShowsIt() {
        FakeProviders.failEcb(Failure.SERVER_ERROR);

        SyncRunResponse run = runner.run(sync, "test").orElseThrow();

        assertThat(run.status()).isEqualTo(SyncRun.PARTIAL);
        assertThat(run.provider()).isEqualTo("open-er-api");
        assertThat(run.itemsWritten()).isGreaterThan(100);
        assertThat(run.error()).startsWith("ecb failed: ").contains("HTTP 500").endsWith("; used open-er-api");
        assertThat(RateRows.countBetween(FALLBACK_DAY, FALLBACK_DAY)).isEqualTo(run.itemsWritten());
        given().when().get("/api/v1/sync/status")
                .then().statusCode(200)
                .body("jobs[0].status", equalTo("partial"))
                .body("jobs[0].provider", equalTo("open-er-api"))
                .body("jobs[0].error", startsWith("ecb failed: "))
                .body("currencies.find { it.quote == 'USD' }.last_date", equalTo(FALLBACK_DAY.toString()));
    }

    @Test
    void bothProvidersDownFailTheRunWhilePreviousDataKeepsBeingServed() {
        runner.run(sync, "test").orElseThrow();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long stored = RateRows.countBetween(FakeProvidersBackfillProfile.FIRST_CAPTURED_DAY, today);
        FakeProviders.failEcb(Failure.SERVER_ERROR);
        FakeProviders.failFallback(Failure.SERVER_ERROR);

        SyncRunResponse run = runner.run(sync, "test").orElseThrow();

        assertThat(run.status()).isEqualTo(SyncRun.FAILED);
        assertThat(run.error()).startsWith("every provider failed: ecb failed: ").contains("open-er-api failed: ");
        assertThat(RateRows.countBetween(FakeProvidersBackfillProfile.FIRST_CAPTURED_DAY, today)).isEqualTo(stored);
        given().queryParam("base", "GBP").queryParam("symbols", "USD")
                .when().get("/api/v1/exchange-rates/latest")
                .then().statusCode(200)
                .body("date", equalTo("2025-02-25"));
        given().when().get("/api/v1/sync/status")
                .then().statusCode(200)
                .body("jobs[0].status", equalTo("failed"))
                .body("jobs[0].complete_through", equalTo("2025-02-25"));
    }

    @Test
    void oneShotCommandWritesTheRatesAndExitsZero() {
        assertThat(command.execute("sync", "exchange-rates")).isEqualTo(OneShotCommand.OK);

        assertThat(RateRows.countBetween(FakeProvidersBackfillProfile.FIRST_CAPTURED_DAY,
                FakeProvidersBackfillProfile.LAST_CAPTURED_DAY)).isEqualTo(CAPTURED_ECB_RATES);
        assertThat(RateSyncData.runCount()).isEqualTo(1);
    }
}
