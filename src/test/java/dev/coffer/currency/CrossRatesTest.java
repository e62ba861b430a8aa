package dev.coffer.currency;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CrossRatesTest {

    // ECB reference rates of 2025-02-25 (fixtures/ecb/eurofxref-hist-90d.xml).
    private final RateSnapshot ecb = new RateSnapshot(LocalDate.parse("2025-02-25"), "EUR",
            Map.of("USD", new BigDecimal("1.0497"), "JPY", new BigDecimal("157.19"), "GBP", new BigDecimal("0.82908")),
            "ecb", Instant.parse("2025-02-25T15:20:00Z"));

    @Test
    void crossRateThroughThePivotMatchesTheHandComputedValueToTenSignificantDigits() {
        // 157.19 / 1.0497 = 149.74754691816709536...
        assertThat(CrossRates.rate(ecb, "USD", "JPY")).contains(new BigDecimal("149.7475469"));
        // 0.82908 / 1.0497 = 0.78982566447556444698...
        assertThat(CrossRates.rate(ecb, "USD", "GBP")).contains(new BigDecimal("0.7898256645"));
    }

    @Test
    void inverseOfAPublishedRateIsDerivedAndTrailingZerosAreDropped() {
        // 1 / 1.0497 = 0.95265313899209297894... -> 0.9526531390 -> 0.952653139
        assertThat(CrossRates.rate(ecb, "USD", "EUR").orElseThrow().toPlainString()).isEqualTo("0.952653139");
    }

    @Test
    void publishedRatesArePresentedExactlyAsPublished() {
        assertThat(CrossRates.rate(ecb, "EUR", "GBP").orElseThrow().toPlainString()).isEqualTo("0.82908");
        assertThat(CrossRates.rate(ecb, "EUR", "JPY").orElseThrow().toPlainString()).isEqualTo("157.19");
    }

    @Test
    void conversionUsesTheExactRatioAndRoundsOnceHalfEven() {
        // 1000000000.00 x 157.19 / 1.0497 = 149747546918.1670953...
        assertThat(CrossRates.convert(ecb, new BigDecimal("1000000000.00"), "USD", "JPY", 0))
                .contains(new BigDecimal("149747546918"));
        // 150.00 x 157.19 = 23578.5 exactly -> 23578 (even).
        assertThat(CrossRates.convert(ecb, new BigDecimal("150.00"), "EUR", "JPY", 0))
                .contains(new BigDecimal("23578"));
        assertThat(CrossRates.convert(ecb, new BigDecimal("12.345"), "JPY", "JPY", 0)).contains(new BigDecimal("12"));
        assertThat(CrossRates.convert(ecb, BigDecimal.TEN, "USD", "AFN", 2)).isEmpty();
    }

    @Test
    void rateOfACurrencyToItselfIsOne() {
        assertThat(CrossRates.rate(ecb, "JPY", "JPY").orElseThrow().toPlainString()).isEqualTo("1");
    }

    @Test
    void unpublishedCurrencyHasNoRateRatherThanOne() {
        assertThat(CrossRates.rate(ecb, "USD", "AFN")).isEmpty();
        assertThat(CrossRates.rate(ecb, "AFN", "EUR")).isEmpty();
    }
}
