package dev.coffer.market.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.coffer.common.provider.FailureReason;
import dev.coffer.common.provider.ProviderException;
import dev.coffer.testing.FakeMarketProviders;
import dev.coffer.testing.FakeProviders;

/** The captured CoinGecko market chart, read as the crypto provider reads it. */
class CoinGeckoParsingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void onePricePerUtcDayWithTheCurrentPointStandingForItsDay() {
        List<DailyBar> bars = CoinGeckoPriceProvider.parseMarketChart(JSON,
                FakeProviders.fixtureBytes(FakeMarketProviders.COINGECKO_BITCOIN), LocalDate.parse("2021-01-01"),
                LocalDate.parse("2021-12-31"));

        // 91 points: 90 days at 00:00 UTC, then the "now" point of the last day.
        assertThat(bars).hasSize(90);
        assertThat(bars.get(0).date()).isEqualTo(LocalDate.parse("2021-02-15"));
        assertThat(bars.get(0).close()).isEqualTo(new BigDecimal("48607.8745224845"));
        assertThat(bars.get(89).date()).isEqualTo(LocalDate.parse("2021-05-15"));
        assertThat(bars.get(89).close()).isEqualTo(new BigDecimal("49078.83040364477"));
        assertThat(bars).allSatisfy(bar -> {
            assertThat(bar.open()).isNull();
            assertThat(bar.volume()).isNull();
        });
    }

    @Test
    void anErrorDocumentIsAFailure() {
        assertThatThrownBy(() -> CoinGeckoPriceProvider.parseMarketChart(JSON,
                "{\"error\":\"Missing parameter vs_currency\"}".getBytes(StandardCharsets.UTF_8), LocalDate.MIN, LocalDate.MAX))
                .isInstanceOfSatisfying(ProviderException.class,
                        e -> assertThat(e.reason()).isEqualTo(FailureReason.ERROR_RESPONSE));
        assertThatThrownBy(() -> CoinGeckoPriceProvider.parseMarketChart(JSON,
                "{\"prices\":[[1613347200000]]}".getBytes(StandardCharsets.UTF_8), LocalDate.MIN, LocalDate.MAX))
                .isInstanceOfSatisfying(ProviderException.class,
                        e -> assertThat(e.reason()).isEqualTo(FailureReason.MALFORMED));
    }
}
