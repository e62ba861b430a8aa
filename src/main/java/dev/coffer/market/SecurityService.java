package dev.coffer.market;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import dev.coffer.common.error.ApiException;
import dev.coffer.common.error.DatabaseFailures;
import dev.coffer.common.provider.AllProvidersFailedException;
import dev.coffer.common.provider.FailureReason;
import dev.coffer.common.provider.ProviderFailure;
import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;
import dev.coffer.market.provider.PriceFetch;
import dev.coffer.market.provider.PriceProviders;
import dev.coffer.market.provider.RequestBudget;
import dev.coffer.market.provider.SecurityProfile;
import dev.coffer.market.provider.SecurityRef;
import dev.coffer.market.provider.SecurityType;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Registering securities and reading them with their prices (docs/market.md). */
@ApplicationScoped
public class SecurityService {

    /** Yahoo Finance's symbol alphabet: AAPL, BRK-B, WSU.DE, EURUSD=X, ^GSPC. */
    static final String SYMBOL_PATTERN = "^[A-Za-z0-9^][A-Za-z0-9.=^-]*$";

    private final PriceProviders providers;
    private final PriceStore store;
    private final LatestQuoteCache cache;
    private final PriceSyncConfig config;
    private final Event<PricesFoundStale> foundStale;

    SecurityService(PriceProviders providers, PriceStore store, LatestQuoteCache cache, PriceSyncConfig config,
            Event<PricesFoundStale> foundStale) {
        this.providers = providers;
        this.store = store;
        this.cache = cache;
        this.config = config;
        this.foundStale = foundStale;
    }

    /** A registration's answer, and whether it registered the symbol now (false: it already was). */
    public record Registration(SecurityResponse security, boolean created) {
    }

    /** A price a read answers with: its security's symbol and when the price was fetched. */
    public record PriceAtHand(String symbol, Instant fetchedAt) {
    }

    @Transactional
    public PageResponse<SecurityResponse> search(String query, PageParams page) {
        PanacheQuery<Security> matches = Security.search(query);
        long total = matches.count();
        List<Security> securities = matches.page(page.index(), page.size).list();
        Map<UUID, SecurityPrice> latest = SecurityPrice.latestOf(securities.stream().map(s -> s.id).toList()).stream()
                .collect(Collectors.toMap(price -> price.securityId, Function.identity()));
        List<SecurityResponse> items = securities.stream()
                .map(security -> SecurityResponse.of(security,
                        Optional.ofNullable(latest.get(security.id)).map(LatestQuote::of).orElse(null)))
                .toList();
        return PageResponse.of(items, total, page);
    }

    @Transactional
    public SecurityResponse get(String symbol) {
        Security security = find(symbol);
        return SecurityResponse.of(security, latestQuote(security).orElse(null));
    }

    @Transactional
    public PriceHistoryResponse prices(String symbol, LocalDate start, LocalDate end) {
        Security security = find(symbol);
        List<DailyPriceResponse> prices = SecurityPrice.between(security.id, start, end).stream()
                .map(DailyPriceResponse::of).toList();
        return new PriceHistoryResponse(security.symbol, security.currency.trim(), start, end, prices);
    }

