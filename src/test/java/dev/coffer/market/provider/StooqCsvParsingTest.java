package dev.coffer.market.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.coffer.common.provider.FailureReason;
import dev.coffer.common.provider.ProviderException;
import dev.coffer.testing.FakeMarketProviders;
import dev.coffer.testing.FakeProviders;

/** The captured Stooq CSV, read as the fallback provider reads it. */
class StooqCsvParsingTest {

    @Test
    void barsInTheRangeCarryTheFilesDigitsExactly() {
        byte[] body = FakeProviders.fixtureBytes(FakeMarketProviders.STOOQ_AAPL);
        List<String> lines = new String(body, StandardCharsets.UTF_8).lines()
                .filter(line -> line.startsWith("2020-08-31") || line.startsWith("2020-09-01")
                        || line.startsWith("2026-02-03"))
                .toList();

        List<DailyBar> bars = StooqPriceProvider.parse(body, LocalDate.parse("2020-08-31"), LocalDate.parse("2020-09-01"));
        List<DailyBar> last = StooqPriceProvider.parse(body, LocalDate.parse("2026-02-01"), LocalDate.parse("2026-12-31"));

        assertThat(bars).hasSize(2);
        assertThat(lines).hasSize(3);
        assertThat(csvOf(bars.get(0))).isEqualTo(lines.get(0));
        assertThat(csvOf(bars.get(1))).isEqualTo(lines.get(1));
        assertThat(csvOf(last.get(last.size() - 1))).isEqualTo(lines.get(2));
        assertThat(bars.get(0).close()).isEqualTo(new BigDecimal("125.4"));
        assertThat(bars.get(0).adjClose()).isNull();
    }

    @Test
    void theWholeHistoryIsRead() {
        List<DailyBar> bars = StooqPriceProvider.parse(FakeProviders.fixtureBytes(FakeMarketProviders.STOOQ_AAPL),
                LocalDate.parse("1900-01-01"), LocalDate.parse("2100-01-01"));

        assertThat(bars.get(0).date()).isEqualTo(LocalDate.parse("1984-09-07"));
        assertThat(bars.get(0).close()).isEqualTo(new BigDecimal("0.0992653"));
        assertThat(bars.get(bars.size() - 1).close()).isEqualTo(new BigDecimal("269.48"));
    }

    @Test
    void aPolishSessionsHeaderIsReadByPosition() {
        byte[] polish = "Data,Otwarcie,Najwyzszy,Najnizszy,Zamkniecie,Wolumen\r\n2020-08-31,123.976,127.286,122.444,125.4,232257981\r\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(StooqPriceProvider.parse(polish, LocalDate.parse("2020-08-31"), LocalDate.parse("2020-08-31")))
                .singleElement().satisfies(bar -> assertThat(bar.volume()).isEqualTo(232_257_981L));
    }

    @Test
    void noDataIsAnUnknownSymbolAndAnythingButTheCsvIsMalformed() {
        assertThatThrownBy(() -> StooqPriceProvider.parse("No data".getBytes(StandardCharsets.UTF_8),
                LocalDate.MIN, LocalDate.MAX)).isInstanceOfSatisfying(ProviderException.class,
                        e -> assertThat(e.reason()).isEqualTo(FailureReason.NOT_FOUND));
        for (String body : List.of("<html>Przerwa techniczna</html>", "Date,Open,High,Low,Close,Volume\n2020-08-31,1,2\n",
                "Date,Open,High,Low,Close,Volume\n2020-08-31,1,2,0.5,abc,10\n")) {
            assertThatThrownBy(() -> StooqPriceProvider.parse(body.getBytes(StandardCharsets.UTF_8),
                    LocalDate.parse("2020-01-01"), LocalDate.parse("2020-12-31"))).as(body)
                    .isInstanceOfSatisfying(ProviderException.class,
                            e -> assertThat(e.reason()).isEqualTo(FailureReason.MALFORMED));
        }
    }

    @Test
    void symbolsAreSpelledAsStooqSpellsThem() {
        assertThat(StooqPriceProvider.stooqSymbol("AAPL")).isEqualTo("aapl.us");
        assertThat(StooqPriceProvider.stooqSymbol("BRK-B")).isEqualTo("brk-b.us");
        assertThat(StooqPriceProvider.stooqSymbol("WSU.DE")).isEqualTo("wsu.de");
        assertThat(StooqPriceProvider.stooqSymbol("7203.T")).isEqualTo("7203.jp");
        assertThatThrownBy(() -> StooqPriceProvider.stooqSymbol("VOD.L")).isInstanceOfSatisfying(ProviderException.class,
                e -> assertThat(e.reason()).isEqualTo(FailureReason.NOT_FOUND));
    }

    private static String csvOf(DailyBar bar) {
        return String.join(",", bar.date().toString(), bar.open().toPlainString(), bar.high().toPlainString(),
                bar.low().toPlainString(), bar.close().toPlainString(), String.valueOf(bar.volume()));
    }
}
