package dev.coffer.market.provider;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The fields of CoinGecko's answers that matter; an error comes as {@code {"error": "..."}}. */
final class CoinGeckoAnswers {

    private CoinGeckoAnswers() {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Search(@JsonProperty("coins") List<Coin> coins) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Coin(@JsonProperty("id") String id, @JsonProperty("name") String name,
            @JsonProperty("symbol") String symbol) {
    }

    /** {@code prices} are {@code [epoch milliseconds, price]} pairs. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MarketChart(@JsonProperty("prices") List<List<BigDecimal>> prices, @JsonProperty("error") String error) {
    }
}
