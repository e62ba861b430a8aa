package dev.coffer.analytics;

import static dev.coffer.analytics.AnalyticsMonthlyTest.as;
import static dev.coffer.analytics.AnalyticsMonthlyTest.categories;
import static dev.coffer.analytics.AnalyticsMonthlyTest.record;
import static dev.coffer.analytics.AnalyticsMonthlyTest.withBase;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * {@code GET /api/v1/analytics/forecast}, over HTTP only: expenses in the user's base currency (USD) convert
 * at the identity rate, and KPW, which no provider publishes, stays unconverted.
 */
@QuarkusTest
class AnalyticsForecastTest {

    private static final String ZONE = "Pacific/Kiritimati";
    /** The 90 % quantile of the standard normal distribution. */
    private static final double Z = 1.2815515655446004;

    /** 16 months of one category, oldest first. */
    private static final String[] FIRST = {"120.00", "95.50", "130.25", "110.00", "150.00", "99.99", "101.01",
            "140.00", "87.65", "123.45", "111.11", "160.00", "125.00", "90.00", "135.75", "118.20"};
    /** 16 months of another, every other one without expenses. */
    private static final String[] SECOND = {"40.00", "0", "35.00", "0", "42.50", "0", "38.00", "0", "41.00", "0",
            "39.99", "0", "45.00", "0", "36.00", "0"};

    private static ValidatableResponse forecast(Account account, String months) {
        return (months == null ? as(account) : as(account).queryParam("months", months))
                .when().get("/api/v1/analytics/forecast").then();
    }

    private static Account inZone(String label) {
        Account account = withBase(label, "USD");
        as(account).body(Map.of("timezone", ZONE)).when().patch("/api/v1/users/me").then().statusCode(200);
        return account;
    }

    private static YearMonth current() {
        return YearMonth.from(LocalDate.now(ZoneId.of(ZONE)));
    }

    @Test
    void sixteenMonthsForecastSeasonallyNaiveWithTheBacktestErrorRecomputedFromTheData() {
        Account account = inZone("forecast-naive");
        List<UUID> categories = categories(account);
        UUID first = categories.get(0);
        UUID second = categories.get(1);
        YearMonth start = current().minusMonths(16);
        for (int t = 0; t < 16; t++) {
            record(account, FIRST[t], "USD", start.plusMonths(t).atDay(10), first);
            if (!SECOND[t].equals("0")) {
                record(account, SECOND[t], "USD", start.plusMonths(t).atEndOfMonth(), second);
            }
        }
        // not history: the current month, and an expense without a conversion
        record(account, "999.00", "USD", current().atDay(1), first);
        record(account, "5000", "KPW", start.plusMonths(3).atDay(3), first);
        List<BigDecimal> firstSeries = series(FIRST);
        List<BigDecimal> secondSeries = series(SECOND);
        List<BigDecimal> overall = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            overall.add(firstSeries.get(t).add(secondSeries.get(t)));
        }

        JsonPath answer = forecast(account, null).statusCode(200)
                .body("currency", equalTo("USD"))
                .body("months", equalTo(3))
                .body("method", equalTo("seasonal_naive"))
                .body("history_months", equalTo(16))
                .body("overall.month", contains(current().plusMonths(1).toString(), current().plusMonths(2).toString(),
                        current().plusMonths(3).toString()))
                // the same month a year before: months 5, 6 and 7 of the history (16 is the current one)
                .body("overall.predicted", contains("99.99", "139.01", "140.00"))
                .body("by_category.category_id", contains(first.toString(), second.toString()))
                .body("by_category.method", contains("seasonal_naive", "seasonal_naive"))
                .body("by_category[0].forecast.predicted", contains("99.99", "101.01", "140.00"))
                .body("by_category[1].forecast.predicted", contains("0.00", "38.00", "0.00"))
                .extract().jsonPath();

        assertThat(answer.getString("mape")).isEqualTo(seasonalNaiveMape(overall, 3));
        assertThat(answer.getString("by_category[0].mape")).isEqualTo(seasonalNaiveMape(firstSeries, 3));
        assertThat(answer.getString("by_category[1].mape")).isEqualTo(seasonalNaiveMape(secondSeries, 3));
        assertInterval(answer, "overall", overall);
        assertInterval(answer, "by_category[0].forecast", firstSeries);
        assertInterval(answer, "by_category[1].forecast", secondSeries);
        assertThat(answer.getString("by_category[1].forecast[0].lower")).isEqualTo("0.00");

