package dev.coffer.market;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UuidGenerator;

import dev.coffer.market.provider.SecurityRef;
import dev.coffer.market.provider.SecurityType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** A registered security: reference data shared by every user, not owned by one. */
@Entity
@Table(name = "securities")
public class Security extends PanacheEntityBase {

    /** The unique constraint on {@code symbol}, which two concurrent registrations of one symbol meet. */
    static final String SYMBOL_KEY = "securities_symbol_key";
    public static final int SYMBOL_MAX = 32;
    static final int NAME_MAX = 200;
    static final int EXCHANGE_MAX = 64;

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    /** Upper case, Yahoo's spelling ({@code AAPL}, {@code WSU.DE}, {@code BTC}). */
    public String symbol;

    public String name;

    /** The wire name of a {@link SecurityType}. */
    public String type;

    public String exchange;

    @Column(columnDefinition = "bpchar(3)")
    public String currency;

    /** What a provider needs besides the symbol (CoinGecko's coin id), or null. */
    @Column(name = "provider_key")
    public String providerKey;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    public SecurityType securityType() {
        return SecurityType.fromWire(type).orElse(SecurityType.OTHER);
    }

    public SecurityRef ref() {
        return new SecurityRef(symbol, securityType(), providerKey);
    }

    public static Optional<Security> findBySymbol(String symbol) {
        return find("symbol", symbol.toUpperCase(Locale.ROOT)).firstResultOptional();
    }

    public static List<Security> withIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1 order by symbol", ids);
    }

    public static List<UUID> allIds() {
        return find("select s.id from Security s order by s.symbol").project(UUID.class).list();
    }

    /**
     * Securities whose symbol starts with {@code query} or whose name contains it, both regardless of
     * case, by symbol; every security when {@code query} is blank.
     */
    public static PanacheQuery<Security> search(String query) {
        if (query == null || query.isBlank()) {
            return find("order by symbol");
        }
        String text = query.strip();
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return find("symbol like ?1 escape '\\' or lower(name) like ?2 escape '\\' order by symbol",
                escaped.toUpperCase(Locale.ROOT) + "%", "%" + escaped.toLowerCase(Locale.ROOT) + "%");
    }
}
