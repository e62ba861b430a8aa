package dev.coffer.portfolio;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.coffer.holding.Holding;
import dev.coffer.market.PricesFoundStale;
import dev.coffer.market.Security;
import dev.coffer.market.SecurityPrice;
import dev.coffer.market.sync.StalePricesRefresher;
import dev.coffer.sync.SyncRun;
import dev.coffer.testing.Eventually;
import dev.coffer.testing.FakeMarketProviders;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Today's portfolio read with a price fetched longer ago than coffer.sync.prices.stale-after starts one
 * background refresh; with fresh prices, or for a past date, it starts none.
 */
@QuarkusTest
@WithTestResource(FakeMarketProviders.class)
@TestProfile(PortfolioStalePricesTest.NoCooldown.class)
class PortfolioStalePricesTest {

    public static class NoCooldown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("coffer.sync.prices.refresh-cooldown", "PT0S");
        }
    }

    /**
     * The stale reads the refresher is told of, by symbol. The event is fired on the reading request's
     * thread, so a read's events are all here once its answer has arrived.
     */
    @ApplicationScoped
    public static class StaleReads {
        private final List<String> symbols = new CopyOnWriteArrayList<>();

        void onStaleRead(@Observes PricesFoundStale event) {
            symbols.add(event.symbol());
        }

        long of(String symbol) {
            return symbols.stream().filter(symbol::equals).count();
        }
    }

    @Inject
    StaleReads staleReads;

    @Test
    void aReadOfTodaysValueWithAStalePriceRefreshesPricesOnceAndAnswersWithTheOldOne() {
        Account user = TestAccounts.create("portfolio-stale");
        Held held = holding(user, Instant.now().minus(Duration.ofHours(2)));
        Instant asked = Instant.now();
        try {
            given().auth().oauth2(user.accessToken()).when().get("/api/v1/portfolio")
                    .then().statusCode(200).body("holdings[0].price", equalTo("12.5"));

            assertThat(staleReads.of(held.symbol())).isOne();
            Eventually.until(() -> finishedRefreshesSince(asked) == 1);
            assertThat(refreshesSince(asked)).isOne();

            // A past date's value needs no fresher price.
            given().auth().oauth2(user.accessToken()).queryParam("date", "2020-01-02").when().get("/api/v1/portfolio")
                    .then().statusCode(200);
            assertThat(staleReads.of(held.symbol())).isOne();
        } finally {
            delete(held);
        }
    }

    @Test
    void aReadOfTodaysValueWithFreshPricesRefreshesNothing() {
        Account user = TestAccounts.create("portfolio-fresh");
        Held held = holding(user, Instant.now().minus(Duration.ofMinutes(5)));
        Instant asked = Instant.now();
        try {
            given().auth().oauth2(user.accessToken()).when().get("/api/v1/portfolio")
                    .then().statusCode(200).body("holdings[0].price", equalTo("12.5"));

            assertThat(staleReads.of(held.symbol())).isZero();
            assertThat(refreshesSince(asked)).isZero();
        } finally {
            delete(held);
        }
    }

    private record Held(UUID securityId, String symbol) {
    }

    /** A security of the test's own with yesterday's close fetched at {@code fetchedAt}, held by {@code user}. */
    private static Held holding(Account user, Instant fetchedAt) {
        Held held = QuarkusTransaction.requiringNew().call(() -> {
            Security written = new Security();
            written.symbol = "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
            written.name = "Staleness test security";
            written.type = "equity";
            written.currency = "USD";
            written.persist();
            SecurityPrice price = new SecurityPrice();
            price.securityId = written.id;
            price.priceDate = LocalDate.now(ZoneOffset.UTC).minusDays(1);
            price.close = new BigDecimal("12.50");
            price.source = "test";
            price.fetchedAt = fetchedAt;
            price.persist();
            return new Held(written.id, written.symbol);
        });
        String account = given().auth().oauth2(user.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "Brokerage", "type", "investment", "currency", "USD"))
                .when().post("/api/v1/accounts").then().statusCode(201).extract().path("id");
        given().auth().oauth2(user.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("security_id", held.securityId().toString(), "quantity", "2", "cost_basis", "20"))
                .when().post("/api/v1/accounts/" + account + "/holdings").then().statusCode(201);
        return held;
    }

    private static long refreshesSince(Instant asked) {
        return QuarkusTransaction.requiringNew().call(() -> SyncRun.count(
                "job = 'prices' and trigger = ?1 and startedAt >= ?2", StalePricesRefresher.TRIGGER, asked));
    }

    private static long finishedRefreshesSince(Instant asked) {
        return QuarkusTransaction.requiringNew().call(() -> SyncRun.count(
                "job = 'prices' and trigger = ?1 and startedAt >= ?2 and status <> 'running'",
                StalePricesRefresher.TRIGGER, asked));
    }

    private static void delete(Held held) {
        QuarkusTransaction.requiringNew().run(() -> {
            Holding.delete("securityId", held.securityId());
            SecurityPrice.delete("securityId", held.securityId());
            Security.deleteById(held.securityId());
        });
    }
}
