package dev.coffer.market.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.coffer.common.provider.AllProvidersFailedException;
import dev.coffer.market.HeldSecurities;
import dev.coffer.market.LatestQuote;
import dev.coffer.market.LatestQuoteCache;
import dev.coffer.market.PriceStore;
import dev.coffer.market.PriceSyncConfig;
import dev.coffer.market.Security;
import dev.coffer.market.SecurityPrice;
import dev.coffer.market.provider.BudgetSpentException;
import dev.coffer.market.provider.PriceFetch;
import dev.coffer.market.provider.PriceProviders;
import dev.coffer.market.provider.RequestBudget;
import dev.coffer.market.provider.SecurityRef;
import dev.coffer.sync.JobResult;
import dev.coffer.sync.SyncJob;
import dev.coffer.sync.SyncMetrics;
import dev.coffer.sync.SyncWatermark;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Pulls the daily prices of the held securities ({@link HeldSecurities}) into Postgres, then puts each
 * one's latest quote in Redis. Each security catches up from its newest stored day (that day is asked
 * again, so a session still running is refreshed; one without prices back-fills
 * {@code coffer.sync.prices.backfill-days}) through the chain of its type, several securities at once
 * up to the providers' limits of requests in flight (one at a time, the run would add up every
 * request's latency and leave those limits unused). The bars are grouped by the provider that
 * answered and each provider's batch is written in one transaction. The run is
 * {@code succeeded} when every security's first provider answered, {@code partial} when a fallback
 * had to, a security failed everywhere or the request budget ran out (the error says which), and
 * {@code failed} when no provider answered for any (previous prices kept). The watermark moves to the
 * oldest newest day of the held securities after a clean run only.
 */
@ApplicationScoped
public class PriceSyncJob implements SyncJob {

    public static final String NAME = "prices";

    /** How many per-security problems the run's error names before it only counts the rest. */
    private static final int ERRORS_NAMED = 5;

    private final HeldSecurities held;
    private final PriceProviders providers;
    private final PriceStore store;
    private final LatestQuoteCache cache;
    private final SyncMetrics metrics;
    private final PriceSyncConfig config;

    PriceSyncJob(HeldSecurities held, PriceProviders providers, PriceStore store, LatestQuoteCache cache,
            SyncMetrics metrics, PriceSyncConfig config) {
        this.held = held;
        this.providers = providers;
        this.store = store;
        this.cache = cache;
        this.metrics = metrics;
        this.config = config;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> cron() {
        return Optional.of(config.cron());
    }

    /** When the newest price of any held security was fetched. */
    @Override
    public Optional<Instant> newestDataFetchedAt() {
        Set<UUID> ids = held.securityIds();
        return SecurityPrice.latestOf(ids).stream().map(price -> price.fetchedAt).max(Instant::compareTo);
    }

    @Override
    public JobResult execute() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Target> targets = QuarkusTransaction.requiringNew().call(() -> targets(today));
        if (targets.isEmpty()) {
            return JobResult.succeeded(null, 0);
        }
        RequestBudget budget = RequestBudget.of(config.requestBudget());
        Map<String, List<PriceStore.Bars>> byProvider = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int answered = 0;
        int waiting = 0;
        for (Fetched outcome : fetchAll(targets, today, budget)) {
            Target target = outcome.target();
            if (outcome.waiting()) {
                waiting++;
            } else if (outcome.failure() != null) {
                problems.add(target.ref().symbol() + ": " + outcome.failure());
            } else {
                PriceFetch fetched = outcome.fetched();
                answered++;
                if (fetched.usedFallback()) {
                    problems.add(target.ref().symbol() + ": " + fetched.summary());
                }
                byProvider.computeIfAbsent(fetched.provider(), provider -> new ArrayList<>())
                        .add(new PriceStore.Bars(target.id(), fetched.provider(), fetched.history().bars()));
            }
        }
        if (waiting > 0) {
            problems.add("request budget of " + budget.limit() + " spent; " + waiting
                    + " securities wait for the next run");
        }
        if (answered == 0) {
            return JobResult.failed(null, describe(problems));
        }
        Instant fetchedAt = Instant.now();
        int written = 0;
        List<UUID> stored = new ArrayList<>();
        List<String> storedBy = new ArrayList<>();
        for (Map.Entry<String, List<PriceStore.Bars>> batch : byProvider.entrySet()) {
            try {
                written += QuarkusTransaction.requiringNew().call(() -> store.upsert(batch.getValue(), fetchedAt));
                batch.getValue().forEach(bars -> stored.add(bars.securityId()));
                storedBy.add(batch.getKey());
            } catch (PriceStore.PriceWriteFailed failed) {
                problems.add(batch.getKey() + " batch: " + failed.getMessage());
            }
        }
        if (stored.isEmpty()) {
            return JobResult.failed(String.join(",", byProvider.keySet()), describe(problems));
        }
        metrics.dataFetched(NAME, fetchedAt);
        publishLatest(stored);
        String provider = String.join(",", storedBy);
        if (problems.isEmpty()) {
            advanceWatermark(targets, fetchedAt);
            return JobResult.succeeded(provider, written);
        }
        return JobResult.partial(provider, written, describe(problems));
    }

