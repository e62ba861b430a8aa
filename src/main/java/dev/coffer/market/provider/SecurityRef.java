package dev.coffer.market.provider;

/**
 * What a provider is asked about: the symbol as registered (upper case, Yahoo's spelling such as
 * {@code AAPL} or {@code WSU.DE}), its type, and the provider's own key for it when the symbol is
 * not enough (CoinGecko's coin id), null before registration found one.
 */
public record SecurityRef(String symbol, SecurityType type, String providerKey) {
}
