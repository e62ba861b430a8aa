package dev.coffer.currency.provider;

import java.time.LocalDate;
import java.util.function.Function;

/** The three ECB files, smallest first; each covers every published day since some start. */
enum EcbFile {
    DAILY("eurofxref-daily.xml", EcbClient::daily),
    NINETY_DAYS("eurofxref-hist-90d.xml", EcbClient::lastNinetyDays),
    FULL_HISTORY("eurofxref-hist.xml", EcbClient::fullHistory);

    /**
     * The 90-day file is regenerated only on publication days, so around long closures it
     * reaches back less than 90 days from today; this margin keeps a request inside it.
     */
    static final int NINETY_DAY_FILE_SAFE_REACH_DAYS = 80;

    private final String fileName;
    private final Function<EcbClient, byte[]> download;

    EcbFile(String fileName, Function<EcbClient, byte[]> download) {
        this.fileName = fileName;
        this.download = download;
    }

    String fileName() {
        return fileName;
    }

    byte[] download(EcbClient client) {
        return download.apply(client);
    }

    /**
     * The smallest file holding every day from {@code from}. The daily file holds only the
     * last published day, which can be older than {@code from - 1} (weekends) or newer (after
     * 16:00 CET), so it is only enough when nothing before today is wanted.
     */
    static EcbFile covering(LocalDate from, LocalDate today) {
        if (!from.isBefore(today)) {
            return DAILY;
        }
        if (!from.isBefore(today.minusDays(NINETY_DAY_FILE_SAFE_REACH_DAYS))) {
            return NINETY_DAYS;
        }
        return FULL_HISTORY;
    }
}
