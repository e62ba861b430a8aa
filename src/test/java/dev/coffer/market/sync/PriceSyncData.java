package dev.coffer.market.sync;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.coffer.holding.Holding;
import dev.coffer.market.LatestQuoteCache;
import dev.coffer.market.Security;
import dev.coffer.market.SecurityPrice;
import dev.coffer.sync.SyncRun;
import dev.coffer.sync.SyncWatermark;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Puts the price sync back to a fresh install (no holdings, securities, prices, watermark, runs or cached quotes),
 * holds securities so the job syncs them, and reads its state.
 */
final class PriceSyncData {

    static final String PATH = "/api/v1/securities";

    private PriceSyncData() {
    }

    static void freshInstall(LatestQuoteCache cache) {
        List<UUID> ids = QuarkusTransaction.requiringNew().call(Security::allIds);
        ids.forEach(cache::evict);
        QuarkusTransaction.requiringNew().run(() -> {
            // Holdings keep their securities from being deleted: they go first.
            Holding.deleteAll();
            Security.deleteAll();
            SyncWatermark.delete("job", PriceSyncJob.NAME);
            SyncRun.delete("job", PriceSyncJob.NAME);
        });
    }

    /** Puts {@code securityId} into a new investment account of {@code account}: the job syncs held securities only. */
    static void hold(Account account, String securityId) {
        String investment = as(account).body(Map.of("name", "Brokerage " + securityId, "type", "investment", "currency", "USD"))
                .when().post("/api/v1/accounts").then().statusCode(201).extract().path("id");
        as(account).body(Map.of("security_id", securityId, "quantity", "1", "cost_basis", "100"))
                .when().post("/api/v1/accounts/" + investment + "/holdings").then().statusCode(201);
    }

    static long rows(UUID securityId) {
        return QuarkusTransaction.requiringNew().call(() -> SecurityPrice.count("securityId", securityId));
    }

    static Optional<LocalDate> watermark() {
        return QuarkusTransaction.requiringNew().call(() -> SyncWatermark.completeThrough(PriceSyncJob.NAME));
    }

    static Optional<SyncRun> lastRun() {
        return QuarkusTransaction.requiringNew().call(() -> SyncRun.<SyncRun>find("job = ?1 order by startedAt desc",
                PriceSyncJob.NAME).firstResultOptional());
    }

    static RequestSpecification as(Account account) {
        return given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON);
    }
}
