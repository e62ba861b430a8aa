package dev.coffer.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** How a budget window splits into whole calendar months, read from the totals, and edge days. */
class BudgetSegmentsTest {

    private static BudgetFigures.Segment segment(boolean current, String from, String to, boolean whole) {
        return new BudgetFigures.Segment(1, current, LocalDate.parse(from), LocalDate.parse(to), whole);
    }

    private static BudgetFigures.Window window(String period, String start, boolean rollover, String date) {
        Budget budget = new Budget();
        budget.period = period;
        budget.startDate = LocalDate.parse(start);
        budget.rollover = rollover;
        return new BudgetFigures.Window(budget,
                budget.periodKind().containing(budget.startDate, LocalDate.parse(date)).orElseThrow());
    }

    @Test
    void aCalendarMonthIsOneWholeMonth() {
        assertThat(BudgetFigures.segments(1, window("monthly", "2024-01-01", false, "2024-02-29")))
                .containsExactly(segment(true, "2024-02-01", "2024-02-29", true));
    }

    @Test
    void aMonthAnchoredMidMonthHasNoWholeMonth() {
        assertThat(BudgetFigures.segments(1, window("monthly", "2024-01-20", false, "2024-02-25")))
                .containsExactly(segment(true, "2024-02-20", "2024-03-19", false));
    }

    @Test
    void aYearAnchoredMidMonthIsItsEdgesAndTheElevenMonthsBetween() {
        assertThat(BudgetFigures.segments(1, window("yearly", "2023-03-15", false, "2024-02-29")))
                .containsExactly(segment(true, "2023-03-15", "2023-03-31", false),
                        segment(true, "2023-04-01", "2024-02-29", true),
                        segment(true, "2024-03-01", "2024-03-14", false));
    }

    @Test
    void aYearEndingOnAMonthEndHasNoTrailingDays() {
        // Anchored on Jan 31: periods run from the month's last day, this one to Jan 30, 2025.
        assertThat(BudgetFigures.segments(1, window("yearly", "2023-01-31", false, "2024-03-01")))
                .containsExactly(segment(true, "2024-01-31", "2024-01-31", false),
                        segment(true, "2024-02-01", "2024-12-31", true),
                        segment(true, "2025-01-01", "2025-01-30", false));
    }

    @Test
    void rolloverAlsoReadsEveryEarlierPeriodSplitTheSameWay() {
        assertThat(BudgetFigures.segments(1, window("monthly", "2023-11-10", true, "2024-03-12")))
                .containsExactly(segment(false, "2023-11-10", "2023-11-30", false),
                        segment(false, "2023-12-01", "2024-02-29", true),
                        segment(false, "2024-03-01", "2024-03-09", false),
                        segment(true, "2024-03-10", "2024-04-09", false));
    }

    @Test
    void aWeekIsReadDayByDay() {
        assertThat(BudgetFigures.segments(1, window("weekly", "2024-02-26", false, "2024-03-01")))
                .containsExactly(segment(true, "2024-02-26", "2024-03-03", false));
    }
}
