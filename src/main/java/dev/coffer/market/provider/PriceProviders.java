package dev.coffer.market.provider;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.coffer.common.provider.AllProvidersFailedException;
import dev.coffer.common.provider.FailureReason;
import dev.coffer.common.provider.ProviderException;
import dev.coffer.common.provider.ProviderFailure;
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

/**
 * The price providers, in the chain configured per security type ({@code coffer.market.chains.*}),
 * each behind its own limit of requests in flight ({@code coffer.market.<provider>.max-concurrency}).
 */
@ApplicationScoped
public class PriceProviders {

    /** What these providers provide, in their circuit breakers' names ({@code market-provider-yahoo}). */
    static final String KIND = "market";
    static final String FAILURE_METRIC = "coffer.market.provider.failures";

    private final Map<SecurityType, List<PriceProvider>> chains = new EnumMap<>(SecurityType.class);
    private final Map<String, Semaphore> inFlight = new HashMap<>();
    private final int maxInFlight;
    private final MeterRegistry meterRegistry;
    private volatile boolean stopping;

    @Inject
    PriceProviders(@Any Instance<PriceProvider> available, MarketProviderConfig config, MeterRegistry meterRegistry) {
        Map<String, PriceProvider> byName = available.stream()
                .collect(Collectors.toMap(PriceProvider::name, Function.identity()));
        for (SecurityType type : SecurityType.values()) {
            List<PriceProvider> chain = new ArrayList<>();
            for (String name : chain(config.chains(), type)) {
                PriceProvider provider = byName.get(name.trim());
                if (provider == null) {
                    throw new IllegalStateException("coffer.market.chains." + type.wireName()
                            + " names unknown provider '" + name + "'; known: " + byName.keySet());
                }
                chain.add(provider);
            }
            chains.put(type, List.copyOf(chain));
        }
        inFlight.put(YahooPriceProvider.NAME, new Semaphore(Math.max(1, config.yahoo().maxConcurrency()), true));
        inFlight.put(StooqPriceProvider.NAME, new Semaphore(Math.max(1, config.stooq().maxConcurrency()), true));
        inFlight.put(CoinGeckoPriceProvider.NAME, new Semaphore(Math.max(1, config.coingecko().maxConcurrency()), true));
        this.maxInFlight = inFlight.values().stream().mapToInt(Semaphore::availablePermits).sum();
        this.meterRegistry = meterRegistry;
    }

    private static List<String> chain(MarketProviderConfig.Chains chains, SecurityType type) {
        return switch (type) {
            case EQUITY -> chains.equity();
            case ETF -> chains.etf();
            case FUND -> chains.fund();
            case CRYPTO -> chains.crypto();
            case BOND -> chains.bond();
            case OTHER -> chains.other();
        };
    }

    public List<PriceProvider> chain(SecurityType type) {
        return chains.get(type);
    }

    /** Requests all providers together may have in flight: more concurrent fetches would only wait. */
    public int maxInFlight() {
        return maxInFlight;
    }

    /** From the start of a shutdown no further provider is asked (as {@code ExchangeRateProviders} does). */
    void onShutdown(@Observes(notifyObserver = Reception.IF_EXISTS) @Priority(Interceptor.Priority.APPLICATION)
            ShutdownEvent event) {
        stopping = true;
    }

    /**
     * Asks the providers of the security's chain in order for {@code [from, to]} and returns the first
     * answer, with the failures of those before it. Each provider asked takes one request of
     * {@code budget}.
     *
     * @throws AllProvidersFailedException when every provider of the chain failed
     * @throws BudgetSpentException when the budget ran out before a provider answered
     * @throws CancellationException when the application started to shut down or the thread was interrupted
     */
    public PriceFetch fetch(SecurityRef security, LocalDate from, LocalDate to, RequestBudget budget) {
        List<ProviderFailure> failures = new ArrayList<>();
        for (PriceProvider provider : chains.get(security.type())) {
            stopIfRequested(security);
            if (!budget.take()) {
                throw new BudgetSpentException(security.symbol(), budget.limit());
            }
            try {
                PriceHistory history = withinLimit(provider, () -> provider.fetch(security, from, to));
                PriceFetch fetched = new PriceFetch(provider.name(), history, failures);
                if (fetched.usedFallback()) {
                    Log.warnf("Prices of %s %s..%s: %s", security.symbol(), from, to, fetched.summary());
                }
                return fetched;
            } catch (ProviderException failed) {
                stopIfRequested(security);
                Log.warnf("Price provider %s failed for %s %s..%s: %s", provider.name(), security.symbol(), from, to,
                        failed.detail());
                failures.add(record(provider.name(), failed));
            } catch (CancellationException stopped) {
                throw stopped;
            } catch (RuntimeException bug) {
                stopIfRequested(security);
                Log.errorf(bug, "Price provider %s failed unexpectedly for %s", provider.name(), security.symbol());
                failures.add(record(provider.name(),
                        new ProviderException(provider.name(), FailureReason.UNEXPECTED, bug.toString(), bug)));
            }
        }
        throw new AllProvidersFailedException(failures);
    }

    private PriceHistory withinLimit(PriceProvider provider, Supplier<PriceHistory> request) {
        Semaphore limit = inFlight.get(provider.name());
        if (limit == null) {
            return request.get();
        }
        try {
            limit.acquire();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CancellationException(provider.name() + ": stopped while waiting for a request slot");
        }
        try {
            return request.get();
        } finally {
            limit.release();
        }
    }

    private void stopIfRequested(SecurityRef security) {
        if (stopping || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("prices of " + security.symbol() + ": fetch stopped");
        }
    }

    private ProviderFailure record(String provider, ProviderException failure) {
        meterRegistry.counter(FAILURE_METRIC, "provider", provider, "reason", failure.reason().tag()).increment();
        return ProviderFailure.of(failure);
    }
}
