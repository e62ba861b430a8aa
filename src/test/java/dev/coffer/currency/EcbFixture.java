package dev.coffer.currency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.coffer.currency.provider.PublishedRates;

/**
 * The days of the real ECB 90-day file in {@code src/test/resources/fixtures/providers/ecb} (see SOURCES.md there),
 * oldest first, and the same rates moved onto other weekdays for windows relative to today.
 */
public final class EcbFixture {

    private static final Pattern DAY = Pattern.compile("<Cube time=\"(\\d{4}-\\d{2}-\\d{2})\">(.*?)</Cube>",
            Pattern.DOTALL);
    private static final Pattern RATE = Pattern.compile("<Cube currency=\"([A-Z]{3})\" rate=\"([0-9.]+)\"/>");

    private EcbFixture() {
    }

    public static List<PublishedRates> days() {
        String xml = read();
        List<PublishedRates> days = new ArrayList<>();
        Matcher day = DAY.matcher(xml);
        while (day.find()) {
            Map<String, BigDecimal> rates = new LinkedHashMap<>();
            Matcher rate = RATE.matcher(day.group(2));
            while (rate.find()) {
                rates.put(rate.group(1), new BigDecimal(rate.group(2)));
            }
            days.add(new PublishedRates(LocalDate.parse(day.group(1)), "EUR", rates));
        }
        days.sort(Comparator.comparing(PublishedRates::date));
        return days;
    }

    /** The fixture's rates, oldest first and repeated when the window is longer, placed on the weekdays of {@code [from, to]}. */
    public static List<PublishedRates> onWeekdays(LocalDate from, LocalDate to) {
        List<PublishedRates> source = days();
        List<LocalDate> weekdays = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                weekdays.add(day);
            }
        }
        List<PublishedRates> placed = new ArrayList<>();
        for (int i = 0; i < weekdays.size(); i++) {
            PublishedRates rates = source.get(i % source.size());
            placed.add(new PublishedRates(weekdays.get(i), "EUR", rates.rates()));
        }
        return placed;
    }

    private static String read() {
        try (InputStream in = EcbFixture.class.getResourceAsStream("/fixtures/providers/ecb/eurofxref-hist-90d.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
