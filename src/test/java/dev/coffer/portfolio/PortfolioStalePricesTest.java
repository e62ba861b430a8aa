package dev.coffer.portfolio;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.coffer.holding.Holding;
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

/** Today's portfolio read with prices older than coffer.sync.prices.stale-after starts one background refresh. */
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

    @Test
    void aReadOfTodaysValueWithAStalePriceRefreshesPricesAndAnswersWithTheOldOne() {
        Account user = TestAccounts.create("portfolio-stale");
        Instant fetched = Instant.now().minus(Duration.ofHours(2));
        UUID security = QuarkusTransaction.requiringNew().call(() -> {
            Security written = new Security();
            written.symbol = "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
            written.name = "Stale test security";
            written.type = "equity";
            written.currency = "USD";
            written.persist();
            SecurityPrice price = new SecurityPrice();
            price.securityId = written.id;
            price.priceDate = LocalDate.now(ZoneOffset.UTC).minusDays(1);
            price.close = new BigDecimal("12.50");
            price.source = "test";
            price.fetchedAt = fetched;
            price.persist();
            return written.id;
        });
        String account = given().auth().oauth2(user.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "Brokerage", "type", "investment", "currency", "USD"))
                .when().post("/api/v1/accounts").then().statusCode(201).extract().path("id");
        given().auth().oauth2(user.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("security_id", security.toString(), "quantity", "2", "cost_basis", "20"))
                .when().post("/api/v1/accounts/" + account + "/holdings").then().statusCode(201);
        Instant asked = Instant.now();
        try {
            given().auth().oauth2(user.accessToken()).when().get("/api/v1/portfolio").then().statusCode(200);

            Eventually.until(() -> QuarkusTransaction.requiringNew().call(() -> SyncRun.<SyncRun>find(
                    "job = 'prices' and trigger = ?1 and startedAt >= ?2 and status <> 'running'",
                    StalePricesRefresher.TRIGGER, asked).count() == 1));
            // A past date's value needs no fresher price.
            Instant again = Instant.now();
            given().auth().oauth2(user.accessToken()).queryParam("date", "2020-01-02").when().get("/api/v1/portfolio")
                    .then().statusCode(200);
            assertThat(QuarkusTransaction.requiringNew().call(() -> SyncRun.<SyncRun>find(
                    "job = 'prices' and startedAt >= ?1", again).count())).isZero();
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                Holding.delete("securityId", security);
                SecurityPrice.delete("securityId", security);
                Security.deleteById(security);
            });
        }
    }
}
