package dev.coffer.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.coffer.expense.ExpenseReports;
import dev.coffer.expense.ExpenseSummaryResponse;

/**
 * Monthly figures of a user's spending, built on the expense domain's period summary (one grouped
 * statement per month over the stored conversions), so they agree with getExpenseSummary to the cent;
 * answers are cached per user ({@link AnalyticsCache}).
 */
@ApplicationScoped
class AnalyticsService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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

    private MonthlyAnalyticsResponse computeMonthly(UUID userId, YearMonth month) {
        ExpenseSummaryResponse current;
        ExpenseSummaryResponse previous;
        // Two statements: a base currency changed between them is read again, never compared across currencies.
        do {
            current = summary(userId, month);
            previous = summary(userId, month.minusMonths(1));
        } while (!current.currency().equals(previous.currency()));
        BigDecimal total = new BigDecimal(current.total());
        BigDecimal before = new BigDecimal(previous.total());
        String change = before.signum() == 0 ? null
                : total.subtract(before).multiply(HUNDRED).divide(before, 2, RoundingMode.HALF_EVEN).toPlainString();
        return new MonthlyAnalyticsResponse(month.getYear(), month.getMonthValue(), current.currency(),
                current.total(), current.count(), current.unconvertedCount(),
                current.byCategory().stream().map(category -> new MonthlyAnalyticsResponse.CategoryShare(
                        category.categoryId(), category.name(), category.total(), category.count(),
                        category.percentage())).toList(),
                current.byDay().stream().map(day -> new MonthlyAnalyticsResponse.DayTotal(day.date(), day.total()))
                        .toList(),
                new MonthlyAnalyticsResponse.Comparison(previous.total(), change));
    }

    private TrendsResponse computeTrends(UUID userId, YearMonth current, int months) {
        ExpenseReports.MonthlyTotals totals = reports.monthlyTotals(userId, current.minusMonths(months - 1L), current);
        return new TrendsResponse(totals.currency(), totals.months().stream().map(month -> new TrendsResponse.Month(
                month.month().getYear(), month.month().getMonthValue(), month.total(), month.count())).toList());
    }

    private ExpenseSummaryResponse summary(UUID userId, YearMonth month) {
        return reports.summaryOf(userId, month.atDay(1), month.atEndOfMonth());
    }
}
