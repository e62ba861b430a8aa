package dev.coffer.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The newest close of a security as cached in Redis: its day, its provider and when it was fetched. */
@RegisterForReflection
public record LatestQuote(UUID securityId, BigDecimal price, LocalDate asOf, String source, Instant fetchedAt) {

    public static LatestQuote of(SecurityPrice price) {
        return new LatestQuote(price.securityId, price.close, price.priceDate, price.source, price.fetchedAt);
    }
}
