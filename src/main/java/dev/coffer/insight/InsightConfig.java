package dev.coffer.insight;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The thresholds of the insight rules ({@code coffer.insights.*}, or {@code COFFER_INSIGHTS_*}); docs/insights.md. */
@ConfigMapping(prefix = "coffer.insights")
public interface InsightConfig {

    /** A category's month is a spike when it is up at least this many percent on its 3-month average. */
    @WithDefault("30")
    int spikePercent();

    /**
     * Categories whose 3-month average is below this amount (in the user's base currency, whatever it is)
     * are never a spike: from 5.00 to 7.00 is up 40% and says nothing.
     */
    @WithDefault("20")
    BigDecimal spikeMinAverage();

    /** An expense is unusual when its modified z-score is above this (Iglewicz and Hoaglin's 3.5). */
    @WithDefault("3.5")
    double unusualScore();

    /** A category needs at least this many converted expenses in the 12 months for its median to judge by. */
    @WithDefault("8")
    int unusualMinSample();

    /** Only expenses dated in this many days up to the date asked for are reported as unusual. */
    @WithDefault("30")
    int unusualRecentDays();
}
