package dev.coffer.sync;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.coffer.currency.FxSyncConfig;
import dev.coffer.currency.provider.ExchangeRateProvider;
import dev.coffer.currency.provider.ProviderException;
import dev.coffer.currency.provider.PublishedRates;
import io.quarkus.arc.All;

/**
 * Asks the exchange-rate providers in order of priority (highest first) and keeps the first
 * usable answer, with the failures of those tried before it.
 */
@ApplicationScoped
public class ProviderChain {

    /** The answer of the provider that delivered, and why the ones before it did not. */
    public record Fetched(String provider, List<PublishedRates> rates, List<ProviderException> failuresBefore) {
    }

    private final List<ExchangeRateProvider> providers;
    private final SyncMetrics metrics;

    ProviderChain(@All List<ExchangeRateProvider> providers, FxSyncConfig config, SyncMetrics metrics) {
        this.providers = config.providers()
                .map(names -> names.stream()
                        .map(name -> providers.stream().filter(provider -> provider.name().equals(name)).findFirst()
                                .orElseThrow(() -> new IllegalStateException(
                                        "coffer.sync.fx.providers names an unknown provider: " + name)))
                        .toList())
                .orElse(providers);
        this.metrics = metrics;
    }

    /** @throws AllProvidersFailed when none delivered; its message names every failure */
    public Fetched fetch(String job, LocalDate from, LocalDate to) {
        List<ProviderException> failures = new ArrayList<>();
        for (ExchangeRateProvider provider : providers) {
            try {
                List<PublishedRates> rates = provider.fetch(from, to);
                if (rates.isEmpty()) {
                    throw new ProviderException(provider.name(), "no rates for " + from + ".." + to);
                }
                return new Fetched(provider.name(), rates, List.copyOf(failures));
            } catch (ProviderException e) {
                metrics.providerFailed(job, provider.name());
                failures.add(e);
            } catch (RuntimeException e) {
                metrics.providerFailed(job, provider.name());
                failures.add(new ProviderException(provider.name(), e.toString(), e));
            }
        }
        throw new AllProvidersFailed(failures.isEmpty() ? "no exchange-rate provider is configured"
                : String.join("; ", failures.stream().map(Throwable::getMessage).toList()));
    }

    /** Every provider failed; the run is recorded as failed with this message. */
    public static class AllProvidersFailed extends RuntimeException {

        AllProvidersFailed(String message) {
            super(message);
        }
    }
}
