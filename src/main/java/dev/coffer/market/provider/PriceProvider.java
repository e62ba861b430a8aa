package dev.coffer.market.provider;

import java.time.LocalDate;

/**
 * One source of daily security prices. {@code PriceProviders} asks them in the order of the chain
 * configured for the security's type; a failure of one moves on to the next.
 */
public interface PriceProvider {

    /** Short, stable name stored as the {@code source} of every price it produced, e.g. {@code yahoo}. */
    String name();

    /**
     * The security's profile and its daily bars within {@code [from, to]} (inclusive), oldest first;
     * days without a bar (non-trading days, null rows) are left out. An empty list means the
     * provider answered and has no bar in the range (a weekend). A symbol the provider does not know
     * is a {@code ProviderException} with reason {@code NOT_FOUND}; any other failure, including an
     * error document in a 200 answer, is a {@code ProviderException} too.
     */
    PriceHistory fetch(SecurityRef security, LocalDate from, LocalDate to);
}
