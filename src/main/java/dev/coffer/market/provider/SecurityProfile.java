package dev.coffer.market.provider;

/**
 * What a provider says a symbol is. {@code type} and {@code exchange} are null when the provider does
 * not say; {@code providerKey} is the key to ask it by next time, null when the symbol is enough.
 */
public record SecurityProfile(String name, SecurityType type, String exchange, String currency, String providerKey) {
}
