package dev.coffer.currency.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.FakeProviders;

import dev.coffer.common.provider.FailureReason;
import dev.coffer.common.provider.ProviderException;

class EcbXmlParserTest {

    private static final Pattern DAY = Pattern.compile("<Cube time=['\"]([0-9-]+)['\"]>(.*?)</Cube>", Pattern.DOTALL);
    private static final Pattern RATE = Pattern.compile("<Cube currency=['\"]([A-Z]{3})['\"] rate=['\"]([^'\"]+)['\"]/>");
    private static final String ENVELOPE_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><gesmes:Envelope"
            + " xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\""
            + " xmlns=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\"><Cube>";
    private static final String ENVELOPE_END = "</Cube></gesmes:Envelope>";

    private final EcbXmlParser parser = new EcbXmlParser("ecb");

    @Test
    void dailyCaptureKeepsEveryRateAsTheFileWritesIt() {
        byte[] file = FakeProviders.fixtureBytes("ecb/eurofxref-daily.xml");

        List<PublishedRates> days = parser.parse(file);

        assertThat(days).hasSize(1);
        PublishedRates day = days.getFirst();
        assertThat(day.date()).isEqualTo(LocalDate.of(2025, 5, 9));
        assertThat(day.base()).isEqualTo("EUR");
        Map<LocalDate, Map<String, String>> expected = ratesAsWritten(file);
        assertThat(expected.get(day.date())).hasSize(30);
        assertThat(asText(day.rates())).isEqualTo(expected.get(day.date()));
        assertThat(day.rates().get("ISK")).isEqualTo(new BigDecimal("146.90")).extracting(BigDecimal::scale).isEqualTo(2);
        assertThat(day.rates().get("GBP").toPlainString()).isEqualTo("0.84770");
    }

    @Test
    void ninetyDayCaptureHasSixtyOneDaysWithEveryRateAsTheFileWritesIt() {
        byte[] file = FakeProviders.fixtureBytes("ecb/eurofxref-hist-90d.xml");

        List<PublishedRates> days = parser.parse(file);

        Map<LocalDate, Map<String, String>> expected = ratesAsWritten(file);
        assertThat(days).hasSize(61);
        assertThat(expected).hasSize(61);
        assertThat(days).extracting(PublishedRates::date)
                .containsExactlyInAnyOrderElementsOf(expected.keySet())
                .contains(LocalDate.of(2024, 11, 28), LocalDate.of(2025, 2, 25))
                .allMatch(date -> !date.isBefore(LocalDate.of(2024, 11, 28)) && !date.isAfter(LocalDate.of(2025, 2, 25)));
        for (PublishedRates day : days) {
            assertThat(day.base()).isEqualTo("EUR");
            assertThat(asText(day.rates())).as("rates of %s", day.date()).isEqualTo(expected.get(day.date()));
        }
        assertThat(days.getFirst().rates().get("HUF").toPlainString()).isEqualTo("401.2");
    }

    @Test
    void daysWithinKeepsOnlyTheRangeOldestFirst() {
        List<PublishedRates> days = parser.parse(FakeProviders.fixtureBytes("ecb/eurofxref-hist-90d.xml"));

        List<PublishedRates> january = EcbRateProvider.daysWithin(days, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 10));

