package dev.coffer.budget;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;

/**
 * The length of a budget's periods, anchored on its start date (docs/budgets.md). Period {@code n}
 * starts {@code n} weeks, or {@code n} times 1, 3 or 12 months, after the anchor, always counted from
 * the anchor itself: a budget anchored on the 31st runs from the last day of each shorter month (Feb 28,
 * or Feb 29 in a leap year) and is back on the 31st in the months that have one. A period ends the day
 * before the next one starts.
 */
public enum BudgetPeriod {
    WEEKLY("weekly", 0),
    MONTHLY("monthly", 1),
    QUARTERLY("quarterly", 3),
    YEARLY("yearly", 12);

    /** The wire names, for the OpenAPI document and error messages. */
    static final String WIRE_NAMES = "weekly, monthly, quarterly, yearly";

    private final String wire;
    private final int months;

    BudgetPeriod(String wire, int months) {
        this.wire = wire;
        this.months = months;
    }

    public String wire() {
        return wire;
    }

    public static Optional<BudgetPeriod> fromWire(String wire) {
        return Arrays.stream(values()).filter(period -> period.wire.equals(wire)).findFirst();
    }

    /** One period of a budget: its 0-based number since the anchor and its first and last day. */
    public record Span(long index, LocalDate start, LocalDate end) {

        /** Days in the period, both ends included. */
        public long days() {
            return ChronoUnit.DAYS.between(start, end) + 1;
        }
    }

    /** Period number {@code index} (0 is the one starting on the anchor). */
    public Span span(LocalDate anchor, long index) {
        return new Span(index, startOf(anchor, index), startOf(anchor, index + 1).minusDays(1));
    }

    /** The period containing {@code date}; empty when the date is before the anchor (the budget has not started). */
    public Optional<Span> containing(LocalDate anchor, LocalDate date) {
        if (date.isBefore(anchor)) {
            return Optional.empty();
        }
        long index = months == 0
                ? ChronoUnit.DAYS.between(anchor, date) / 7
                : ChronoUnit.MONTHS.between(anchor, date) / months;
        // Month arithmetic clamps to the month's end, so the estimate can be one period off either way.
        while (index > 0 && startOf(anchor, index).isAfter(date)) {
            index--;
        }
        while (!startOf(anchor, index + 1).isAfter(date)) {
            index++;
        }
        return Optional.of(span(anchor, index));
    }

    private LocalDate startOf(LocalDate anchor, long index) {
        return months == 0 ? anchor.plusDays(7 * index) : anchor.plusMonths(months * index);
    }
}
