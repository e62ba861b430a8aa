package dev.coffer.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.coffer.analytics.ForecastModel.Forecast;
import dev.coffer.analytics.ForecastModel.Method;

/** The forecasting methods on synthetic monthly series with a fixed seed. */
class ForecastModelTest {

    /** 500 a month growing by 8 a month, ±120 over the year, and normal noise with sd 15. */
    private static double[] seasonalWithTrend(int months, long seed) {
        Random random = new Random(seed);
        double[] y = new double[months];
        for (int t = 0; t < months; t++) {
            y[t] = 500 + 8 * t + 120 * Math.sin(2 * Math.PI * t / 12) + 15 * random.nextGaussian();
        }
        return y;
    }

    @Test
    void theMethodFollowsTheLengthOfTheHistory() {
        assertThat(Method.forHistory(3)).isEqualTo(Method.SIMPLE_EXPONENTIAL_SMOOTHING);
        assertThat(Method.forHistory(15)).isEqualTo(Method.SIMPLE_EXPONENTIAL_SMOOTHING);
        assertThat(Method.forHistory(16)).isEqualTo(Method.SEASONAL_NAIVE);
        assertThat(Method.forHistory(27)).isEqualTo(Method.SEASONAL_NAIVE);
        assertThat(Method.forHistory(28)).isEqualTo(Method.HOLT_WINTERS);
        assertThat(Method.forHistory(60)).isEqualTo(Method.HOLT_WINTERS);
    }

    @Test
    void holtWintersBeatsSeasonalNaiveInTheSameBacktestOnSeasonalDataWithATrend() {
        for (long seed : new long[] {7, 42, 2026}) {
            double[] y = seasonalWithTrend(48, seed);
            double holtWinters = ForecastModel.backtestMape(Method.HOLT_WINTERS, y, 3).orElseThrow();
            double seasonalNaive = ForecastModel.backtestMape(Method.SEASONAL_NAIVE, y, 3).orElseThrow();
            // seasonal naive lags the trend by a year (96 here), Holt-Winters only misses the noise
            assertThat(holtWinters).as("seed " + seed).isLessThan(seasonalNaive / 2);
        }
    }

    @Test
    void holtWintersFollowsTheSeasonAndTheTrendWithinItsInterval() {
        double[] y = seasonalWithTrend(48, 42);
        Forecast forecast = ForecastModel.forecast(Method.HOLT_WINTERS, y, 6);
        for (int h = 0; h < 6; h++) {
            // the month after the history is the current one, not forecast
            int t = 49 + h;
            double expected = 500 + 8 * t + 120 * Math.sin(2 * Math.PI * t / 12);
            assertThat(forecast.predicted()[h]).as("month " + h).isCloseTo(expected, within(60.0));
            assertThat(forecast.lower()[h]).isLessThan(forecast.predicted()[h]);
            assertThat(forecast.upper()[h]).isGreaterThan(forecast.predicted()[h]);
        }
        // the further ahead, the wider
        assertThat(forecast.upper()[5] - forecast.lower()[5]).isGreaterThan(forecast.upper()[0] - forecast.lower()[0]);
    }

    @Test
    void seasonalNaiveRepeatsLastYearFromTheMonthAfterTheCurrentOneWithTheYearOverYearSpread() {
        double[] y = new double[15];
        for (int t = 0; t < 15; t++) {
            y[t] = 100 + 10 * (t % 12);
        }
        y[12] = 110; // 10 over a year before
        y[13] = 100; // 10 under
        y[14] = 120; // the same
        Forecast forecast = ForecastModel.forecast(Method.SEASONAL_NAIVE, y, 3);
        // months 16 to 18: 4 to 6 of the first year
        assertThat(forecast.predicted()).containsExactly(140, 150, 160);
        // sd sqrt((100 + 100 + 0) / 3)
        double spread = ForecastModel.Z_80 * Math.sqrt(200.0 / 3);
        assertThat(forecast.lower()[0]).isCloseTo(140 - spread, within(1e-9));
        assertThat(forecast.upper()[2]).isCloseTo(160 + spread, within(1e-9));
        assertThat(ForecastModel.Z_80).isCloseTo(1.2815515655, within(1e-9));
    }

    @Test
    void simpleExponentialSmoothingIsFlatAndWidensWithTheHorizon() {
        double[] y = {200, 220, 180, 210, 190, 205};
        Forecast forecast = ForecastModel.forecast(Method.SIMPLE_EXPONENTIAL_SMOOTHING, y, 3);
        assertThat(forecast.predicted()[0]).isBetween(180.0, 220.0);
        assertThat(forecast.predicted()[1]).isEqualTo(forecast.predicted()[0]);
        assertThat(forecast.upper()[2] - forecast.lower()[2]).isGreaterThanOrEqualTo(forecast.upper()[0] - forecast.lower()[0]);
    }

    @Test
    void noBoundIsBelowZeroAndAZeroSeriesForecastsZero() {
        double[] falling = {900, 500, 100, 5, 0, 0, 2};
        Forecast forecast = ForecastModel.forecast(Method.SIMPLE_EXPONENTIAL_SMOOTHING, falling, 6);
        assertThat(Arrays.stream(forecast.lower()).min().orElseThrow()).isGreaterThanOrEqualTo(0);
        assertThat(Arrays.stream(forecast.predicted()).min().orElseThrow()).isGreaterThanOrEqualTo(0);

        Forecast zero = ForecastModel.forecast(Method.SIMPLE_EXPONENTIAL_SMOOTHING, new double[5], 2);
        assertThat(zero.predicted()).containsExactly(0, 0);
        assertThat(zero.upper()).containsExactly(0, 0);
        assertThat(ForecastModel.backtestMape(Method.SIMPLE_EXPONENTIAL_SMOOTHING, new double[5], 2)).isEmpty();
    }

    @Test
    void theBacktestAveragesEveryForecastOfAMonthWithSpendingFromTheLastOrigins() {
        // 20 months: seasonal naive (fitted from 12) has 7 origins, 12..18; origin T skips month T and
        // forecasts month T + h as y(T + h - 12), the same from every origin.
        double[] y = seasonalWithTrend(20, 3);
        y[17] = 0;
        double sum = 0;
        int count = 0;
        for (int origin = 12; origin < 19; origin++) {
            for (int h = 1; h <= 2 && origin + h < 20; h++) {
                int t = origin + h;
                if (y[t] > 0) {
                    sum += Math.abs(y[t] - y[t - 12]) / y[t];
                    count++;
                }
            }
        }
        assertThat(count).isEqualTo(6 * 2 + 1 - 2);
        assertThat(ForecastModel.backtestMape(Method.SEASONAL_NAIVE, y, 2).orElseThrow())
                .isCloseTo(100 * sum / count, within(1e-9));

        // more than 12 origins: only the last 12 count
        double[] long_ = seasonalWithTrend(40, 3);
        double[] recent = Arrays.copyOfRange(long_, 40 - 25, 40);
        assertThat(ForecastModel.backtestMape(Method.SEASONAL_NAIVE, long_, 1).orElseThrow())
                .isCloseTo(ForecastModel.backtestMape(Method.SEASONAL_NAIVE, recent, 1).orElseThrow(), within(1e-9));
    }
}
