package dev.coffer.currency.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class EcbFileTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 5, 12);

    @Test
    void onlyTodayOnwardsIsServedByTheDailyFile() {
        assertThat(EcbFile.covering(TODAY, TODAY)).isEqualTo(EcbFile.DAILY);
        assertThat(EcbFile.covering(TODAY.plusDays(1), TODAY)).isEqualTo(EcbFile.DAILY);
        assertThat(EcbFile.covering(TODAY.minusDays(1), TODAY)).isEqualTo(EcbFile.NINETY_DAYS);
    }

    @Test
    void theNinetyDayFileServesUpToItsSafeReach() {
        assertThat(EcbFile.covering(TODAY.minusDays(30), TODAY)).isEqualTo(EcbFile.NINETY_DAYS);
        assertThat(EcbFile.covering(TODAY.minusDays(EcbFile.NINETY_DAY_FILE_SAFE_REACH_DAYS), TODAY))
                .isEqualTo(EcbFile.NINETY_DAYS);
    }

    @Test
    void olderDaysNeedTheFullHistory() {
        assertThat(EcbFile.covering(TODAY.minusDays(EcbFile.NINETY_DAY_FILE_SAFE_REACH_DAYS + 1), TODAY))
                .isEqualTo(EcbFile.FULL_HISTORY);
        assertThat(EcbFile.covering(LocalDate.of(1999, 1, 4), TODAY)).isEqualTo(EcbFile.FULL_HISTORY);
    }

    @Test
    void eachFileHasTheEcbName() {
        assertThat(EcbFile.DAILY.fileName()).isEqualTo("eurofxref-daily.xml");
        assertThat(EcbFile.NINETY_DAYS.fileName()).isEqualTo("eurofxref-hist-90d.xml");
        assertThat(EcbFile.FULL_HISTORY.fileName()).isEqualTo("eurofxref-hist.xml");
    }
}
