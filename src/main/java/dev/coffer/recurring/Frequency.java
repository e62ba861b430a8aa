package dev.coffer.recurring;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How often a recurring expense recurs, and the arithmetic of its occurrences. Occurrence n is computed
 * from the start date (the anchor), never from the occurrence before it: a monthly expense anchored on
 * the 31st falls on the last day of shorter months and on the 31st again in long ones.
 */
enum Frequency {

    DAILY(1, 0),
    WEEKLY(7, 0),
    BIWEEKLY(14, 0),
    MONTHLY(0, 1),
    YEARLY(0, 12);

    static final String WIRE_NAMES = "daily, weekly, biweekly, monthly, yearly";

    private final int days;
    private final int months;

    Frequency(int days, int months) {
        this.days = days;
        this.months = months;
    }

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Frequency> fromWire(String wire) {
        return Arrays.stream(values()).filter(frequency -> frequency.wire().equals(wire)).findFirst();
    }

    /**
     * Occurrence {@code n} (0 is {@code start}) of a schedule recurring every {@code interval} periods:
     * {@code LocalDate.plusMonths} from the anchor clamps to the last day of a shorter month. Empty past
     * the last date Java can hold.
     */
    Optional<LocalDate> occurrence(LocalDate start, int interval, long n) {
        try {
            return Optional.of(days > 0
                    ? start.plusDays(Math.multiplyExact(n, (long) days * interval))
                    : start.plusMonths(Math.multiplyExact(n, (long) months * interval)));
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /**
     * The first occurrence on or after {@code start} that is after {@code after} (every occurrence when
     * {@code after} is null or before the start); empty when there is none.
     */
    Optional<LocalDate> firstAfter(LocalDate start, int interval, LocalDate after) {
        return occurrence(start, interval, firstIndexAfter(start, interval, after));
    }

    /**
     * Every occurrence from {@code from} to {@code to}, both included, in date order: the occurrences
     * {@link #firstAfter} and the ones after it would give, stopping past {@code to}.
     */
    List<LocalDate> between(LocalDate start, int interval, LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        long n = firstIndexAfter(start, interval, from.minusDays(1));
        for (Optional<LocalDate> date = occurrence(start, interval, n);
                date.isPresent() && !date.get().isAfter(to); date = occurrence(start, interval, ++n)) {
            dates.add(date.get());
        }
        return dates;
    }

    /** The index of the first occurrence after {@code after} (0 when {@code after} is null or before the start). */
    private long firstIndexAfter(LocalDate start, int interval, LocalDate after) {
        if (after == null || after.isBefore(start)) {
            return 0;
        }
        // The last occurrence on or before `after`, or (months) one in the same month after it.
        long n = days > 0
                ? ChronoUnit.DAYS.between(start, after) / ((long) days * interval)
                : ChronoUnit.MONTHS.between(start.withDayOfMonth(1), after.withDayOfMonth(1)) / ((long) months * interval);
        Optional<LocalDate> candidate = occurrence(start, interval, n);
        while (candidate.isPresent() && !candidate.get().isAfter(after)) {
            n++;
            candidate = occurrence(start, interval, n);
        }
        return n;
    }
}
