package dev.coffer.expense;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.coffer.currency.LatestRatesCache;
import dev.coffer.currency.sync.ExchangeRateSyncJob;
import dev.coffer.currency.sync.FakeProvidersBackfillProfile;
import dev.coffer.currency.sync.RateSyncData;
import dev.coffer.sync.SyncRun;
import dev.coffer.sync.SyncRunner;
import dev.coffer.testing.FakeProviders;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * An expense recorded while no rate is known gets its conversion from the exchange-rate sync run that
 * stores the rates of its date, with nothing else happening in between: the real job against the fake
 * providers (the captured ECB file, 2024-11-28 to 2025-02-25).
 */
@QuarkusTest
@WithTestResource(FakeProviders.class)
@TestProfile(FakeProvidersBackfillProfile.class)
class ExpenseConversionAfterSyncTest {

    @Inject
    ExchangeRateSyncJob sync;

    @Inject
    SyncRunner runner;

    @Inject
    LatestRatesCache cache;

    @BeforeEach
    void noRatesYet() {
        FakeProviders.reset();
        RateSyncData.freshInstall(cache);
    }

    private static RequestSpecification as(Account account) {
        return given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON);
    }

    private static String record(Account account, String amount, String currency, String date) {
        return as(account)
                .body(Map.of("amount", amount, "currency", currency, "date", date, "category_id",
                        CategoryIds.first(account).toString()))
                .when().post("/api/v1/expenses").then().statusCode(201)
                .body("converted", nullValue())
                .extract().path("id");
    }

    @Test
    void aSyncRunStoringTheRatesOfItsDateFillsTheConversion() {
        Account account = TestAccounts.create("conversion-after-sync");
        as(account).body(Map.of("base_currency", "USD")).when().patch("/api/v1/users/me").then().statusCode(200);
        String friday = record(account, "100.00", "EUR", "2025-02-21");
        String saturday = record(account, "1000", "JPY", "2025-02-22");
        long version = as(account).when().get("/api/v1/expenses/" + friday).then().extract().jsonPath().getLong("version");

        assertThat(runner.run(sync, "test").orElseThrow().status()).isEqualTo(SyncRun.SUCCEEDED);

        // 100.00 EUR at ECB's 1.0465 USD per euro of 2025-02-21.
        as(account).when().get("/api/v1/expenses/" + friday).then().statusCode(200)
                .body("converted.amount", equalTo("104.65"))
                .body("converted.currency", equalTo("USD"))
                .body("converted.rate", equalTo("1.0465"))
                .body("converted.rate_date", equalTo("2025-02-21"))
                .body("converted.source", equalTo("ecb"))
                // Filling in the conversion is no change of the client's: the version stays.
                .body("version", equalTo((int) version));
        // 1000 JPY x 1.0465 / 157.46 = 6.6461... -> 6.65, at Friday's rates for a Saturday.
        as(account).when().get("/api/v1/expenses/" + saturday).then().statusCode(200)
                .body("converted.amount", equalTo("6.65"))
                .body("converted.rate_date", equalTo("2025-02-21"));
    }
}
