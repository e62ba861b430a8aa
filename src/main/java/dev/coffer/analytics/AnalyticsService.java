package dev.coffer.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.coffer.analytics.ForecastModel.Method;
import dev.coffer.common.error.ApiException;
import dev.coffer.currency.Money;
import dev.coffer.expense.ExpenseReports;
import dev.coffer.expense.ExpenseSummaryResponse;

/**
 * Monthly figures of a user's spending, built on the expense domain's period summary (one grouped
 * statement per month over the stored conversions), so they agree with getExpenseSummary to the cent,
 * and the forecast of the next months from the same conversions ({@link ForecastModel}); answers are
 * cached per user ({@link AnalyticsCache}).
 */
@ApplicationScoped
class AnalyticsService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Complete months a forecast needs at the least. */
    static final int MINIMUM_HISTORY = 3;
    /** The most months back a forecast reads. */
    static final int MAXIMUM_HISTORY = 60;

    private final ExpenseReports reports;
    private final AnalyticsCache cache;

    AnalyticsService(ExpenseReports reports, AnalyticsCache cache) {
        this.reports = reports;
        this.cache = cache;
    }

    MonthlyAnalyticsResponse monthly(UUID userId, YearMonth month) {
        return cache.get(userId, "monthly:" + month, MonthlyAnalyticsResponse.class,
                () -> computeMonthly(userId, month));
    }

    /** The last {@code months} calendar months up to and including the current one where the user lives. */
    TrendsResponse trends(UUID userId, int months) {
        YearMonth current = YearMonth.from(reports.today(userId));
        return cache.get(userId, "trends:" + current + ":" + months, TrendsResponse.class,
                () -> computeTrends(userId, current, months));
    }

    /** The next {@code months} calendar months after the current one where the user lives. */
    ForecastResponse forecast(UUID userId, int months) {
        YearMonth current = YearMonth.from(reports.today(userId));
        return cache.get(userId, "forecast:" + current + ":" + months, ForecastResponse.class,
                () -> computeForecast(userId, current, months));
    }

    private MonthlyAnalyticsResponse computeMonthly(UUID userId, YearMonth month) {
        ExpenseSummaryResponse current;
        ExpenseReports.MonthlyTotals previous;
        // Two statements: a base currency changed between them is read again, never compared across currencies.
        // Only the previous month's total is needed: it comes from the monthly totals, not its expenses.
        do {
            current = summary(userId, month);
            previous = reports.monthlyTotals(userId, month.minusMonths(1), month.minusMonths(1));
        } while (!current.currency().equals(previous.currency()));
        String previousTotal = previous.months().getFirst().total();
        BigDecimal total = new BigDecimal(current.total());
        BigDecimal before = new BigDecimal(previousTotal);
        String change = before.signum() == 0 ? null
                : total.subtract(before).multiply(HUNDRED).divide(before, 2, RoundingMode.HALF_EVEN).toPlainString();
        return new MonthlyAnalyticsResponse(month.getYear(), month.getMonthValue(), current.currency(),
                current.total(), current.count(), current.unconvertedCount(),
                current.byCategory().stream().map(category -> new MonthlyAnalyticsResponse.CategoryShare(
                        category.categoryId(), category.name(), category.total(), category.count(),
                        category.percentage())).toList(),
                current.byDay().stream().map(day -> new MonthlyAnalyticsResponse.DayTotal(day.date(), day.total()))
                        .toList(),
                new MonthlyAnalyticsResponse.Comparison(previousTotal, change));
    }

    private TrendsResponse computeTrends(UUID userId, YearMonth current, int months) {
        ExpenseReports.MonthlyTotals totals = reports.monthlyTotals(userId, current.minusMonths(months - 1L), current);
        return new TrendsResponse(totals.currency(), totals.months().stream().map(month -> new TrendsResponse.Month(
                month.month().getYear(), month.month().getMonthValue(), month.total(), month.count())).toList());
    }

    /**
     * The history runs from the first month with converted expenses in the last {@link #MAXIMUM_HISTORY}
     * complete months to the month before {@code current}, months without expenses as 0; every category
     * with converted expenses in it has a series over the same months, and the overall series is their sum.
     */
    private ForecastResponse computeForecast(UUID userId, YearMonth current, int months) {
        YearMonth last = current.minusMonths(1);
        ExpenseReports.CategoryMonthlyTotals totals =
                reports.categoryMonthlyTotals(userId, current.minusMonths(MAXIMUM_HISTORY), last);
        YearMonth first = totals.totals().isEmpty() ? current : totals.totals().getFirst().month();
        int history = (int) first.until(current, ChronoUnit.MONTHS);
        if (history < MINIMUM_HISTORY) {
            throw new ApiException(422, "NOT_ENOUGH_HISTORY", "Unprocessable Content", "A forecast needs at least "
                    + MINIMUM_HISTORY + " complete months of history since the first converted expense; there "
                    + (history == 1 ? "is 1" : "are " + history));
        }
        BigDecimal[] overall = new BigDecimal[history];
        Arrays.fill(overall, BigDecimal.ZERO);
        Map<UUID, String> names = new LinkedHashMap<>();
        Map<UUID, double[]> series = new LinkedHashMap<>();
        for (ExpenseReports.CategoryMonthTotal total : totals.totals()) {
            int index = (int) first.until(total.month(), ChronoUnit.MONTHS);
            overall[index] = overall[index].add(total.total());
            names.put(total.categoryId(), total.categoryName());
            series.computeIfAbsent(total.categoryId(), id -> new double[history])[index] += total.total().doubleValue();
        }
        double[] overallSeries = new double[history];
        for (int i = 0; i < history; i++) {
            overallSeries[i] = overall[i].doubleValue();
        }
        Method method = Method.forHistory(history);
        String currency = totals.currency();
        List<CategoryForecast> categories = new ArrayList<>();
        series.forEach((id, values) -> {
            List<ForecastResponse.Month> forecast = months(method, values, months, current, currency);
            categories.add(new CategoryForecast(new ForecastResponse.Category(id, names.get(id), method.id,
                    percent(ForecastModel.backtestMape(method, values, months)), forecast),
                    forecast.stream().map(month -> new BigDecimal(month.predicted()))
                            .reduce(BigDecimal.ZERO, BigDecimal::add)));
        });
        categories.sort(Comparator.comparing(CategoryForecast::total).reversed()
                .thenComparing(category -> category.forecast().categoryName())
                .thenComparing(category -> category.forecast().categoryId()));
        return new ForecastResponse(currency, months, method.id,
                percent(ForecastModel.backtestMape(method, overallSeries, months)), history,
                months(method, overallSeries, months, current, currency),
                categories.stream().map(CategoryForecast::forecast).toList());
    }

    /** A category's forecast with the sum of its predicted amounts, to order by. */
    private record CategoryForecast(ForecastResponse.Category forecast, BigDecimal total) {
    }

    private static List<ForecastResponse.Month> months(Method method, double[] history, int months,
            YearMonth current, String currency) {
        ForecastModel.Forecast forecast = ForecastModel.forecast(method, history, months);
        List<ForecastResponse.Month> answer = new ArrayList<>();
        for (int h = 0; h < months; h++) {
            answer.add(new ForecastResponse.Month(current.plusMonths(h + 1L).toString(),
                    money(forecast.predicted()[h], currency), money(forecast.lower()[h], currency),
                    money(forecast.upper()[h], currency)));
        }
        return answer;
    }

    /** A statistic as an amount of {@code currency}: rounded half to even to its minor units. */
    private static String money(double value, String currency) {
        return BigDecimal.valueOf(value).setScale(Money.scaleFor(currency), RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String percent(OptionalDouble value) {
        return value.isEmpty() ? null
                : BigDecimal.valueOf(value.getAsDouble()).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private ExpenseSummaryResponse summary(UUID userId, YearMonth month) {
        return reports.summaryOf(userId, month.atDay(1), month.atEndOfMonth());
    }
}
