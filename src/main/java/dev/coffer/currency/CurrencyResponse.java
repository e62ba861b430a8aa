package dev.coffer.currency;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A currency clients may use; {@code has_rates} says whether a current exchange rate is known for it. */
@RegisterForReflection
public record CurrencyResponse(String code, String name, int minorUnits, boolean hasRates) {
}
