package dev.coffer.common.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class PercentagesTest {

    private static List<String> of(String... parts) {
        return Percentages.of(Arrays.stream(parts).map(BigDecimal::new).toList());
    }

    @Test
    void threeEqualSharesGiveTheMissingHundredthToTheFirst() {
        // Rounded each on its own they would add up to 99.99.
        assertThat(of("10.00", "10.00", "10.00")).containsExactly("33.34", "33.33", "33.33");
    }

    @Test
    void theLargestRemaindersGetTheMissingHundredths() {
        // 1/7 = 14.2857..%, 2/7 = 28.5714..%, 4/7 = 57.1428..%: floors 14.28 + 28.57 + 57.14 = 99.99, and
        // the largest remainder (.57 of 14.2857) gets the hundredth.
        assertThat(of("4.00", "2.00", "1.00")).containsExactly("57.14", "28.57", "14.29");
    }

    @Test
    void sharesWhoseNaiveRoundingOvershootStillAddUpToAHundred() {
        // 6 x 16.666..% rounds to 16.67 each, 100.02 in all; 33.333..% x 3 to 99.99.
        List<String> sixths = of("1", "1", "1", "1", "1", "1");
        assertThat(sixths).containsExactly("16.67", "16.67", "16.67", "16.67", "16.66", "16.66");
        assertThat(sixths.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100.00");
    }

    @Test
    void oneShareIsAHundredAndZeroSharesAreZero() {
        assertThat(of("25.50")).containsExactly("100.00");
        assertThat(of("25.50", "0.00")).containsExactly("100.00", "0.00");
    }

    @Test
    void aZeroTotalHasNoPercentages() {
        assertThatThrownBy(() -> of("0.00", "0.00")).isInstanceOf(IllegalArgumentException.class);
    }
}
