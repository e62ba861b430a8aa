package dev.coffer.market.provider;

import java.util.List;

/** A provider's answer for one security: what it is, and its daily bars in the range asked, oldest first. */
public record PriceHistory(SecurityProfile profile, List<DailyBar> bars) {

    public PriceHistory {
        bars = List.copyOf(bars);
    }
}
