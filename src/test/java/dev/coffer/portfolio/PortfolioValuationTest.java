package dev.coffer.portfolio;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.coffer.currency.RateRows;
import dev.coffer.holding.Holding;
import dev.coffer.market.Security;
import dev.coffer.market.SecurityPrice;
import dev.coffer.market.sync.PriceSyncJob;
import dev.coffer.sync.SyncRun;
import dev.coffer.sync.SyncRunner;
import dev.coffer.testing.FakeMarketProviders;
import dev.coffer.testing.FakeMarketProviders.Failure;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Valuation across currencies from prices and rates written straight into Postgres, so every figure can be
 * worked out by hand; and the portfolio while every price provider is down.
 */
@QuarkusTest
@WithTestResource(FakeMarketProviders.class)
class PortfolioValuationTest {

    private static final String PATH = "/api/v1/portfolio";
    /** A Friday. Its rates and the Monday's are the test's own: they replace any stored for those days. */
    private static final LocalDate FRIDAY = LocalDate.parse("2011-06-10");
    private static final LocalDate MONDAY = FRIDAY.plusDays(3);
    private static final Map<String, String> RATES = Map.of("USD", "1.44", "GBP", "0.88");

    /** The securities no provider knows, taken away after each test so no later price run tries to sync them. */
    private final List<UUID> ownSecurities = new ArrayList<>();

    @Inject
    PriceSyncJob job;

    @Inject
    SyncRunner runner;

    /**
     * Base GBP; rates per euro on the Friday: USD 1.44, GBP 0.88. A USD stock (10 at 150.125, cost 1200 USD)
     * and a EUR ETF (3.5 at 45.678, cost 140 EUR).
     *
     * <pre>
     * stock: 10 × 150.125 = 1501.25 USD;  × 0.88 / 1.44 = 917.430555… → 917.43 GBP
     *        cost 1200 × 0.88 / 1.44 = 733.333… → 733.33;  gain 184.10;  184.10 / 733.33 = 25.104…% → 25.10
     * ETF:   3.5 × 45.678 = 159.873 EUR (159.87 shown);  × 0.88 = 140.68824 → 140.69 GBP
     *        cost 140 × 0.88 = 123.20;  gain 17.49;  17.49 / 123.20 = 14.196…% → 14.20
     * total: 917.43 + 140.69 = 1058.12;  cost 856.53;  gain 201.59;  23.535…% → 23.54
     * by type: equity 917.43 / 1058.12 = 86.7037…%, etf 13.2962…%: floors 86.70 + 13.29 = 99.99, the
     *          missing hundredth goes to the larger remainder (etf): 86.70 + 13.30 = 100.00
     * </pre>
     */
    @Test
    void aUsdStockAndAEurEtfAreValuedInPoundsToTheCent() {
        RateRows.put(FRIDAY, RATES);
        RateRows.put(MONDAY, RATES);
        Account user = user("portfolio-gbp", "GBP");
        UUID stock = security("USD", "equity");
        UUID etf = security("EUR", "etf");
        close(stock, FRIDAY, "150.125");
        close(etf, FRIDAY, "45.678");
        close(stock, MONDAY, "151");
        String account = account(user, "Brokerage", "GBP");
        hold(user, account, stock, "10", "1200", null);
        hold(user, account, etf, "3.5", "140", null);

        as(user).queryParam("date", FRIDAY.toString()).when().get(PATH).then().statusCode(200)
                .body("base_currency", equalTo("GBP"))
                .body("unpriced_count", equalTo(0))
                .body("holdings.security.id", contains(stock.toString(), etf.toString()))
                .body("holdings.price", contains("150.125", "45.678"))
                .body("holdings.price_date", contains("2011-06-10", "2011-06-10"))
                .body("holdings.price_source", contains("test", "test"))
                .body("holdings.market_value", contains("1501.25", "159.87"))
                .body("holdings.rate", contains("0.6111111111", "0.88"))
                .body("holdings.rate_date", contains("2011-06-10", "2011-06-10"))
                .body("holdings.market_value_base", contains("917.43", "140.69"))
                .body("holdings.cost_basis", contains("733.33", "123.20"))
                .body("holdings.unrealized_gain", contains("184.10", "17.49"))
                .body("holdings.unrealized_gain_percentage", contains("25.10", "14.20"))
                .body("totals.market_value", equalTo("1058.12"))
                .body("totals.cost_basis", equalTo("856.53"))
                .body("totals.unrealized_gain", equalTo("201.59"))
                .body("totals.unrealized_gain_percentage", equalTo("23.54"))
                .body("allocation.by_type.key", contains("equity", "etf"))
                .body("allocation.by_type.value", contains("917.43", "140.69"))
                .body("allocation.by_type.percentage", contains("86.70", "13.30"))
                .body("allocation.by_currency.key", contains("USD", "EUR"))
                .body("allocation.by_currency.percentage", contains("86.70", "13.30"))
                .body("allocation.by_account.percentage", contains("100.00"));

        // Thursday has no prices yet; Saturday and Sunday carry Friday's closes and rates; on Monday the stock
        // closes at 151: 1510 × 0.88 / 1.44 = 922.777… → 922.78, and the ETF still at Friday's 140.69: 1063.47.
        as(user).queryParam("start_date", "2011-06-09").queryParam("end_date", "2011-06-13")
                .when().get(PATH + "/performance").then().statusCode(200)
                .body("base_currency", equalTo("GBP"))
                .body("values.value", contains(null, "1058.12", "1058.12", "1058.12", "1063.47"))
                .body("values.unpriced_count", contains(2, 0, 0, 0, 0));
    }

