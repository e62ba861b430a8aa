package dev.coffer.market.sync;

import static dev.coffer.market.sync.PriceSyncData.PATH;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.coffer.market.LatestQuoteCache;
import dev.coffer.sync.SyncRun;
import dev.coffer.sync.SyncRunResponse;
import dev.coffer.sync.SyncRunner;
import dev.coffer.testing.FakeMarketProviders;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@WithTestResource(FakeMarketProviders.class)
@TestProfile(PriceSyncBudgetTest.OneRequestARun.class)
class PriceSyncBudgetTest {

    public static class OneRequestARun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("coffer.sync.prices.request-budget", "1");
        }
    }

    @Inject
    PriceSyncJob job;

    @Inject
    SyncRunner runner;

    @Inject
    LatestQuoteCache cache;

    @Test
    void securitiesBeyondTheRequestBudgetWaitForTheNextRun() {
        FakeMarketProviders.reset();
        PriceSyncData.freshInstall(cache);
        Account account = TestAccounts.create("price-budget");
        // Registrations are single requests outside any run: the budget does not apply to them.
        for (String symbol : new String[] {"AAPL", "XBUDGET"}) {
            PriceSyncData.hold(account, PriceSyncData.as(account).body(Map.of("symbol", symbol)).when().post(PATH)
                    .then().statusCode(201).extract().path("id"));
        }
        FakeMarketProviders.reset();

        SyncRunResponse run = runner.run(job, "test").orElseThrow();

        assertThat(run.status()).isEqualTo(SyncRun.PARTIAL);
        assertThat(run.itemsWritten()).isEqualTo(1);
        assertThat(run.error()).isEqualTo("request budget of 1 spent; 1 securities wait for the next run");
        assertThat(FakeMarketProviders.yahooRequests()).isEqualTo(1);
        assertThat(PriceSyncData.watermark()).isEmpty();

        // The one left waiting goes first next time, and then the other again: each gets its turn.
        List<String> fetched = new ArrayList<>(FakeMarketProviders.yahooSymbols());
        for (int i = 0; i < 2; i++) {
            FakeMarketProviders.reset();
            assertThat(runner.run(job, "test").orElseThrow().itemsWritten()).isEqualTo(1);
            fetched.addAll(FakeMarketProviders.yahooSymbols());
        }
        assertThat(fetched).hasSize(3).containsOnly("AAPL", "XBUDGET");
        assertThat(fetched.get(1)).isNotEqualTo(fetched.get(0));
        assertThat(fetched.get(2)).isEqualTo(fetched.get(0));
    }

    @Test
    void theBudgetGoesToTheLeastRecentlyFetchedHoweverTheWorkersAreScheduled() {
        FakeMarketProviders.reset();
        PriceSyncData.freshInstall(cache);
        Account account = TestAccounts.create("price-budget-order");
        List<String> registered = List.of("XORDERA", "XORDERB", "XORDERC", "XORDERD", "XORDERE");
        for (String symbol : registered) {
            PriceSyncData.hold(account, PriceSyncData.as(account).body(Map.of("symbol", symbol)).when().post(PATH)
                    .then().statusCode(201).extract().path("id"));
        }

        // Five workers start at once for five securities; the one request goes to the least recently fetched
        // every time, so the runs take them in the order they were registered, then the first again.
        List<String> fetched = new ArrayList<>();
        for (int i = 0; i <= registered.size(); i++) {
            FakeMarketProviders.reset();
            SyncRunResponse run = runner.run(job, "test").orElseThrow();
            assertThat(run.error()).isEqualTo("request budget of 1 spent; 4 securities wait for the next run");
            fetched.addAll(FakeMarketProviders.yahooSymbols());
        }
        assertThat(fetched).containsExactly("XORDERA", "XORDERB", "XORDERC", "XORDERD", "XORDERE", "XORDERA");
    }
}