    /**
     * Registers {@code request.symbol()} once a provider of its type's chain confirmed it, with its
     * profile and {@code coffer.sync.prices.backfill-days} of daily history, all in one transaction.
     * A symbol already registered is answered as it is. The providers are asked outside any
     * transaction, so no database connection waits on them.
     */
    public Registration register(RegisterSecurityRequest request) {
        String symbol = request.symbol().strip().toUpperCase(Locale.ROOT);
        Optional<SecurityResponse> existing = QuarkusTransaction.requiringNew().call(() -> findResponse(symbol));
        if (existing.isPresent()) {
            return new Registration(existing.get(), false);
        }
        SecurityType asked = request.type() == null ? SecurityType.EQUITY
                : SecurityType.fromWire(request.type()).orElseThrow();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        PriceFetch fetched;
        try {
            fetched = providers.fetch(new SecurityRef(symbol, asked, null), today.minusDays(config.backfillDays()), today,
                    RequestBudget.unlimited());
        } catch (AllProvidersFailedException failed) {
            throw notRegistered(symbol, failed);
        }
        SecurityProfile profile = fetched.history().profile();
        SecurityType type = request.type() != null ? asked : profile.type() != null ? profile.type() : asked;
        Instant fetchedAt = Instant.now();
        try {
            UUID id = QuarkusTransaction.requiringNew().call(() -> {
                Security security = new Security();
                security.symbol = symbol;
                security.name = abbreviate(profile.name() == null || profile.name().isBlank() ? symbol : profile.name(),
                        Security.NAME_MAX);
                security.type = type.wireName();
                security.exchange = profile.exchange() == null ? null : abbreviate(profile.exchange(), Security.EXCHANGE_MAX);
                security.currency = profile.currency();
                security.providerKey = profile.providerKey();
                security.persistAndFlush();
                store.upsert(List.of(new PriceStore.Bars(security.id, fetched.provider(), fetched.history().bars())),
                        fetchedAt);
                return security.id;
            });
            Log.infof("Registered %s with %d daily prices from %s", symbol, fetched.history().bars().size(),
                    fetched.provider());
            return new Registration(QuarkusTransaction.requiringNew().call(() -> {
                Security security = Security.findById(id);
                Optional<LatestQuote> latest = SecurityPrice.latest(id).map(LatestQuote::of);
                latest.ifPresent(cache::put);
                return SecurityResponse.of(security, latest.orElse(null));
            }), true);
        } catch (RuntimeException failure) {
            if (DatabaseFailures.violates(failure, Security.SYMBOL_KEY)) {
                // Registered by a concurrent request meanwhile: answer with that one.
                return new Registration(QuarkusTransaction.requiringNew().call(() -> findResponse(symbol)).orElseThrow(),
                        false);
            }
            throw failure;
        }
    }

    private Optional<SecurityResponse> findResponse(String symbol) {
        return Security.findBySymbol(symbol)
                .map(security -> SecurityResponse.of(security, latestQuote(security).orElse(null)));
    }

    private static ApiException notRegistered(String symbol, AllProvidersFailedException failed) {
        boolean unknownEverywhere = failed.failures().stream()
                .map(ProviderFailure::reason).allMatch(FailureReason.NOT_FOUND::equals);
        if (unknownEverywhere) {
            return ApiException.unprocessable("UNKNOWN_SYMBOL", "No price provider knows the symbol " + symbol);
        }
        return ApiException.serviceUnavailable("PRICE_PROVIDER_UNAVAILABLE", "The price providers could not be"
                + " asked about " + symbol + " (" + failed.detail() + "); try again later");
    }

    private static Security find(String symbol) {
        return Security.findBySymbol(symbol).orElseThrow(() -> ApiException.notFound("SECURITY_NOT_FOUND",
                "No security with the symbol " + symbol + " is registered"));
    }

    /**
     * From Redis, else from Postgres (and then cached). A quote fetched longer ago than
     * {@code coffer.sync.prices.stale-after} makes the read trigger one background refresh; the read
     * answers with it all the same.
     */
    private Optional<LatestQuote> latestQuote(Security security) {
        Optional<LatestQuote> latest = cache.latest(security.id);
        if (latest.isEmpty()) {
            latest = SecurityPrice.latest(security.id).map(LatestQuote::of);
            latest.ifPresent(cache::putIfAbsent);
        }
        latest.ifPresent(quote -> refreshIfStale(List.of(new PriceAtHand(security.symbol, quote.fetchedAt()))));
        return latest;
    }

    /**
     * For a read that answers with these prices (one security's newest, or the closes a valuation of today
     * takes): when any was fetched longer than {@code coffer.sync.prices.stale-after} ago, one background
     * refresh starts (single-flight, StalePricesRefresher); the read answers with the prices at hand. The
     * caller passes the prices it has already read, so deciding asks nothing more of the database.
     */
    public void refreshIfStale(Collection<PriceAtHand> prices) {
        Instant now = Instant.now();
        prices.stream()
                .filter(price -> isStale(price.fetchedAt(), now))
                .min(Comparator.comparing(PriceAtHand::fetchedAt))
                .ifPresent(price -> foundStale.fire(new PricesFoundStale(price.symbol(), price.fetchedAt())));
    }

    /** The reads' staleness rule: a price fetched longer than {@code coffer.sync.prices.stale-after} before now. */
    private boolean isStale(Instant fetchedAt, Instant now) {
        return Duration.between(fetchedAt, now).compareTo(config.staleAfter()) > 0;
    }

    /** At most {@code max} characters as Postgres counts them (code points), never splitting a surrogate pair. */
    static String abbreviate(String text, int max) {
        String stripped = text.strip();
        return stripped.codePointCount(0, stripped.length()) <= max ? stripped
                : stripped.substring(0, stripped.offsetByCodePoints(0, max));
    }
}
