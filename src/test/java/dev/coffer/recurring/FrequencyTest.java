package dev.coffer.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** The occurrence arithmetic, anchored on the start date. */
class FrequencyTest {

    private static List<LocalDate> first(Frequency frequency, String start, int interval, int count) {
        return LongStream.range(0, count)
                .mapToObj(n -> frequency.occurrence(LocalDate.parse(start), interval, n).orElseThrow()).toList();
    }

    private static List<LocalDate> dates(String... dates) {
        return Arrays.stream(dates).map(LocalDate::parse).toList();
    }

    @Test
    void theThirtyFirstIsTheLastDayOfShorterMonthsAndTheThirtyFirstAgainInLongOnes() {
        assertThat(first(Frequency.MONTHLY, "2023-01-31", 1, 5))
                .isEqualTo(dates("2023-01-31", "2023-02-28", "2023-03-31", "2023-04-30", "2023-05-31"));
        assertThat(first(Frequency.MONTHLY, "2024-01-31", 1, 3))
                .isEqualTo(dates("2024-01-31", "2024-02-29", "2024-03-31"));
    }

    @Test
    void theNextOccurrenceIsComputedFromTheAnchorNotFromTheClampedDate() {
        assertThat(Frequency.MONTHLY.firstAfter(LocalDate.parse("2023-01-31"), 1, LocalDate.parse("2023-02-28")))
                .contains(LocalDate.parse("2023-03-31"));
        assertThat(Frequency.MONTHLY.firstAfter(LocalDate.parse("2024-01-31"), 1, LocalDate.parse("2024-02-29")))
                .contains(LocalDate.parse("2024-03-31"));
        assertThat(Frequency.MONTHLY.firstAfter(LocalDate.parse("2024-01-31"), 1, LocalDate.parse("2024-03-15")))
                .contains(LocalDate.parse("2024-03-31"));
    }

    @Test
    void everyThreeMonths() {
        assertThat(first(Frequency.MONTHLY, "2025-01-15", 3, 4))
                .isEqualTo(dates("2025-01-15", "2025-04-15", "2025-07-15", "2025-10-15"));
        assertThat(Frequency.MONTHLY.firstAfter(LocalDate.parse("2025-01-15"), 3, LocalDate.parse("2025-04-15")))
                .contains(LocalDate.parse("2025-07-15"));
    }

    @Test
    void yearlyOnTheTwentyNinthOfFebruaryIsTheTwentyEighthInOtherYears() {
        assertThat(first(Frequency.YEARLY, "2024-02-29", 1, 5))
                .isEqualTo(dates("2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"));
    }

    @Test
    void biweeklyWeeklyAndDailyCountDays() {
        assertThat(first(Frequency.BIWEEKLY, "2025-12-22", 1, 3)).isEqualTo(dates("2025-12-22", "2026-01-05", "2026-01-19"));
        assertThat(first(Frequency.WEEKLY, "2025-01-01", 2, 3)).isEqualTo(dates("2025-01-01", "2025-01-15", "2025-01-29"));
        assertThat(first(Frequency.DAILY, "2024-02-28", 1, 3)).isEqualTo(dates("2024-02-28", "2024-02-29", "2024-03-01"));
        assertThat(Frequency.BIWEEKLY.firstAfter(LocalDate.parse("2025-12-22"), 1, LocalDate.parse("2025-12-30")))
                .contains(LocalDate.parse("2026-01-05"));
    }

    @Test
    void beforeTheStartTheFirstOccurrenceIsTheStart() {
        assertThat(Frequency.WEEKLY.firstAfter(LocalDate.parse("2025-03-01"), 1, null)).contains(LocalDate.parse("2025-03-01"));
        assertThat(Frequency.WEEKLY.firstAfter(LocalDate.parse("2025-03-01"), 1, LocalDate.parse("2025-01-01")))
                .contains(LocalDate.parse("2025-03-01"));
    }

    @Test
    void noOccurrencePastTheLastDateJavaHolds() {
        assertThat(Frequency.YEARLY.firstAfter(LocalDate.parse("2025-03-01"), 1, LocalDate.MAX.withDayOfYear(60))).isEmpty();
    }

    @Test
    void betweenListsTheOccurrencesOfASpanBothEndsIncludedFromTheAnchor() {
        assertThat(Frequency.MONTHLY.between(LocalDate.parse("2025-01-31"), 1, LocalDate.parse("2025-02-20"),
                LocalDate.parse("2025-04-02"))).isEqualTo(dates("2025-02-28", "2025-03-31"));
        assertThat(Frequency.WEEKLY.between(LocalDate.parse("2025-02-03"), 2, LocalDate.parse("2025-02-17"),
                LocalDate.parse("2025-03-17"))).isEqualTo(dates("2025-02-17", "2025-03-03", "2025-03-17"));
        // A span before the start begins at the start; one before any occurrence has none.
        assertThat(Frequency.DAILY.between(LocalDate.parse("2025-01-30"), 1, LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-02-01"))).isEqualTo(dates("2025-01-30", "2025-01-31", "2025-02-01"));
        assertThat(Frequency.YEARLY.between(LocalDate.parse("2024-02-29"), 1, LocalDate.parse("2025-03-01"),
                LocalDate.parse("2026-02-27"))).isEmpty();
    }
}