    @Test
    void aCostInAnotherCurrencyIsConvertedAtTheValuationDatesRates() {
        RateRows.put(FRIDAY, RATES);
        Account user = user("portfolio-cost-currency", "EUR");
        UUID stock = security("USD", "equity");
        close(stock, FRIDAY, "144");
        hold(user, account(user, "Brokerage", "EUR"), stock, "1", "88", "GBP");

        // 1 × 144 USD / 1.44 = 100.00 EUR; cost 88 GBP / 0.88 = 100.00 EUR: no gain.
        as(user).queryParam("date", FRIDAY.toString()).when().get(PATH).then().statusCode(200)
                .body("holdings[0].market_value_base", equalTo("100.00"))
                .body("holdings[0].rate", equalTo("0.6944444444"))
                .body("holdings[0].cost_basis", equalTo("100.00"))
                .body("holdings[0].unrealized_gain", equalTo("0.00"))
                .body("holdings[0].unrealized_gain_percentage", equalTo("0.00"));
    }

    @Test
    void withEveryProviderDownThePortfolioAnswersWithTheLastPriceAndItsDate() {
        FakeMarketProviders.reset();
        Account user = user("portfolio-providers-down", "USD");
        String symbol = "X" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
        UUID security = UUID.fromString(as(user).body(Map.of("symbol", symbol)).when().post("/api/v1/securities")
                .then().statusCode(201).extract().path("id"));
        hold(user, account(user, "Brokerage", "USD"), security, "10", "1000", null);
        FakeMarketProviders.failYahoo(Failure.SERVER_ERROR);
        FakeMarketProviders.failStooq(Failure.SERVER_ERROR);
        try {
            assertThat(runner.run(job, "test").orElseThrow().status()).isEqualTo(SyncRun.FAILED);

            as(user).when().get(PATH).then().statusCode(200)
                    .body("unpriced_count", equalTo(0))
                    .body("holdings[0].price", equalTo("118.69000244140625"))
                    .body("holdings[0].price_date", equalTo("2020-11-06"))
                    .body("holdings[0].price_source", equalTo("yahoo"))
                    .body("totals.market_value", equalTo("1186.90"));
        } finally {
            FakeMarketProviders.reset();
        }
    }

    @AfterEach
    void removeOwnSecurities() {
        if (!ownSecurities.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> {
                Holding.delete("securityId in ?1", ownSecurities);
                SecurityPrice.delete("securityId in ?1", ownSecurities);
                Security.delete("id in ?1", ownSecurities);
            });
        }
    }

    private static RequestSpecification as(Account user) {
        return given().auth().oauth2(user.accessToken()).contentType(ContentType.JSON);
    }

    private static Account user(String label, String baseCurrency) {
        Account user = TestAccounts.create(label);
        as(user).body(Map.of("base_currency", baseCurrency)).when().patch("/api/v1/users/me").then().statusCode(200);
        return user;
    }

    /** A security of the test's own, written straight into Postgres (no provider knows it). */
    private UUID security(String currency, String type) {
        UUID id = QuarkusTransaction.requiringNew().call(() -> {
            Security security = new Security();
            security.symbol = "Z" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
            security.name = "Test " + type + " in " + currency;
            security.type = type;
            security.currency = currency;
            security.persist();
            return security.id;
        });
        ownSecurities.add(id);
        return id;
    }

    private static void close(UUID security, LocalDate date, String close) {
        QuarkusTransaction.requiringNew().run(() -> {
            SecurityPrice price = new SecurityPrice();
            price.securityId = security;
            price.priceDate = date;
            price.close = new BigDecimal(close);
            price.source = "test";
            price.fetchedAt = Instant.now();
            price.persist();
        });
    }

    private static String account(Account user, String name, String currency) {
        return as(user).body(Map.of("name", name, "type", "investment", "currency", currency)).when()
                .post("/api/v1/accounts").then().statusCode(201).extract().path("id");
    }

    private static void hold(Account user, String account, UUID security, String quantity, String cost,
            String costCurrency) {
        Map<String, Object> body = new HashMap<>(Map.of("security_id", security.toString(),
                "quantity", quantity, "cost_basis", cost));
        if (costCurrency != null) {
            body.put("cost_currency", costCurrency);
        }
        as(user).body(body).when().post("/api/v1/accounts/" + account + "/holdings").then().statusCode(201);
    }
}
