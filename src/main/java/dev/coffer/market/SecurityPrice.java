package dev.coffer.market;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One trading day of a security as its provider published it. Written only by {@link PriceStore}. */
@Entity
@Table(name = "security_prices")
@IdClass(SecurityPrice.Key.class)
public class SecurityPrice extends PanacheEntityBase {

    @Id
    @Column(name = "security_id")
    public UUID securityId;

    @Id
    @Column(name = "price_date")
    public LocalDate priceDate;

    public BigDecimal open;
    public BigDecimal high;
    public BigDecimal low;
    public BigDecimal close;

    @Column(name = "adj_close")
    public BigDecimal adjClose;

    public Long volume;

    public String source;

    @Column(name = "fetched_at")
    public Instant fetchedAt;

    /** The newest day of the security, if it has any. */
    public static Optional<SecurityPrice> latest(UUID securityId) {
        return find("securityId = ?1 order by priceDate desc", securityId).firstResultOptional();
    }

    /** The newest day of each of the securities that has one. */
    public static List<SecurityPrice> latestOf(Collection<UUID> securityIds) {
        if (securityIds.isEmpty()) {
            return List.of();
        }
        return list("from SecurityPrice latest where latest.securityId in ?1 and latest.priceDate ="
                + " (select max(p.priceDate) from SecurityPrice p where p.securityId = latest.securityId)", securityIds);
    }

    public static List<SecurityPrice> between(UUID securityId, LocalDate start, LocalDate end) {
        return list("securityId = ?1 and priceDate between ?2 and ?3 order by priceDate", securityId, start, end);
    }

    public static class Key implements Serializable {

        public UUID securityId;
        public LocalDate priceDate;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(securityId, key.securityId)
                    && Objects.equals(priceDate, key.priceDate);
        }

        @Override
        public int hashCode() {
            return Objects.hash(securityId, priceDate);
        }
    }
}
