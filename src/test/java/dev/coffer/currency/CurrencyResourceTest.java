package dev.coffer.currency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class CurrencyResourceTest {

    @Inject
    LatestRatesCache cache;

    @Test
    void currenciesArePublicWithNamesMinorUnitsAndRateAvailability() {
        RateRows.put(LocalDate.now(ZoneOffset.UTC), Map.of("USD", "1.1", "JPY", "160"));
        cache.evict(RateSnapshot.PIVOT);
        JsonPath page = given().queryParam("size", 200)
                .when().get("/api/v1/currencies")
                .then().statusCode(200)
                .body("page", equalTo(1))
                .body("items.code", hasItems("EUR", "USD", "JPY", "BHD", "CHF"))
                .body("items.code", not(hasItem("XAU")))
                .body("items.code", not(hasItem("XXX")))
                .body("items.code", not(hasItem("XTS")))
                .extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        org.assertj.core.api.Assertions.assertThat(items.size()).isEqualTo(page.getInt("total"));
        Map<String, Object> jpy = items.stream().filter(item -> item.get("code").equals("JPY")).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(jpy).containsEntry("name", "Japanese Yen")
                .containsEntry("minor_units", 0).containsEntry("has_rates", true);
        Map<String, Object> afn = items.stream().filter(item -> item.get("code").equals("AFN")).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(afn).containsEntry("has_rates", false);
    }

    @Test
    void currenciesArePaged() {
        given().queryParam("size", 10).queryParam("page", 2)
                .when().get("/api/v1/currencies")
                .then().statusCode(200)
                .body("items.size()", equalTo(10))
                .body("page", equalTo(2))
                .body("items.minor_units", everyItem(org.hamcrest.Matchers.greaterThanOrEqualTo(0)));
        given().queryParam("size", 500).when().get("/api/v1/currencies").then().statusCode(422);
    }

    @Test
    void exchangeRatesNeedABearerToken() {
        given().when().get("/api/v1/exchange-rates/latest")
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer");
        given().when().get("/api/v1/sync/status").then().statusCode(401);
    }
}
