package dev.coffer.market.sync;

import static dev.coffer.market.sync.PriceSyncData.PATH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.coffer.market.LatestQuoteCache;
import dev.coffer.sync.OneShotCommand;
import dev.coffer.sync.SyncRun;
import dev.coffer.sync.SyncRunResponse;
import dev.coffer.sync.SyncRunner;
import dev.coffer.testing.FakeMarketProviders;
import dev.coffer.testing.FakeMarketProviders.Failure;
import dev.coffer.testing.FakeProviders;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(FakeMarketProviders.class)
class PriceSyncWithFakeProvidersTest {

    private static final LocalDate LAST_YAHOO_DAY = LocalDate.parse("2020-11-06");
    private static final int YAHOO_BARS = 49;
    private static final int ANSWER_DELAY_MILLIS = 400;

    @Inject
    PriceSyncJob job;

    @Inject
    SyncRunner runner;

    @Inject
    LatestQuoteCache cache;

    @Inject
    OneShotCommand command;

    private Account account;
    private UUID aapl;

    /** Only AAPL is registered, from the captured Yahoo chart (2020-08-31 to 2020-11-06), and held. */
    @BeforeEach
    void aaplRegisteredFromYahooAndHeld() {
        FakeMarketProviders.reset();
        PriceSyncData.freshInstall(cache);
        account = TestAccounts.create("price-sync");
        aapl = UUID.fromString(PriceSyncData.as(account).body(Map.of("symbol", "AAPL")).when().post(PATH)
                .then().statusCode(201).extract().path("id"));
        PriceSyncData.hold(account, aapl.toString());
        FakeMarketProviders.reset();
    }

    @Test
    void aSecurityNobodyHoldsIsNotSynced() {
        String unheld = PriceSyncData.as(account).body(Map.of("symbol", "XUNHELD")).when().post(PATH)
                .then().statusCode(201).extract().path("id");
        FakeMarketProviders.reset();

        SyncRunResponse run = runner.run(job, "test").orElseThrow();

        assertThat(run.status()).isEqualTo(SyncRun.SUCCEEDED);
        // One chart asked: AAPL's. XUNHELD's registration stored its year, and no run refreshes it.
        assertThat(FakeMarketProviders.yahooRequests()).isEqualTo(1);
        given().auth().oauth2(account.accessToken()).when().get("/api/v1/sync/status").then().statusCode(200)
                .body("securities.symbol", equalTo(List.of("AAPL")));

        PriceSyncData.hold(account, unheld);
        FakeMarketProviders.reset();
        runner.run(job, "test").orElseThrow();
        assertThat(FakeMarketProviders.yahooRequests()).isEqualTo(2);
    }

    @Test
    void aRunRefreshesEveryHeldSecurityFromItsFirstProvider() {
        SyncRunResponse run = runner.run(job, "test").orElseThrow();

        assertThat(run.status()).isEqualTo(SyncRun.SUCCEEDED);
        assertThat(run.provider()).isEqualTo("yahoo");
        // AAPL's newest day is asked again (a running session moves): the capture has it, so one row.
        assertThat(run.itemsWritten()).isEqualTo(1);
        assertThat(run.error()).isNull();
        assertThat(FakeMarketProviders.stooqRequests()).isZero();
        assertThat(FakeMarketProviders.yahooUserAgents()).singleElement().asString().startsWith("Mozilla/5.0");
        assertThat(PriceSyncData.rows(aapl)).isEqualTo(YAHOO_BARS);
        assertThat(PriceSyncData.watermark()).contains(LAST_YAHOO_DAY);
        assertThat(cache.latest(aapl)).hasValueSatisfying(quote -> {
            assertThat(quote.asOf()).isEqualTo(LAST_YAHOO_DAY);
            assertThat(quote.price()).isEqualByComparingTo("118.69000244140625");
            assertThat(quote.source()).isEqualTo("yahoo");
        });
        given().auth().oauth2(account.accessToken()).when().get("/api/v1/sync/status")
                .then().statusCode(200)
                .body("jobs.find { it.job == 'prices' }.status", equalTo("succeeded"))
                .body("jobs.find { it.job == 'prices' }.complete_through", equalTo("2020-11-06"))
                .body("securities.size()", equalTo(1))
                .body("securities[0].symbol", equalTo("AAPL"))
                .body("securities[0].security_id", equalTo(aapl.toString()))
                .body("securities[0].last_date", equalTo("2020-11-06"))
                // Fetched just now, but its newest close is years old.
                .body("securities[0].stale", equalTo(true));
    }