        assertThat(january).extracting(PublishedRates::date).containsExactly(
                LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 3), LocalDate.of(2025, 1, 6),
                LocalDate.of(2025, 1, 7), LocalDate.of(2025, 1, 8), LocalDate.of(2025, 1, 9),
                LocalDate.of(2025, 1, 10));
        assertThat(EcbRateProvider.daysWithin(days, LocalDate.of(2025, 1, 4), LocalDate.of(2025, 1, 5))).isEmpty();
        assertThat(EcbRateProvider.daysWithin(days, LocalDate.of(2025, 2, 25), LocalDate.of(2025, 2, 25)))
                .singleElement().extracting(PublishedRates::date).isEqualTo(LocalDate.of(2025, 2, 25));
    }

    @Test
    void truncatedDocumentIsMalformed() {
        assertFails(ENVELOPE_START + "<Cube time=\"2025-05-09\"><Cube currency=\"USD\" rate=\"1.12",
                FailureReason.MALFORMED, "unparsable XML");
    }

    @Test
    void envelopeWithoutDaysIsEmpty() {
        assertFails(ENVELOPE_START + ENVELOPE_END, FailureReason.EMPTY, "no Cube time days");
    }

    @Test
    void otherDocumentsAreRejected() {
        assertFails("<html><body>Service unavailable</body></html>", FailureReason.MALFORMED, "not an ECB");
        assertFails("{\"rates\":{}}", FailureReason.MALFORMED, "unparsable XML");
        assertFails("", FailureReason.MALFORMED, "");
    }

    @Test
    void unqualifiedCubesAreNotEcbData() {
        String wrongNamespace = "<gesmes:Envelope xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\">"
                + "<Cube><Cube time=\"2025-05-09\"><Cube currency=\"USD\" rate=\"1.1252\"/></Cube></Cube></gesmes:Envelope>";
        assertFails(wrongNamespace, FailureReason.EMPTY, "no Cube time days");
    }

    @Test
    void badRatesAndDaysAreMalformed() {
        assertFails(day("2025-05-09", "<Cube currency=\"USD\" rate=\"1,1252\"/>"), FailureReason.MALFORMED, "bad rate");
        assertFails(day("2025-05-09", "<Cube currency=\"USD\" rate=\"1E3\"/>"), FailureReason.MALFORMED, "bad rate");
        assertFails(day("2025-05-09", "<Cube currency=\"USD\"/>"), FailureReason.MALFORMED, "bad rate");
        assertFails(day("2025-05-09", "<Cube currency=\"USD\" rate=\"0.0000\"/>"), FailureReason.MALFORMED, "non-positive");
        assertFails(day("2025-05-09", "<Cube currency=\"usd\" rate=\"1.1\"/>"), FailureReason.MALFORMED, "bad currency");
        assertFails(day("2025-05-32", "<Cube currency=\"USD\" rate=\"1.1\"/>"), FailureReason.MALFORMED, "bad day");
        assertFails(day("2025-05-09", ""), FailureReason.MALFORMED, "has no rates");
        assertFails(day("2025-05-09", "<Cube currency=\"USD\" rate=\"1.1\"/><Cube currency=\"USD\" rate=\"1.2\"/>"),
                FailureReason.MALFORMED, "appears twice");
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE gesmes:Envelope [<!ENTITY leak SYSTEM \"file:///etc/hostname\">]>"
                + "<gesmes:Envelope xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\""
                + " xmlns=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\"><Cube><Cube time=\"2025-05-09\">"
                + "<Cube currency=\"USD\" rate=\"&leak;\"/></Cube></Cube></gesmes:Envelope>";

        assertThatThrownBy(() -> parser.parse(hostile.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ProviderException.class,
                        failure -> assertThat(failure.reason()).isEqualTo(FailureReason.MALFORMED));
    }

    private void assertFails(String document, FailureReason reason, String messagePart) {
        assertThatThrownBy(() -> parser.parse(document.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ProviderException.class, failure -> {
                    assertThat(failure.reason()).isEqualTo(reason);
                    assertThat(failure.provider()).isEqualTo("ecb");
                    assertThat(failure.getMessage()).contains(messagePart);
                });
    }

    private static String day(String time, String cubes) {
        return ENVELOPE_START + "<Cube time=\"" + time + "\">" + cubes + "</Cube>" + ENVELOPE_END;
    }

    /** The file read independently of the parser: every day's currency to rate text. */
    private static Map<LocalDate, Map<String, String>> ratesAsWritten(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        Map<LocalDate, Map<String, String>> days = new LinkedHashMap<>();
        Matcher day = DAY.matcher(text);
        while (day.find()) {
            Map<String, String> rates = new LinkedHashMap<>();
            Matcher rate = RATE.matcher(day.group(2));
            while (rate.find()) {
                rates.put(rate.group(1), rate.group(2));
            }
            days.put(LocalDate.parse(day.group(1)), rates);
        }
        return days;
    }

    private static Map<String, String> asText(Map<String, BigDecimal> rates) {
        Map<String, String> text = new LinkedHashMap<>();
        rates.forEach((currency, rate) -> text.put(currency, rate.toPlainString()));
        return text;
    }
}
