package dev.coffer.currency.provider;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.coffer.common.provider.ProviderFailure;

/**
 * What {@link ExchangeRateProviders#fetchFirstAvailable} got: the provider that answered, its
 * days (oldest first, possibly none for a range without publications) and the failures of the
 * providers tried before it.
 */
public record FetchResult(String provider, List<PublishedRates> rates, List<ProviderFailure> failuresBefore) {

    public FetchResult {
        rates = List.copyOf(rates);
        failuresBefore = List.copyOf(failuresBefore);
    }

    public boolean usedFallback() {
        return !failuresBefore.isEmpty();
    }

    /** E.g. {@code ecb failed: eurofxref-daily.xml: HTTP 500; used open-er-api}. */
    public String summary() {
        return Stream.concat(failuresBefore.stream().map(ProviderFailure::describe), Stream.of("used " + provider))
                .collect(Collectors.joining("; "));
    }
}
