package dev.coffer.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BudgetPeriodTest {

    private static BudgetPeriod.Span containing(BudgetPeriod period, String anchor, String date) {
        return period.containing(LocalDate.parse(anchor), LocalDate.parse(date)).orElseThrow();
    }

    private static void assertSpan(BudgetPeriod.Span span, long index, String start, String end) {
        assertEquals(index, span.index());
        assertEquals(LocalDate.parse(start), span.start());
        assertEquals(LocalDate.parse(end), span.end());
    }

    @Test
    void weeklyPeriodsAreSevenDaysFromTheStartDate() {
        assertSpan(containing(BudgetPeriod.WEEKLY, "2025-01-01", "2025-01-01"), 0, "2025-01-01", "2025-01-07");
        assertSpan(containing(BudgetPeriod.WEEKLY, "2025-01-01", "2025-01-07"), 0, "2025-01-01", "2025-01-07");
        assertSpan(containing(BudgetPeriod.WEEKLY, "2025-01-01", "2025-01-08"), 1, "2025-01-08", "2025-01-14");
        assertSpan(containing(BudgetPeriod.WEEKLY, "2024-12-30", "2025-01-03"), 0, "2024-12-30", "2025-01-05");
    }

    @Test
    void monthlyPeriodsAnchoredOnThe31stEndOnTheLastDayOfShorterMonths() {
        assertSpan(containing(BudgetPeriod.MONTHLY, "2027-01-31", "2027-02-27"), 0, "2027-01-31", "2027-02-27");
        assertSpan(containing(BudgetPeriod.MONTHLY, "2027-01-31", "2027-02-28"), 1, "2027-02-28", "2027-03-30");
        assertSpan(containing(BudgetPeriod.MONTHLY, "2027-01-31", "2027-03-31"), 2, "2027-03-31", "2027-04-29");
        assertSpan(containing(BudgetPeriod.MONTHLY, "2027-01-31", "2027-04-30"), 3, "2027-04-30", "2027-05-30");
    }

    @Test
    void aLeapYearGivesTheFebruaryPeriodItsTwentyNinthDay() {
        assertSpan(containing(BudgetPeriod.MONTHLY, "2028-01-31", "2028-02-28"), 0, "2028-01-31", "2028-02-28");
        assertSpan(containing(BudgetPeriod.MONTHLY, "2028-01-31", "2028-02-29"), 1, "2028-02-29", "2028-03-30");
        assertSpan(containing(BudgetPeriod.MONTHLY, "2027-01-31", "2028-02-29"), 13, "2028-02-29", "2028-03-30");
        assertSpan(containing(BudgetPeriod.MONTHLY, "2024-01-30", "2024-02-29"), 1, "2024-02-29", "2024-03-29");
    }

    @Test
    void monthlyPeriodsOnTheFirstAreCalendarMonths() {
        assertSpan(containing(BudgetPeriod.MONTHLY, "2025-01-01", "2025-12-31"), 11, "2025-12-01", "2025-12-31");
        assertSpan(containing(BudgetPeriod.MONTHLY, "2025-01-01", "2026-01-01"), 12, "2026-01-01", "2026-01-31");
    }

    @Test
    void quarterlyPeriodsAreThreeMonthsFromTheAnchor() {
        assertSpan(containing(BudgetPeriod.QUARTERLY, "2025-01-01", "2025-03-31"), 0, "2025-01-01", "2025-03-31");
        assertSpan(containing(BudgetPeriod.QUARTERLY, "2025-01-01", "2025-04-01"), 1, "2025-04-01", "2025-06-30");
        assertSpan(containing(BudgetPeriod.QUARTERLY, "2025-11-30", "2026-02-28"), 1, "2026-02-28", "2026-05-29");
        assertSpan(containing(BudgetPeriod.QUARTERLY, "2025-11-30", "2026-02-27"), 0, "2025-11-30", "2026-02-27");
    }

    @Test
    void yearlyPeriodsFromTheTwentyNinthOfFebruaryFallBackToTheTwentyEighth() {
        assertSpan(containing(BudgetPeriod.YEARLY, "2024-02-29", "2025-02-27"), 0, "2024-02-29", "2025-02-27");
        assertSpan(containing(BudgetPeriod.YEARLY, "2024-02-29", "2025-02-28"), 1, "2025-02-28", "2026-02-27");
        assertSpan(containing(BudgetPeriod.YEARLY, "2024-02-29", "2028-02-29"), 4, "2028-02-29", "2029-02-27");
        assertSpan(containing(BudgetPeriod.YEARLY, "2025-01-01", "2025-12-31"), 0, "2025-01-01", "2025-12-31");
    }

    @Test
    void aDateBeforeTheStartHasNoPeriod() {
        assertTrue(BudgetPeriod.MONTHLY.containing(LocalDate.parse("2025-02-01"), LocalDate.parse("2025-01-31")).isEmpty());
        assertTrue(BudgetPeriod.WEEKLY.containing(LocalDate.parse("2025-02-01"), LocalDate.parse("2025-01-31")).isEmpty());
    }

    @Test
    void periodsTileTheCalendarWithoutGapsOrOverlaps() {
        for (BudgetPeriod period : BudgetPeriod.values()) {
            for (String anchor : new String[] { "2024-01-31", "2024-02-29", "2023-08-30", "2025-03-01" }) {
                LocalDate start = LocalDate.parse(anchor);
                BudgetPeriod.Span previous = period.containing(start, start).orElseThrow();
                for (LocalDate day = start.plusDays(1); day.isBefore(start.plusYears(6)); day = day.plusDays(1)) {
                    BudgetPeriod.Span span = period.containing(start, day).orElseThrow();
                    if (!span.equals(previous)) {
                        assertEquals(previous.end().plusDays(1), span.start(), period + " from " + anchor);
                        assertEquals(previous.index() + 1, span.index(), period + " from " + anchor);
                        previous = span;
                    }
                    assertTrue(!day.isBefore(span.start()) && !day.isAfter(span.end()), period + " " + day);
                }
            }
        }
    }
}
