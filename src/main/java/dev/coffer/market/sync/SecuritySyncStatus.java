package dev.coffer.market.sync;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.coffer.market.HeldSecurities;
import dev.coffer.market.PriceSyncConfig;
import dev.coffer.market.Security;
import dev.coffer.market.SecurityPrice;
import dev.coffer.sync.SyncStatusContributor;

/**
 * The {@code securities} section of {@code /api/v1/sync/status}: per held security, how fresh its
 * prices are. Stale: no price at all; the newest one fetched longer ago than
 * {@code coffer.sync.prices.stale-after} (the job, every 15 minutes, has not refreshed it); or its day
 * more than {@code coffer.sync.prices.max-close-age-days} before today (a long weekend has no closes
 * for three days; a provider that stopped publishing the symbol has none for longer).
 */
@ApplicationScoped
public class SecuritySyncStatus implements SyncStatusContributor {

    private final HeldSecurities held;
    private final PriceSyncConfig config;

    SecuritySyncStatus(HeldSecurities held, PriceSyncConfig config) {
        this.held = held;
        this.config = config;
    }

    @Override
    public String section() {
        return "securities";
    }

    @Override
    public List<SecurityPriceStatus> entries() {
        Instant now = Instant.now();
        LocalDate oldestFreshDay = LocalDate.now(ZoneOffset.UTC).minusDays(config.maxCloseAgeDays());
        List<Security> securities = Security.withIds(held.securityIds());
        Map<UUID, SecurityPrice> newest = SecurityPrice.latestOf(securities.stream().map(s -> s.id).toList())
                .stream().collect(Collectors.toMap(price -> price.securityId, Function.identity()));
        return securities.stream().map(security -> {
            SecurityPrice price = newest.get(security.id);
            boolean stale = price == null || price.priceDate.isBefore(oldestFreshDay)
                    || Duration.between(price.fetchedAt, now).compareTo(config.staleAfter()) > 0;
            return new SecurityPriceStatus(security.id, security.symbol, price == null ? null : price.priceDate, stale);
        }).toList();
    }
}