    @Test
    void securitiesAreFetchedAtOnceUpToYahoosLimitOfRequestsInFlight() {
        for (String symbol : List.of("XONE", "XTWO", "XTHREE", "XFOUR", "XFIVE")) {
            String id = PriceSyncData.as(account).body(Map.of("symbol", symbol)).when().post(PATH).then().statusCode(201)
                    .extract().path("id");
            PriceSyncData.hold(account, id);
        }
        FakeMarketProviders.reset();
        FakeMarketProviders.delayYahoo(ANSWER_DELAY_MILLIS);

        SyncRunResponse run = runner.run(job, "test").orElseThrow();

        assertThat(run.status()).isEqualTo(SyncRun.SUCCEEDED);
        List<Instant> received = FakeMarketProviders.yahooRequestTimes();
        assertThat(received).hasSize(6);
        // Each answer leaves the fake ANSWER_DELAY_MILLIS after the request came in: requests received
        // less than that apart were in flight together. One after another, none would be; the limit
        // (coffer.market.yahoo.max-concurrency, 2) allows two.
        int mostInFlight = 0;
        for (Instant from : received) {
            Instant until = from.plusMillis(ANSWER_DELAY_MILLIS);
            mostInFlight = Math.max(mostInFlight,
                    (int) received.stream().filter(at -> !at.isBefore(from) && at.isBefore(until)).count());
        }
        assertThat(mostInFlight).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(value = Failure.class, names = { "RATE_LIMITED", "ERROR_IN_200", "SLOW" })
    void yahooFailingLetsStooqFillTheRun(Failure failure) {
        FakeMarketProviders.failYahoo(failure);

        SyncRunResponse run = runner.run(job, "test").orElseThrow();

        long stooqDays = stooqDaysFrom(LAST_YAHOO_DAY);
        assertThat(run.status()).isEqualTo(SyncRun.PARTIAL);
        assertThat(run.provider()).isEqualTo("stooq");
        assertThat(run.itemsWritten()).isEqualTo(stooqDays);
        assertThat(run.error()).startsWith("AAPL: yahoo failed: ").endsWith("; used stooq");
        assertThat(PriceSyncData.rows(aapl)).isEqualTo(YAHOO_BARS - 1 + stooqDays);
        assertThat(PriceSyncData.watermark()).isEmpty();
        PriceSyncData.as(account).when().get(PATH + "/AAPL").then().statusCode(200)
                .body("latest_price.price", equalTo("269.48"))
                .body("latest_price.as_of", equalTo("2026-02-03"))
                .body("latest_price.source", equalTo("stooq"));
        PriceSyncData.as(account).queryParam("start_date", "2020-11-05").queryParam("end_date", "2020-11-09")
                .when().get(PATH + "/AAPL/prices").then().statusCode(200)
                .body("prices.source", equalTo(List.of("yahoo", "stooq", "stooq")))
                .body("prices[1].close", equalTo("115.538"))
                .body("prices[1].adj_close", nullValue());
    }

    @Test
    void everyProviderDownFailsTheRunAndTheLastPriceIsServedWithItsDate() {
        FakeMarketProviders.failYahoo(Failure.SERVER_ERROR);
        FakeMarketProviders.failStooq(Failure.SERVER_ERROR);

        SyncRunResponse run = runner.run(job, "test").orElseThrow();

        assertThat(run.status()).isEqualTo(SyncRun.FAILED);
        assertThat(run.error()).startsWith("AAPL: every provider failed: yahoo failed: ").contains("HTTP 500")
                .contains("stooq failed: ");
        assertThat(PriceSyncData.rows(aapl)).isEqualTo(YAHOO_BARS);
        PriceSyncData.as(account).when().get(PATH + "/AAPL").then().statusCode(200)
                .body("latest_price.price", equalTo("118.69000244140625"))
                .body("latest_price.as_of", equalTo("2020-11-06"))
                .body("latest_price.source", equalTo("yahoo"));
        PriceSyncData.as(account).body(Map.of("symbol", "XDOWN")).when().post(PATH)
                .then().statusCode(503).body("code", equalTo("PRICE_PROVIDER_UNAVAILABLE"));
        given().auth().oauth2(account.accessToken()).when().get("/api/v1/sync/status")
                .then().statusCode(200)
                .body("jobs.find { it.job == 'prices' }.status", equalTo("failed"))
                .body("jobs.find { it.job == 'prices' }.error", startsWith("AAPL: every provider failed"))
                .body("securities[0].last_date", equalTo("2020-11-06"));
    }

    @Test
    void theOneShotCommandRunsThePriceJob() {
        assertThat(command.execute("sync", "prices")).isEqualTo(OneShotCommand.OK);

        assertThat(PriceSyncData.lastRun()).hasValueSatisfying(run -> {
            assertThat(run.status).isEqualTo(SyncRun.SUCCEEDED);
            assertThat(run.trigger).isEqualTo(OneShotCommand.TRIGGER);
        });
    }

    /** Rows of the captured Stooq CSV from {@code from} on. */
    private static long stooqDaysFrom(LocalDate from) {
        return new String(FakeProviders.fixtureBytes(FakeMarketProviders.STOOQ_AAPL), StandardCharsets.UTF_8).lines()
                .skip(1).filter(line -> !LocalDate.parse(line.substring(0, 10)).isBefore(from)).count();
    }
}
