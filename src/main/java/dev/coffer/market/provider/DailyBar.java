package dev.coffer.market.provider;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One trading day as a provider published it, digits kept exactly. Only {@code close} is always
 * there; a provider without opens, highs, lows, adjusted closes or volumes leaves them null.
 */
public record DailyBar(LocalDate date, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
        BigDecimal adjClose, Long volume) {
}
