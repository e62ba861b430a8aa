package dev.coffer.expense;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.coffer.common.error.ApiException;
import dev.coffer.common.error.FieldError;

/**
 * The days a summary or statistics request covers, both ends inclusive: {@code start_date} and
 * {@code end_date} together, or neither for the current month where the user lives. At most
 * {@value #MAX_DAYS} days, so that the day-by-day series stays a chart's worth; no earlier than the
 * first date an expense can have, and within four-digit years.
 */
record ExpensePeriod(LocalDate start, LocalDate end) {

    static final int MAX_DAYS = 366;
    /** The last date with a four-digit year: later ones parse (as +10000-01-01) but are no calendar date of ours. */
    static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);

    /**
     * Parses the raw query parameters (null when absent), {@code today} being the user's date; every
     * problem in one 422.
     */
    static ExpensePeriod parse(String startDate, String endDate, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = ExpenseFilter.date("start_date", startDate, errors);
        LocalDate end = ExpenseFilter.date("end_date", endDate, errors);
        if (errors.isEmpty() && start == null && end == null) {
            return new ExpensePeriod(today.withDayOfMonth(1), today.with(TemporalAdjusters.lastDayOfMonth()));
        }
        if (errors.isEmpty() && start == null) {
            errors.add(new FieldError("start_date", "is required when end_date is given"));
        } else if (errors.isEmpty() && end == null) {
            errors.add(new FieldError("end_date", "is required when start_date is given"));
        } else if (errors.isEmpty()) {
            if (start.isBefore(ExpenseRules.EARLIEST_DATE)) {
                errors.add(new FieldError("start_date", "must be on or after " + ExpenseRules.EARLIEST_DATE));
            }
            if (end.isAfter(LATEST_DATE)) {
                errors.add(new FieldError("end_date", "must be on or before " + LATEST_DATE));
            }
            if (start.isAfter(end)) {
                errors.add(new FieldError("start_date", "must be on or before end_date"));
            } else if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
                errors.add(new FieldError("end_date", "the range may span at most " + MAX_DAYS + " days"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(422, "VALIDATION_FAILED", "Unprocessable Content", "The request is not valid",
                    List.copyOf(errors), Map.of());
        }
        return new ExpensePeriod(start, end);
    }

    /** The number of days covered, both ends included. */
    long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }
}
