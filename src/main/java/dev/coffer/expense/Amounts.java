package dev.coffer.expense;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import dev.coffer.currency.CrossRates;
import dev.coffer.currency.CurrencyCatalog;

/** How stored amounts and rates are written in responses: decimal strings, never floating point. */
final class Amounts {

    private static final MathContext PRESENTED_RATE =
            new MathContext(CrossRates.PRESENTED_DIGITS, RoundingMode.HALF_EVEN);

    private Amounts() {
    }

    /**
     * {@code amount} at the minor units of {@code currency} ("25.50", "1500", "1.250"). Stored amounts
     * already have no more decimals than that; a currency the catalog no longer knows keeps its digits.
     */
    static String format(BigDecimal amount, String currency) {
        int scale = CurrencyCatalog.find(currency).map(CurrencyCatalog.Entry::minorUnits)
                .orElse(Math.max(0, amount.stripTrailingZeros().scale()));
        return amount.setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * A stored cross rate with {@value CrossRates#PRESENTED_DIGITS} significant digits, trailing zeros
     * dropped, as the exchange-rate endpoints present rates ("1" for the identity).
     */
    static String rate(BigDecimal rate) {
        BigDecimal rounded = rate.round(PRESENTED_RATE).stripTrailingZeros();
        return (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString();
    }
}
