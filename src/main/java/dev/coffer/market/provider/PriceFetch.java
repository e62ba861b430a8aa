package dev.coffer.market.provider;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.coffer.common.provider.ProviderFailure;

/** What {@link PriceProviders#fetch} got: the provider that answered, its answer, and the failures of those tried before it. */
public record PriceFetch(String provider, PriceHistory history, List<ProviderFailure> failuresBefore) {

    public PriceFetch {
        failuresBefore = List.copyOf(failuresBefore);
    }

    public boolean usedFallback() {
        return !failuresBefore.isEmpty();
    }

    /** E.g. {@code yahoo failed: chart/AAPL: HTTP 429; used stooq}. */
    public String summary() {
        return Stream.concat(failuresBefore.stream().map(ProviderFailure::describe), Stream.of("used " + provider))
                .collect(Collectors.joining("; "));
    }
}
