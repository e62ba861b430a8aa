package dev.coffer.market.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.coffer.common.provider.FailureReason;
import dev.coffer.common.provider.ProviderException;
import dev.coffer.testing.FakeMarketProviders;
import dev.coffer.testing.FakeProviders;

/** The captured Yahoo v8 charts, read as the provider reads them. */
class YahooChartParsingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate FROM = LocalDate.parse("2020-08-31");
    private static final LocalDate TO = LocalDate.parse("2020-11-06");

    @Test
    void everyBarOfTheCaptureIsReadWithTheClosesDigitsExactly() {
        byte[] body = FakeProviders.fixtureBytes(FakeMarketProviders.YAHOO_AAPL);

        PriceHistory history = YahooPriceProvider.parse(JSON, body, FROM, TO);

        List<String> closes = numbersOf(body, "close");
        assertThat(closes).hasSize(49);
        assertThat(history.bars()).hasSize(49);
        for (int i = 0; i < closes.size(); i++) {
            assertThat(history.bars().get(i).close().toPlainString()).as("close %d", i).isEqualTo(closes.get(i));
        }
        DailyBar first = history.bars().get(0);
        assertThat(first.date()).isEqualTo(LocalDate.parse("2020-08-31"));
        assertThat(first.close()).isEqualTo(new BigDecimal("129.0399932861328"));
        assertThat(first.open()).isEqualTo(new BigDecimal("127.58000183105469"));
        assertThat(first.high()).isEqualTo(new BigDecimal("131"));
        assertThat(first.adjClose()).isEqualTo(new BigDecimal("125.82673645019531"));
        assertThat(first.volume()).isEqualTo(225_702_700L);
        assertThat(history.bars().get(48).date()).isEqualTo(TO);
        assertThat(history.profile()).isEqualTo(
                new SecurityProfile("Apple Inc.", SecurityType.EQUITY, "NasdaqGS", "USD", null));
    }

    @Test
    void barsAreDatedAtTheExchangeNotInUtc() {
        PriceHistory history = YahooPriceProvider.parse(JSON,
                FakeProviders.fixtureBytes("yahoo/chart-WSU.DE-2023-08-04-to-2023-08-09.json"),
                LocalDate.parse("2023-08-01"), LocalDate.parse("2023-08-31"));

        // 07:00 UTC sessions at XETRA; dated in Europe/Berlin.
        assertThat(history.bars()).extracting(DailyBar::date).containsExactly(LocalDate.parse("2023-08-04"),
                LocalDate.parse("2023-08-07"), LocalDate.parse("2023-08-08"));
        assertThat(history.profile().currency()).isEqualTo("EUR");
    }

    @Test
    void nullEntriesAreDaysWithoutDataAndAreSkippedNeverReadAsZero() throws IOException {
        ObjectNode chart = (ObjectNode) JSON.readTree(FakeProviders.fixtureBytes(FakeMarketProviders.YAHOO_AAPL));
        JsonNode result = chart.path("chart").path("result").get(0);
        ObjectNode quote = (ObjectNode) result.path("indicators").path("quote").get(0);
        // Yahoo's way of a bar it has no data for: null in every array at that position.
        for (String field : List.of("open", "high", "low", "close", "volume")) {
            ((ArrayNode) quote.get(field)).setNull(2);
        }
        ((ArrayNode) result.path("indicators").path("adjclose").get(0).get("adjclose")).setNull(2);
        // And a bar with only its close missing.
        ((ArrayNode) quote.get("close")).setNull(5);

        PriceHistory history = YahooPriceProvider.parse(JSON, JSON.writeValueAsBytes(chart), FROM, TO);

        assertThat(history.bars()).hasSize(47);
        assertThat(history.bars()).extracting(DailyBar::date)
                .doesNotContain(LocalDate.parse("2020-09-02"), LocalDate.parse("2020-09-08"));
        assertThat(history.bars()).allSatisfy(bar -> assertThat(bar.close()).isPositive());
    }

    @Test
    void onlyBarsWithinTheRangeAsked() {
        PriceHistory history = YahooPriceProvider.parse(JSON, FakeProviders.fixtureBytes(FakeMarketProviders.YAHOO_AAPL),
                LocalDate.parse("2020-11-02"), LocalDate.parse("2020-11-04"));

        assertThat(history.bars()).extracting(DailyBar::date).containsExactly(LocalDate.parse("2020-11-02"),
                LocalDate.parse("2020-11-03"), LocalDate.parse("2020-11-04"));
    }

    @Test
    void anErrorDocumentIsAFailureAndNotFoundMeansAnUnknownSymbol() {
        assertThatThrownBy(() -> YahooPriceProvider.parse(JSON, bytes(FakeMarketProviders.YAHOO_NOT_FOUND), FROM, TO))
                .isInstanceOfSatisfying(ProviderException.class,
                        e -> assertThat(e.reason()).isEqualTo(FailureReason.NOT_FOUND));
        assertThatThrownBy(() -> YahooPriceProvider.parse(JSON, bytes(FakeMarketProviders.YAHOO_ERROR_IN_200), FROM, TO))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.reason()).isEqualTo(FailureReason.ERROR_RESPONSE);
                    assertThat(e.detail()).contains("Internal Server Error");
                });
    }

    @Test
    void malformedAnswersAreFailures() {
        for (String body : List.of("{\"chart\":{\"result\":null,\"error\":null}}", "{\"chart\":{\"result\":[{\"meta\":{}}]}}",
                "{\"chart\":", "<html>maintenance</html>", "{}")) {
            assertThatThrownBy(() -> YahooPriceProvider.parse(JSON, bytes(body), FROM, TO)).as(body)
                    .isInstanceOfSatisfying(ProviderException.class,
                            e -> assertThat(e.reason()).isEqualTo(FailureReason.MALFORMED));
        }
    }

    /** The numbers of the first array named {@code field} in the file, as written there. */
    static List<String> numbersOf(byte[] body, String field) {
        String text = new String(body, StandardCharsets.UTF_8);
        Matcher array = Pattern.compile("\"" + field + "\":\\[([^\\]]*)\\]").matcher(text);
        assertThat(array.find()).as(field).isTrue();
        List<String> numbers = new ArrayList<>();
        for (String number : array.group(1).split(",")) {
            numbers.add(number.strip());
        }
        return numbers;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