        // months=1 forecasts one month, with the backtest over horizon 1 only
        JsonPath one = forecast(account, "1").statusCode(200).body("overall", hasSize(1)).extract().jsonPath();
        assertThat(one.getString("mape")).isEqualTo(seasonalNaiveMape(overall, 1));
        // a new expense in the history shows at once
        record(account, "10.00", "USD", start.plusMonths(5).atDay(11), first);
        forecast(account, null).statusCode(200).body("overall.predicted", contains("109.99", "139.01", "140.00"));
    }

    @Test
    void twentyEightMonthsForecastByHoltWintersWithTheSeasonAndTheTrend() {
        Account account = inZone("forecast-holt-winters");
        UUID category = categories(account).getFirst();
        YearMonth start = current().minusMonths(28);
        for (int t = 0; t < 28; t++) {
            YearMonth month = start.plusMonths(t);
            // 300 growing by 5 a month, twice as much every December
            BigDecimal amount = BigDecimal.valueOf(300 + 5 * t).multiply(BigDecimal.valueOf(
                    month.getMonthValue() == 12 ? 2 : 1)).setScale(2);
            record(account, amount.toPlainString(), "USD", month.atDay(1), category);
        }
        JsonPath answer = forecast(account, "6").statusCode(200)
                .body("method", equalTo("holt_winters_damped_additive"))
                .body("history_months", equalTo(28))
                .body("by_category.method", contains("holt_winters_damped_additive"))
                .extract().jsonPath();
        assertThat(answer.getString("mape")).matches("[0-9]+\\.[0-9]{2}");
        List<String> months = answer.getList("overall.month", String.class);
        List<String> predicted = answer.getList("overall.predicted", String.class);
        for (int h = 0; h < 6; h++) {
            BigDecimal point = new BigDecimal(predicted.get(h));
            assertThat(new BigDecimal(answer.getString("overall[" + h + "].lower"))).isLessThanOrEqualTo(point);
            assertThat(new BigDecimal(answer.getString("overall[" + h + "].upper"))).isGreaterThanOrEqualTo(point);
            // the trend line of the month, doubled in December
            YearMonth month = YearMonth.parse(months.get(h));
            long t = start.until(month, ChronoUnit.MONTHS);
            double expected = (300 + 5 * t) * (month.getMonthValue() == 12 ? 2 : 1);
            assertThat(point.doubleValue()).as(months.get(h)).isCloseTo(expected, within(expected * 0.1));
        }
        // one category: its series is the overall one
        assertThat(answer.getList("by_category[0].forecast.predicted", String.class)).isEqualTo(predicted);
    }

    @Test
    void fewerThanThreeCompleteMonthsIsNotEnoughHistory() {
        Account account = inZone("forecast-short");
        forecast(account, null).statusCode(422).body("code", equalTo("NOT_ENOUGH_HISTORY"));
        UUID category = categories(account).getFirst();
        record(account, "20.00", "USD", current().atDay(1), category);
        record(account, "20.00", "USD", current().minusMonths(2).atDay(1), category);
        // no rate for KPW: it does not make the history longer
        record(account, "100", "KPW", current().minusMonths(3).atDay(1), category);
        forecast(account, null).statusCode(422)
                .body("status", equalTo(422))
                .body("code", equalTo("NOT_ENOUGH_HISTORY"));

        // three months, the middle one empty: simple exponential smoothing
        record(account, "20.00", "USD", current().minusMonths(3).atDay(28), category);
        forecast(account, "2").statusCode(200)
                .body("method", equalTo("simple_exponential_smoothing"))
                .body("history_months", equalTo(3))
                .body("overall", hasSize(2))
                .body("by_category.category_id", contains(category.toString()));
    }

    @Test
    void monthsOutside1To6OrNotANumberIs422NamingItAndBlankIsTheDefault() {
        Account account = constantSpender("forecast-bad");
        for (String months : List.of("0", "7", "-1", "three", "2.5")) {
            forecast(account, months).statusCode(422)
                    .body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors.field", contains("months"));
        }
        forecast(account, "").statusCode(200).body("months", equalTo(3)).body("overall", hasSize(3));
        forecast(account, "6").statusCode(200).body("overall", hasSize(6));
        given().when().get("/api/v1/analytics/forecast").then().statusCode(401);
    }

    @Test
    void onlyTheUsersOwnExpensesAndCategoriesWithSpendingAreForecast() {
        Account other = inZone("forecast-other");
        UUID othersCategory = categories(other).getFirst();
        for (int back = 1; back <= 4; back++) {
            record(other, "500.00", "USD", current().minusMonths(back).atDay(5), othersCategory);
        }
        Account account = constantSpender("forecast-own");
        List<UUID> categories = categories(account);
        // a category whose only expenses are this month's or unconverted is not in the answer
        record(account, "70.00", "USD", current().atDay(1), categories.get(1));
        record(account, "70", "KPW", current().minusMonths(2).atDay(1), categories.get(2));

        forecast(account, null).statusCode(200)
                .body("method", equalTo("simple_exponential_smoothing"))
                .body("history_months", equalTo(3))
                .body("mape", equalTo("0.00"))
                .body("overall.predicted", contains("20.00", "20.00", "20.00"))
                .body("overall.lower", contains("20.00", "20.00", "20.00"))
                .body("overall.upper", contains("20.00", "20.00", "20.00"))
                .body("by_category", hasSize(1))
                .body("by_category[0].category_id", equalTo(categories.getFirst().toString()))
                .body("by_category[0].category_name", not(emptyOrNullString()))
                .body("by_category.category_id", not(hasItem(othersCategory.toString())));
        forecast(other, null).statusCode(200).body("overall.predicted", contains("500.00", "500.00", "500.00"));
    }

    /** A user who spent 20.00 in each of the last three months, in their first category. */
    private static Account constantSpender(String label) {
        Account account = inZone(label);
        UUID category = categories(account).getFirst();
        for (int back = 1; back <= 3; back++) {
            record(account, "20.00", "USD", current().minusMonths(back).atDay(15), category);
        }
        return account;
    }

    private static List<BigDecimal> series(String[] amounts) {
        return List.of(amounts).stream().map(BigDecimal::new).toList();
    }

    /**
     * The backtest as docs/analytics.md states it, for seasonal naive (fitted from 12 months): origins T
     * the last min(12, n - 13) months before the last one, each skipping month T and forecasting months
     * T + 1 to T + {@code horizon} inside the history, the forecast of month t the month t - 12; months
     * without spending left out; mean |actual - forecast| / actual in percent, half to even to 2 decimals.
     */
    private static String seasonalNaiveMape(List<BigDecimal> y, int horizon) {
        int n = y.size();
        BigDecimal sum = BigDecimal.ZERO;
        int count = 0;
        for (int origin = n - 1 - Math.min(12, n - 13); origin < n - 1; origin++) {
            for (int h = 1; h <= horizon && origin + h < n; h++) {
                BigDecimal actual = y.get(origin + h);
                if (actual.signum() > 0) {
                    sum = sum.add(actual.subtract(y.get(origin + h - 12)).abs().divide(actual, MathContext.DECIMAL128));
                    count++;
                }
            }
        }
        return sum.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(count), MathContext.DECIMAL128)
                .setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * Seasonal naive's 80 % interval: the forecast ± z x sd, sd the root mean square of the
     * year-over-year differences, the lower bound at least 0; to the cent either way of rounding.
     */
    private static void assertInterval(JsonPath answer, String path, List<BigDecimal> y) {
        int n = y.size();
        double squares = 0;
        for (int t = 12; t < n; t++) {
            double difference = y.get(t).subtract(y.get(t - 12)).doubleValue();
            squares += difference * difference;
        }
        double spread = Z * Math.sqrt(squares / (n - 12));
        List<String> predicted = answer.getList(path + ".predicted", String.class);
        List<String> lower = answer.getList(path + ".lower", String.class);
        List<String> upper = answer.getList(path + ".upper", String.class);
        for (int h = 0; h < predicted.size(); h++) {
            double point = Double.parseDouble(predicted.get(h));
            assertThat(Double.parseDouble(lower.get(h))).as(path + " lower " + h)
                    .isCloseTo(Math.max(0, point - spread), within(0.0100001));
            assertThat(Double.parseDouble(upper.get(h))).as(path + " upper " + h)
                    .isCloseTo(point + spread, within(0.0100001));
        }
    }
}