    /**
     * Fetches every target's prices, as many at once as the providers take requests in flight (each
     * provider's own limit still holds), and answers in the targets' order. Each target's first request
     * is reserved here, in that order, before its worker starts, so the budget goes to the first targets
     * however the workers' threads are scheduled. A stop (the job's thread interrupted, or a shutdown)
     * stops every worker.
     */
    private List<Fetched> fetchAll(List<Target> targets, LocalDate today, RequestBudget budget) {
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(targets.size(), providers.maxInFlight()),
                Thread.ofPlatform().name("price-sync-", 1).daemon().factory());
        try {
            List<Future<Fetched>> futures = new ArrayList<>(targets.size());
            for (Target target : targets) {
                Optional<RequestBudget> share = budget.reserveOne();
                futures.add(share.isEmpty() ? CompletableFuture.completedFuture(Fetched.waiting(target))
                        : workers.submit(() -> fetch(target, today, share.get())));
            }
            List<Fetched> outcomes = new ArrayList<>(targets.size());
            for (Future<Fetched> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CancellationException("price sync stopped while fetching");
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw new IllegalStateException(failed.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    private Fetched fetch(Target target, LocalDate today, RequestBudget share) {
        try {
            return new Fetched(target, providers.fetch(target.ref(), target.from(), today, share), null, false);
        } catch (AllProvidersFailedException failed) {
            return new Fetched(target, null, failed.detail(), false);
        } catch (BudgetSpentException spent) {
            return Fetched.waiting(target);
        }
    }

    /**
     * The held securities, least recently fetched first (never fetched before all): when the request
     * budget runs out, the ones left waiting are the first of the next run, so every security gets its
     * turn however many there are.
     */
    private List<Target> targets(LocalDate today) {
        List<Security> securities = Security.withIds(held.securityIds());
        Map<UUID, SecurityPrice> newest = new HashMap<>();
        SecurityPrice.latestOf(securities.stream().map(security -> security.id).toList())
                .forEach(price -> newest.put(price.securityId, price));
        List<Target> targets = new ArrayList<>();
        Map<UUID, Instant> fetchedAt = new HashMap<>();
        for (Security security : securities) {
            SecurityPrice last = newest.get(security.id);
            LocalDate from = last == null ? today.minusDays(config.backfillDays()) : last.priceDate;
            targets.add(new Target(security.id, security.ref(), from.isAfter(today) ? today : from));
            fetchedAt.put(security.id, last == null ? Instant.MIN : last.fetchedAt);
        }
        targets.sort(Comparator.comparing(target -> fetchedAt.get(target.id())));
        return targets;
    }

    /**
     * Every held security is complete through its newest stored day, so the job is through the oldest
     * of those. Computed from what is committed, so it never runs ahead of stored data; a security
     * without any price keeps it where it is.
     */
    private void advanceWatermark(List<Target> targets, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<SecurityPrice> newest = SecurityPrice.latestOf(targets.stream().map(Target::id).toList());
            if (newest.size() == targets.size()) {
                newest.stream().map(price -> price.priceDate).min(LocalDate::compareTo)
                        .ifPresent(oldest -> SyncWatermark.advance(NAME, oldest, at));
            }
        });
    }

    private void publishLatest(List<UUID> securityIds) {
        try {
            QuarkusTransaction.requiringNew().run(() -> SecurityPrice.latestOf(securityIds)
                    .forEach(price -> cache.put(LatestQuote.of(price))));
        } catch (RuntimeException e) {
            Log.warnf("Prices stored but not cached in Redis: %s", e.getMessage());
        }
    }

    private static String describe(List<String> problems) {
        if (problems.size() <= ERRORS_NAMED) {
            return String.join("; ", problems);
        }
        return problems.stream().limit(ERRORS_NAMED).collect(Collectors.joining("; ")) + "; and "
                + (problems.size() - ERRORS_NAMED) + " more";
    }

    private record Target(UUID id, SecurityRef ref, LocalDate from) {
    }

    /** One target's outcome: its prices, why every provider failed, or that the budget was spent first. */
    private record Fetched(Target target, PriceFetch fetched, String failure, boolean waiting) {

        static Fetched waiting(Target target) {
            return new Fetched(target, null, null, true);
        }
    }
}
