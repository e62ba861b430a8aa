package dev.coffer.currency.provider;

import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The fields of an open.er-api v6 answer that matter; errors come with HTTP 200 and {@code result: error}. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
record OpenErApiResponse(
        @JsonProperty("result") String result,
        @JsonProperty("error-type") String errorType,
        @JsonProperty("time_last_update_unix") Long timeLastUpdateUnix,
        @JsonProperty("base_code") String baseCode,
        @JsonProperty("rates") Map<String, BigDecimal> rates) {
}
