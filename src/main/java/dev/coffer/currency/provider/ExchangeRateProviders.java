package dev.coffer.currency.provider;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import dev.coffer.common.provider.AllProvidersFailedException;
import dev.coffer.common.provider.FailureReason;
import dev.coffer.common.provider.ProviderException;
import dev.coffer.common.provider.ProviderFailure;

/** The exchange-rate providers in their configured order ({@code coffer.fx.providers}), tried one after another. */
@ApplicationScoped
public class ExchangeRateProviders {

    /** What these providers provide, in their circuit breakers' names ({@code fx-provider-ecb}). */
    static final String KIND = "fx";
    static final String FAILURE_METRIC = "coffer.fx.provider.failures";

    private final List<ExchangeRateProvider> ordered;
    private final MeterRegistry meterRegistry;
    private volatile boolean stopping;

    @Inject
    ExchangeRateProviders(@Any Instance<ExchangeRateProvider> available, FxProviderConfig config,
            MeterRegistry meterRegistry) {
        Map<String, ExchangeRateProvider> byName = available.stream()
                .collect(Collectors.toMap(ExchangeRateProvider::name, Function.identity()));
        List<ExchangeRateProvider> providers = new ArrayList<>();
        for (String name : config.providers()) {
            ExchangeRateProvider provider = byName.get(name.trim());
            if (provider == null) {
                throw new IllegalStateException("coffer.fx.providers names unknown provider '" + name
                        + "'; known: " + byName.keySet());
            }
            providers.add(provider);
        }
        this.ordered = List.copyOf(providers);
        this.meterRegistry = meterRegistry;
    }

    public List<ExchangeRateProvider> ordered() {
        return ordered;
    }

    /**
     * From the start of a shutdown no further provider is asked. Notified before the sync runner
     * (whose observer has the default, later priority) interrupts the runs in flight. The HTTP
     * providers hand an interrupt on (see {@code ResilientHttpCall}), but a provider that reports it
     * as a failure of its own and clears the thread's flag must not make the loop below ask the next
     * one, so the stop does not depend on the flag alone.
     */
    void onShutdown(@Observes(notifyObserver = Reception.IF_EXISTS) @Priority(Interceptor.Priority.APPLICATION)
            ShutdownEvent event) {
        stopping = true;
    }

    /**
     * Asks each provider in order for {@code [from, to]} and returns the first answer, with the
     * failures of those before it. A provider that answers with no days (nothing published in
     * the range) counts as an answer.
     *
     * @throws AllProvidersFailedException when every provider failed
     * @throws CancellationException when the application started to shut down or the calling thread
     *         was interrupted before a provider answered; that is no provider's failure
     */
    public FetchResult fetchFirstAvailable(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        List<ProviderFailure> failures = new ArrayList<>();
        for (ExchangeRateProvider provider : ordered) {
            stopIfRequested(from, to);
            try {
                List<PublishedRates> rates = provider.fetch(from, to);
                FetchResult result = new FetchResult(provider.name(), rates, failures);
                if (result.usedFallback()) {
                    Log.warnf("Exchange rates %s..%s: %s", from, to, result.summary());
                }
                return result;
            } catch (ProviderException failed) {
                stopIfRequested(from, to);
                Log.warnf("Exchange-rate provider %s failed for %s..%s: %s", provider.name(), from, to, failed.detail());
                failures.add(record(provider.name(), failed));
            } catch (RuntimeException bug) {
                stopIfRequested(from, to);
                Log.errorf(bug, "Exchange-rate provider %s failed unexpectedly for %s..%s", provider.name(), from, to);
                failures.add(record(provider.name(),
                        new ProviderException(provider.name(), FailureReason.UNEXPECTED, bug.toString(), bug)));
            }
        }
        throw new AllProvidersFailedException(failures);
    }

    /**
     * Checked before each provider and after each failure, before anything is logged or counted:
     * a failure caused by the stop is not the provider's, and the next provider must not be asked.
     */
    private void stopIfRequested(LocalDate from, LocalDate to) {
        if (stopping || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("exchange rates " + from + ".." + to + ": fetch stopped");
        }
    }

    private ProviderFailure record(String provider, ProviderException failure) {
        meterRegistry.counter(FAILURE_METRIC, "provider", provider, "reason", failure.reason().tag()).increment();
        return ProviderFailure.of(failure);
    }
}
