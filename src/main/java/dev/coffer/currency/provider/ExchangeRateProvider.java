package dev.coffer.currency.provider;

import java.time.LocalDate;
import java.util.List;

/**
 * One source of published exchange rates. Implementations are tried in order by
 * {@code ExchangeRateProviders}; a failure of one moves the sync to the next.
 */
public interface ExchangeRateProvider {

    /** Short, stable name stored as the {@code source} of every row it produced, e.g. {@code ecb}. */
    String name();

    /**
     * The rates published on the days within {@code [from, to]} (inclusive), oldest first. A
     * provider may know fewer days than asked (one that only serves the latest day returns that
     * day). Any failure, including a malformed, empty or error-in-200 answer, is thrown as a
     * {@link dev.coffer.common.provider.ProviderException}; an empty list is never a silent success. It only means the
     * provider answered and published nothing within the range (a weekend, or a latest-day-only
     * provider whose day lies outside it).
     */
    List<PublishedRates> fetch(LocalDate from, LocalDate to);
}
