package dev.coffer.market.provider;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The fields of a Yahoo v8 chart answer that matter. Errors come as {@code result: null} with an
 * {@code error}, with HTTP 404 or 200. The quote arrays run parallel to {@code timestamp} and hold
 * {@code null} for a bar Yahoo has no data for. Names are Yahoo's camelCase, spelled out because the
 * application's mapper writes snake_case.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
record YahooChart(Chart chart) {

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Chart(List<Result> result, Error error) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Error(String code, String description) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Result(Meta meta, List<Long> timestamp, Indicators indicators) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Meta(
            @JsonProperty("currency") String currency,
            @JsonProperty("symbol") String symbol,
            @JsonProperty("exchangeName") String exchangeName,
            @JsonProperty("fullExchangeName") String fullExchangeName,
            @JsonProperty("instrumentType") String instrumentType,
            @JsonProperty("exchangeTimezoneName") String exchangeTimezoneName,
            @JsonProperty("longName") String longName,
            @JsonProperty("shortName") String shortName) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Indicators(List<Quote> quote, List<AdjClose> adjclose) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Quote(List<BigDecimal> open, List<BigDecimal> high, List<BigDecimal> low, List<BigDecimal> close,
            List<Long> volume) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record AdjClose(List<BigDecimal> adjclose) {
    }
}
