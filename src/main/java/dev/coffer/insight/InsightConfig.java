package dev.coffer.insight;

import java.math.BigDecimal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The thresholds of the insight rules ({@code coffer.insights.*}, or {@code COFFER_INSIGHTS_*}); docs/insights.md.
 * The bounds are checked at start-up: a value outside them stops the application with a message naming the
 * property, since the rules would otherwise answer nonsense without a word.
 */
@ConfigMapping(prefix = "coffer.insights")
public interface InsightConfig {

    /**
     * A category's month is a spike when it is up at least this many percent on its 3-month average; at least 1,
     * since at 0 every month that is not down would be a spike.
     */
    @WithDefault("30")
    @Min(1)
    int spikePercent();

    /**
     * Categories whose 3-month average is below this amount (in the user's base currency, whatever it is)
     * are never a spike: from 5.00 to 7.00 is up 40% and says nothing. At least 0 (0: no floor).
     */
    @WithDefault("20")
    @PositiveOrZero
    BigDecimal spikeMinAverage();

    /**
     * An expense is unusual when its modified z-score is above this (Iglewicz and Hoaglin's 3.5); above 0, since
     * at 0 every expense over its category's median would be unusual.
     */
    @WithDefault("3.5")
    @Positive
    double unusualScore();

    /**
     * A category needs at least this many converted expenses in the 12 months for its median to judge by; at least
     * 3: two amounts are each exactly one MAD from their median, so their score is the same whatever they are.
     */
    @WithDefault("8")
    @Min(3)
    int unusualMinSample();

    /**
     * Only expenses dated in this many days up to the date asked for are reported as unusual; 1 (the date alone) to
     * 366, since the sample they are judged against covers the 12 months up to the date.
     */
    @WithDefault("30")
    @Min(1)
    @Max(366)
    int unusualRecentDays();
}
