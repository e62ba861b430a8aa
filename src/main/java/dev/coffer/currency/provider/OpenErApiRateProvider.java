package dev.coffer.currency.provider;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.coffer.common.provider.FailureReason;
import dev.coffer.common.provider.ProviderException;
import dev.coffer.common.provider.ResilientHttpCall;

/**
 * The fallback: open.er-api.com, 150+ currencies, one update a day. It only knows the latest
 * day, so a range that does not contain that day gets no rows (not a failure).
 */
@ApplicationScoped
public class OpenErApiRateProvider implements ExchangeRateProvider {

    public static final String NAME = "open-er-api";
    static final String BASE = "EUR";

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final OpenErApiClient client;
    private final ResilientHttpCall http;
    private final ObjectMapper objectMapper;

    @Inject
    OpenErApiRateProvider(@RestClient OpenErApiClient client, FxProviderConfig config, ObjectMapper objectMapper) {
        this.client = client;
        this.http = new ResilientHttpCall(ExchangeRateProviders.KIND, NAME, config.fallback());
        this.objectMapper = objectMapper;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<PublishedRates> fetch(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        PublishedRates latest = parse(objectMapper, http.fetch("v6/latest/" + BASE, () -> client.latest(BASE)));
        boolean inRange = !latest.date().isBefore(from) && !latest.date().isAfter(to);
        return inRange ? List.of(latest) : List.of();
    }

    /**
     * Jackson reads each rate with {@code BigDecimal}'s text constructor, never through a
     * {@code double}, so {@code 0.1} stays {@code 0.1} and trailing zeros survive. The base's own
     * rate of 1 is dropped, as the ECB file has none either.
     */
    static PublishedRates parse(ObjectMapper objectMapper, byte[] body) {
        OpenErApiResponse response;
        try {
            response = objectMapper.readValue(body, OpenErApiResponse.class);
        } catch (JsonProcessingException unparsable) {
            throw malformed("unparsable JSON: " + unparsable.getOriginalMessage(), unparsable);
        } catch (IOException unreadable) {
            throw malformed("unreadable body: " + unreadable.getMessage(), unreadable);
        }
        if (response == null) {
            throw malformed("empty JSON document", null);
        }
        if ("error".equals(response.result())) {
            throw new ProviderException(NAME, FailureReason.ERROR_RESPONSE,
                    "error response: " + (response.errorType() != null ? response.errorType() : "no error-type"));
        }
        if (!"success".equals(response.result())) {
            throw malformed("unexpected result '" + response.result() + "'", null);
        }
        if (!BASE.equals(response.baseCode())) {
            throw malformed("answered for base '" + response.baseCode() + "' instead of " + BASE, null);
        }
        if (response.timeLastUpdateUnix() == null || response.timeLastUpdateUnix() <= 0) {
            throw malformed("no time_last_update_unix", null);
        }
        LocalDate day = Instant.ofEpochSecond(response.timeLastUpdateUnix()).atZone(ZoneOffset.UTC).toLocalDate();
        if (response.rates() == null || response.rates().isEmpty()) {
            throw new ProviderException(NAME, FailureReason.EMPTY, "no rates in the response");
        }
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        response.rates().forEach((currency, rate) -> {
            if (!CURRENCY.matcher(currency).matches()) {
                throw malformed("bad currency code '" + currency + "'", null);
            }
            if (rate == null || rate.signum() <= 0) {
                throw malformed("bad rate " + rate + " for " + currency, null);
            }
            if (!BASE.equals(currency)) {
                rates.put(currency, rate);
            }
        });
        if (rates.isEmpty()) {
            throw new ProviderException(NAME, FailureReason.EMPTY, "no rates other than the base");
        }
        return new PublishedRates(day, BASE, Map.copyOf(rates));
    }

    private static ProviderException malformed(String message, Throwable cause) {
        return new ProviderException(NAME, FailureReason.MALFORMED, message, cause);
    }
}
