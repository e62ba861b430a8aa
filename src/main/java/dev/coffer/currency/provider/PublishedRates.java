package dev.coffer.currency.provider;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The rates one provider published for one day: units of each quote currency per one unit of
 * {@code base}, with the provider's digits kept exactly.
 */
public record PublishedRates(LocalDate date, String base, Map<String, BigDecimal> rates) {
}
