package dev.coffer.currency;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The ISO 4217 currencies Coffer accepts: those some country uses today according to the JDK's
 * currency data (which follows ISO 4217 amendments, including dated changeovers such as a country
 * joining the euro). That leaves out what is not money people spend: funds and units of account
 * ({@code CLF}, {@code USN}, {@code XDR}), precious metals ({@code XAU}), testing and "no
 * currency" codes ({@code XTS}, {@code XXX}), and withdrawn currencies ({@code DEM}, {@code HRK}).
 */
public final class CurrencyCatalog {

    /** One accepted currency: its code, English name and number of decimals (USD 2, JPY 0, BHD 3). */
    public record Entry(String code, String name, int minorUnits) {
    }

    private static final Map<String, Entry> BY_CODE = load();

    private CurrencyCatalog() {
    }

    private static Map<String, Entry> load() {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Arrays.stream(Locale.getISOCountries())
                .map(country -> Currency.getInstance(new Locale.Builder().setRegion(country).build()))
                .filter(Objects::nonNull)
                .filter(currency -> currency.getDefaultFractionDigits() >= 0)
                .distinct()
                .sorted(Comparator.comparing(Currency::getCurrencyCode))
                .forEach(currency -> entries.put(currency.getCurrencyCode(), new Entry(currency.getCurrencyCode(),
                        currency.getDisplayName(Locale.ENGLISH), currency.getDefaultFractionDigits())));
        return Collections.unmodifiableMap(entries);
    }

    /** Every accepted currency, ordered by code. */
    public static List<Entry> all() {
        return List.copyOf(BY_CODE.values());
    }

    /** True for an accepted code in upper case; lower-case or unknown codes are not currencies here. */
    public static boolean isKnown(String code) {
        return code != null && BY_CODE.containsKey(code);
    }

    public static Optional<Entry> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
    }
}
