package dev.coffer.market.provider;

import java.util.Locale;
import java.util.Optional;

/** What kind of security a symbol is; it picks the chain of providers asked for its prices. */
public enum SecurityType {
    EQUITY,
    ETF,
    FUND,
    CRYPTO,
    BOND,
    OTHER;

    /** The name in JSON and in {@code securities.type}, e.g. {@code etf}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SecurityType> fromWire(String name) {
        for (SecurityType type : values()) {
            if (type.wireName().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
