package dev.coffer.common.math;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Shares of a total as percentages with 2 decimals that add up to exactly 100.00: each share is
 * floored to a hundredth of a percent, and the hundredths still missing go one each to the shares
 * with the largest remainders (largest-remainder rounding). Ties go to the share listed first, so
 * callers list the shares in their tie-break order.
 */
public final class Percentages {

    private static final BigInteger HUNDREDTHS = BigInteger.valueOf(10_000);

    private Percentages() {
    }

    /**
     * The percentages of {@code parts} (non-negative, adding up to a positive total), in the order of
     * {@code parts}, as "33.34".
     */
    public static List<String> of(List<BigDecimal> parts) {
        BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int scale = parts.stream().mapToInt(BigDecimal::scale).max().orElse(0);
        BigInteger total = sum.setScale(scale).unscaledValue();
        if (total.signum() <= 0) {
            throw new IllegalArgumentException("percentages of a total of " + sum);
        }
        List<BigInteger> floors = new ArrayList<>();
        List<BigInteger> remainders = new ArrayList<>();
        BigInteger missing = HUNDREDTHS;
        for (BigDecimal part : parts) {
            BigInteger[] division = part.setScale(scale).unscaledValue().multiply(HUNDREDTHS).divideAndRemainder(total);
            floors.add(division[0]);
            remainders.add(division[1]);
            missing = missing.subtract(division[0]);
        }
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            byRemainder.add(i);
        }
        // A stable sort: equal remainders keep the callers' order.
        byRemainder.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed());
        for (int i = 0; i < missing.intValueExact(); i++) {
            int index = byRemainder.get(i);
            floors.set(index, floors.get(index).add(BigInteger.ONE));
        }
        return floors.stream().map(hundredths -> new BigDecimal(hundredths, 2).toPlainString()).toList();
    }
}
