package dev.coffer.currency;

/** A currency clients may use; {@code has_rates} says whether a current exchange rate is known for it. */
public record CurrencyResponse(String code, String name, int minorUnits, boolean hasRates) {
}
