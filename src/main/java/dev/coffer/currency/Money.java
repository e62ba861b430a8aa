package dev.coffer.currency;

import java.math.BigDecimal;
import java.math.RoundingMode;

import dev.coffer.common.error.ApiException;

/** Rules every endpoint applies to amounts of money ("money" in docs/api.md). */
public final class Money {

    /** The largest amount accepted anywhere: 999,999,999,999.9999. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.9999");

    private Money() {
    }

    /** Decimals of the currency's minor unit (USD 2, JPY 0, BHD 3); an unknown code is a 422. */
    public static int scaleFor(String currency) {
        return CurrencyCatalog.find(currency)
                .orElseThrow(() -> ApiException.invalidField("currency", "unknown currency '" + currency + "'"))
                .minorUnits();
    }

    /**
     * Checks an amount sent by a client for {@code field}: present, above zero, at most
     * {@link #MAX_AMOUNT} and with no more decimals than {@code currency} allows. Returns it
     * scaled to the currency's minor units (so "25.5" USD becomes 25.50).
     */
    public static BigDecimal requirePositive(String field, BigDecimal amount, String currency) {
        if (amount != null && amount.signum() <= 0) {
            throw ApiException.invalidField(field, "must be greater than 0");
        }
        return requireNotNegative(field, amount, currency);
    }

    /**
     * As {@link #requirePositive}, for a field where 0 is a valid amount (an income that may be nothing):
     * present, 0 or more, at most {@link #MAX_AMOUNT}, no more decimals than {@code currency} allows.
     */
    public static BigDecimal requireNotNegative(String field, BigDecimal amount, String currency) {
        if (amount == null) {
            throw ApiException.invalidField(field, "is required");
        }
        if (amount.signum() < 0) {
            throw ApiException.invalidField(field, "must not be negative");
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw ApiException.invalidField(field, "must be at most 999999999999.9999");
        }
        int scale = scaleFor(currency);
        BigDecimal normalized = amount.stripTrailingZeros();
        if (normalized.scale() > scale) {
            throw ApiException.invalidField(field,
                    "has more decimals than " + currency + " allows (" + scale + ")");
        }
        return amount.setScale(scale, RoundingMode.UNNECESSARY);
    }

    /** Rounds a computed amount to the currency's minor units, banker's rounding (HALF_EVEN). */
    public static BigDecimal round(BigDecimal amount, String currency) {
        return amount.setScale(scaleFor(currency), RoundingMode.HALF_EVEN);
    }
}
