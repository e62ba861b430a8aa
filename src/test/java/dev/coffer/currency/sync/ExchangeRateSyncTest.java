package dev.coffer.currency.sync;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.coffer.currency.EcbFixture;
import dev.coffer.currency.LatestRatesCache;
import dev.coffer.currency.RateRows;
import dev.coffer.currency.RateSnapshot;
import dev.coffer.currency.provider.PublishedRates;
import dev.coffer.sync.OneShotCommand;
import dev.coffer.sync.SyncRun;
import dev.coffer.sync.SyncRunResponse;
import dev.coffer.sync.SyncRunner;
import dev.coffer.testing.Eventually;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@TestProfile(ScriptedProvidersProfile.class)
@TestSecurity(user = "0191f5a0-0000-7000-8000-00000000b001", roles = "user")
class ExchangeRateSyncTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    ExchangeRateSyncJob sync;

    @Inject
    SyncRunner runner;

    @Inject
    ScriptedPrimaryProvider primary;

    @Inject
    ScriptedFallbackProvider fallback;

    @Inject
    LatestRatesCache cache;

    @Inject
    OneShotCommand command;

    @BeforeEach
    void nothingSyncedYet() {
        RateSyncData.freshInstall(cache, primary, fallback);
    }

    @Test
    void freshInstallBackFillsNinetyDaysAndCachesTheLatestInRedis() {
        primary.answer(EcbFixture::onWeekdays);

        SyncRunResponse run = runner.run(sync, "test").orElseThrow();

        LocalDate start = TODAY.minusDays(90);
        List<PublishedRates> expected = EcbFixture.onWeekdays(start, TODAY);
        assertThat(primary.requestedFrom()).containsExactly(start);
        assertThat(run.status()).isEqualTo(SyncRun.SUCCEEDED);
        assertThat(run.provider()).isEqualTo("primary");
        assertThat(run.itemsWritten()).isEqualTo(expected.size() * 30);
        assertThat(RateRows.countBetween(start, TODAY)).isEqualTo(expected.size() * 30L);
        assertThat(watermark()).contains(lastWeekday(TODAY));
        assertThat(cache.latest(RateSnapshot.PIVOT)).hasValueSatisfying(snapshot -> {
            assertThat(snapshot.date()).isEqualTo(lastWeekday(TODAY));
            assertThat(snapshot.rates()).hasSize(30).containsEntry("USD", expected.getLast().rates().get("USD"));
            assertThat(snapshot.source()).isEqualTo("primary");
        });
        given().queryParam("base", "USD").queryParam("symbols", "EUR")
                .when().get("/api/v1/exchange-rates/latest")
                .then().statusCode(200)
                .body("date", equalTo(lastWeekday(TODAY).toString()))
                .body("source", equalTo("primary"));
    }

    @Test
    void daysMissedWhileDownAreFilledFromTheWatermark() {
        LocalDate lastComplete = TODAY.minusDays(10);
        RateSyncData.setWatermark(lastComplete);
        primary.answer(EcbFixture::onWeekdays);

        SyncRunResponse run = runner.run(sync, "test").orElseThrow();

        assertThat(primary.requestedFrom()).containsExactly(lastComplete.plusDays(1));
        assertThat(run.itemsWritten()).isEqualTo(EcbFixture.onWeekdays(lastComplete.plusDays(1), TODAY).size() * 30);
        assertThat(RateRows.countBetween(lastComplete.plusDays(1), TODAY)).isEqualTo(run.itemsWritten());
        assertThat(watermark()).contains(lastWeekday(TODAY));
    }

    @Test
    void primaryDownFallbackFillsTheRunAndStatusShowsIt() {
        fallback.answer((from, to) -> List.of(EcbFixture.onWeekdays(lastWeekday(to), to).getFirst()));

        SyncRunResponse run = runner.run(sync, "test").orElseThrow();

        assertThat(run.status()).isEqualTo(SyncRun.PARTIAL);
        assertThat(run.provider()).isEqualTo("fallback");
        assertThat(run.itemsWritten()).isEqualTo(30);
        assertThat(run.error()).isEqualTo("primary failed: HTTP 500; used fallback");
        // Only the latest day arrived: the gap stays open for the primary to fill next time.
        assertThat(watermark()).isEmpty();
        given().when().get("/api/v1/sync/status")
                .then().statusCode(200)
                .body("jobs[0].job", equalTo("exchange-rates"))
                .body("jobs[0].status", equalTo("partial"))
                .body("jobs[0].provider", equalTo("fallback"))
                .body("jobs[0].error", equalTo("primary failed: HTTP 500; used fallback"))
                .body("jobs[0].last_success", notNullValue())
                .body("jobs[0].data_age_seconds", notNullValue())
                .body("currencies.quote", hasItem("USD"))
                .body("currencies.find { it.quote == 'USD' }.last_date", equalTo(lastWeekday(TODAY).toString()))
                .body("currencies.find { it.quote == 'USD' }.stale", equalTo(false));
    }

    @Test
    void bothProvidersDownFailsTheRunKeepsThePreviousDataAndClientsAreStillAnswered() {
        primary.answer(EcbFixture::onWeekdays);
        runner.run(sync, "test").orElseThrow();
        long before = RateRows.countBetween(TODAY.minusDays(90), TODAY);
        primary.failing();

        SyncRunResponse run = runner.run(sync, "test").orElseThrow();

        assertThat(run.status()).isEqualTo(SyncRun.FAILED);
        assertThat(run.provider()).isNull();
        assertThat(run.error()).isEqualTo("every provider failed: primary failed: HTTP 500; fallback failed: HTTP 500");
        assertThat(RateRows.countBetween(TODAY.minusDays(90), TODAY)).isEqualTo(before);
        given().queryParam("symbols", "USD")
                .when().get("/api/v1/exchange-rates/latest")
                .then().statusCode(200)
                .body("date", equalTo(lastWeekday(TODAY).toString()));
        given().when().get("/api/v1/sync/status")
                .then().statusCode(200)
                .body("jobs[0].status", equalTo("failed"))
                .body("jobs[0].last_success", notNullValue());
    }

    @Test
    void writeFailingMidwayRollsBackTheWholeBatch() {
        LocalDate start = TODAY.minusDays(90);
        primary.answer((from, to) -> List.of(
                new PublishedRates(start.plusDays(1), "EUR", Map.of("USD", new BigDecimal("1.05"))),
                new PublishedRates(start.plusDays(2), "EUR",
                        Map.of("USD", new BigDecimal("1.06"), "JPY", new BigDecimal("-157"))),
                new PublishedRates(start.plusDays(3), "EUR", Map.of("USD", new BigDecimal("1.07")))));

        SyncRunResponse run = runner.run(sync, "test").orElseThrow();

        assertThat(run.status()).isEqualTo(SyncRun.FAILED);
        assertThat(run.itemsWritten()).isZero();
        assertThat(run.error()).startsWith("storing the rates failed");
        assertThat(RateRows.countBetween(start, TODAY)).isZero();
        assertThat(watermark()).isEmpty();
    }

    @Test
    void aRunLeftRunningByAStoppedInstanceIsClosedAsFailedByTheNextRun() {
        Instant crashedAt = Instant.now().minus(2, ChronoUnit.HOURS);
        UUID abandoned = QuarkusTransaction.requiringNew().call(() -> {
            SyncRun run = new SyncRun();
            run.job = ExchangeRateSyncJob.NAME;
            run.trigger = "startup";
            run.startedAt = crashedAt;
            run.status = SyncRun.RUNNING;
            run.persist();
            return run.id;
        });
        primary.answer(EcbFixture::onWeekdays);

        SyncRunResponse next = runner.run(sync, "test").orElseThrow();

        assertThat(next.status()).isEqualTo(SyncRun.SUCCEEDED);
        SyncRun closed = QuarkusTransaction.requiringNew().call(() -> SyncRun.<SyncRun>findById(abandoned));
        assertThat(closed.status).isEqualTo(SyncRun.FAILED);
        assertThat(closed.error).isEqualTo(SyncRun.ABANDONED_ERROR);
        assertThat(closed.finishedAt).isAfter(crashedAt);
    }

    @Test
    void ofTwoConcurrentRunsExactlyOneRunsAndTheOtherRecordsNothing() throws Exception {
        CountDownLatch fetching = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        primary.answer((from, to) -> {
            fetching.countDown();
            awaitLatch(release);
            return EcbFixture.onWeekdays(from, to);
        });

        CompletableFuture<Optional<SyncRunResponse>> first = CompletableFuture.supplyAsync(
                () -> runner.run(sync, "test"));
        assertThat(fetching.await(30, TimeUnit.SECONDS)).isTrue();
        Optional<SyncRunResponse> second = runner.run(sync, "test");
        release.countDown();

        assertThat(second).isEmpty();
        assertThat(first.get(30, TimeUnit.SECONDS)).hasValueSatisfying(
                run -> assertThat(run.status()).isEqualTo(SyncRun.SUCCEEDED));
        assertThat(primary.requestedFrom()).hasSize(1);
        assertThat(runCount()).isEqualTo(1);
    }

    @Test
    void staleReadsAreAnsweredWithTheDataAtHandAndTriggerExactlyOneRefresh() throws Exception {
        LocalDate lastDay = lastWeekday(TODAY.minusDays(3));
        RateRows.put(lastDay, Map.of("USD", "1.1"), Instant.now().minus(3, ChronoUnit.DAYS));
        RateSyncData.setWatermark(lastDay);
        CountDownLatch release = new CountDownLatch(1);
        primary.answer((from, to) -> {
            awaitLatch(release);
            return EcbFixture.onWeekdays(from, to);
        });

        for (int i = 0; i < 5; i++) {
            given().queryParam("symbols", "USD")
                    .when().get("/api/v1/exchange-rates/latest")
                    .then().statusCode(200)
                    .body("date", equalTo(lastDay.toString()))
                    .body("rates.USD", equalTo("1.1"));
        }
        release.countDown();

        Eventually.until(() -> QuarkusTransaction.requiringNew().call(
                () -> SyncRun.count("job = ?1 and status <> ?2", ExchangeRateSyncJob.NAME, SyncRun.RUNNING)) == 1);
        assertThat(primary.requestedFrom()).containsExactly(lastDay.plusDays(1));
        assertThat(runCount()).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> SyncRun.<SyncRun>find("job", ExchangeRateSyncJob.NAME)
                .firstResult().trigger)).isEqualTo(StaleRatesRefresher.TRIGGER);
    }

    @Test
    void oneShotCommandRunsTheSyncAndExitsWithItsOutcome() {
        primary.answer(EcbFixture::onWeekdays);
        assertThat(command.execute("sync", "exchange-rates")).isEqualTo(OneShotCommand.OK);
        assertThat(RateRows.countBetween(TODAY.minusDays(90), TODAY)).isPositive();

        primary.failing();
        assertThat(command.execute("sync", "all")).isEqualTo(OneShotCommand.FAILED);

        assertThat(command.execute("sync", "no-such-job")).isEqualTo(OneShotCommand.USAGE);
        assertThat(command.execute("serve")).isEqualTo(OneShotCommand.USAGE);
        assertThat(runCount()).isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "0191f5a0-0000-7000-8000-00000000b002", roles = { "user", "admin" })
    void adminStartsARunThatContinuesInTheBackgroundAndListsRuns() {
        primary.answer(EcbFixture::onWeekdays);

        String id = given().when().post("/api/v1/admin/sync/exchange-rates")
                .then().statusCode(202)
                .body("job", equalTo("exchange-rates"))
                .body("status", equalTo("running"))
                .body("trigger", equalTo("admin"))
                .extract().path("id");

        Eventually.until(() -> QuarkusTransaction.requiringNew().call(
                () -> !SyncRun.<SyncRun>findById(java.util.UUID.fromString(id)).status.equals(SyncRun.RUNNING)));
        given().queryParam("job", "exchange-rates").queryParam("size", 5)
                .when().get("/api/v1/admin/sync/runs")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].status", equalTo("succeeded"))
                .body("items[0].provider", equalTo("primary"))
                .body("items[0].finished_at", notNullValue());
        given().when().post("/api/v1/admin/sync/prizes")
                .then().statusCode(404).body("code", equalTo("SYNC_JOB_NOT_FOUND"));
    }

    @Test
    void syncAdministrationIsForAdminsOnly() {
        given().when().post("/api/v1/admin/sync/exchange-rates").then().statusCode(403);
        given().when().get("/api/v1/admin/sync/runs").then().statusCode(403);
        assertThat(runCount()).isZero();
    }

    private static Optional<LocalDate> watermark() {
        return RateSyncData.watermark();
    }

    private static long runCount() {
        return RateSyncData.runCount();
    }

    private static LocalDate lastWeekday(LocalDate day) {
        LocalDate candidate = day;
        while (candidate.getDayOfWeek() == DayOfWeek.SATURDAY || candidate.getDayOfWeek() == DayOfWeek.SUNDAY) {
            candidate = candidate.minusDays(1);
        }
        return candidate;
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the provider");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
