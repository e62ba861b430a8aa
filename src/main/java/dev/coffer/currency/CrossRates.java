package dev.coffer.currency;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Rates between any two currencies derived from one pivot snapshot: {@code from -> to} is
 * {@code rate(pivot -> to) / rate(pivot -> from)}. Division runs with 20 significant digits;
 * rates are presented with {@value #PRESENTED_DIGITS} significant digits (trailing zeros dropped),
 * which keeps every published rate exactly as published. Amounts are converted with the exact ratio
 * of the published rates instead ({@link #convert}): the presented rate is for reading, not for
 * multiplying large amounts.
 */
public final class CrossRates {

    public static final int PRESENTED_DIGITS = 10;

    private static final MathContext INTERNAL = new MathContext(20, RoundingMode.HALF_EVEN);
    private static final MathContext PRESENTED = new MathContext(PRESENTED_DIGITS, RoundingMode.HALF_EVEN);

    private CrossRates() {
    }

    /** Units of {@code to} per one {@code from}, at presentation precision; empty when either is unknown. */
    public static Optional<BigDecimal> rate(RateSnapshot snapshot, String from, String to) {
        if (from.equals(to)) {
            return Optional.of(BigDecimal.ONE);
        }
        BigDecimal pivotToFrom = pivotTo(snapshot, from);
        BigDecimal pivotToTo = pivotTo(snapshot, to);
        if (pivotToFrom == null || pivotToTo == null) {
            return Optional.empty();
        }
        return Optional.of(present(pivotToTo.divide(pivotToFrom, INTERNAL)));
    }

    /**
     * {@code amount} of {@code from} in {@code to}: {@code amount x rate(pivot -> to) / rate(pivot -> from)}
     * computed exactly and rounded once, half to even, to {@code scale} decimals (the rule of expense
     * conversions, docs/expenses.md); empty when either currency is unknown.
     */
    public static Optional<BigDecimal> convert(RateSnapshot snapshot, BigDecimal amount, String from, String to,
            int scale) {
        if (from.equals(to)) {
            return Optional.of(amount.setScale(scale, RoundingMode.HALF_EVEN));
        }
        BigDecimal pivotToFrom = pivotTo(snapshot, from);
        BigDecimal pivotToTo = pivotTo(snapshot, to);
        if (pivotToFrom == null || pivotToTo == null) {
            return Optional.empty();
        }
        // divide(divisor, scale, mode) rounds the exact quotient, not an approximation of it.
        return Optional.of(amount.multiply(pivotToTo).divide(pivotToFrom, scale, RoundingMode.HALF_EVEN));
    }

    static BigDecimal present(BigDecimal rate) {
        BigDecimal rounded = rate.round(PRESENTED).stripTrailingZeros();
        // A rate like 1.5E+2 is still shown in plain digits; keep the scale non-negative for that.
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    private static BigDecimal pivotTo(RateSnapshot snapshot, String code) {
        return snapshot.base().equals(code) ? BigDecimal.ONE : snapshot.rates().get(code);
    }
}
