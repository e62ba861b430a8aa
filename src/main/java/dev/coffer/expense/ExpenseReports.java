package dev.coffer.expense;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.coffer.common.error.ApiException;
import dev.coffer.common.math.Percentages;
import dev.coffer.currency.Money;
import dev.coffer.user.User;

/**
 * The summary and statistics of a user's expenses over a period, in their base currency, computed
 * from the stored conversions by grouped statements (never by loading expenses). Those conversions
 * follow a base-currency change and newly stored rates, so these answers do too. Expenses without a
 * conversion yet are left out of every figure and counted apart: a missing rate is never a 1:1 rate.
 * Sums are exact; every figure that needs a division is rounded once, half to even, to the base
 * currency's minor units. Other domains read a period's summary through {@link #summaryOf}.
 */
@ApplicationScoped
public class ExpenseReports {

    private static final Comparator<Expense.SummaryRow> BY_TOTAL_THEN_NAME =
            Comparator.comparing(Expense.SummaryRow::total).reversed()
                    .thenComparing(Expense.SummaryRow::categoryName)
                    .thenComparing(Expense.SummaryRow::categoryId);

    ExpenseSummaryResponse summary(UUID userId, String startDate, String endDate) {
        return summaryOf(userId, ExpensePeriod.parse(startDate, endDate, ExpenseService.today(user(userId))));
    }

    /**
     * The summary of {@code userId}'s expenses from {@code start} to {@code end}, both inclusive, as
     * getExpenseSummary answers it; the caller bounds the period (a day-by-day series per day).
     */
    public ExpenseSummaryResponse summaryOf(UUID userId, LocalDate start, LocalDate end) {
        return summaryOf(userId, new ExpensePeriod(start, end));
    }

    /** Today in {@code userId}'s time zone. */
    public LocalDate today(UUID userId) {
        return ExpenseService.today(user(userId));
    }

    private ExpenseSummaryResponse summaryOf(UUID userId, ExpensePeriod period) {
        List<Expense.SummaryRow> rows = Expense.summaryRows(userId, period.start(), period.end());
        if (rows.isEmpty()) {
            throw unknownUser();
        }
        String currency = rows.getFirst().currency();
        int scale = Money.scaleFor(currency);
        BigDecimal zero = BigDecimal.ZERO.setScale(scale);

        Map<LocalDate, Expense.SummaryRow> days = new HashMap<>();
        List<Expense.SummaryRow> categories = new ArrayList<>();
        long unconverted = 0;
        for (Expense.SummaryRow row : rows) {
            if (row.date() != null) {
                days.put(row.date(), row);
                unconverted += row.unconverted();
            } else if (row.categoryId() != null && row.count() > 0) {
                categories.add(row);
            }
        }
        categories.sort(BY_TOTAL_THEN_NAME);

        BigDecimal total = zero;
        long count = 0;
        for (Expense.SummaryRow category : categories) {
            total = total.add(category.total());
            count += category.count();
        }
        List<String> percentages = total.signum() > 0
                ? Percentages.of(categories.stream().map(Expense.SummaryRow::total).toList())
                : null;
        List<ExpenseSummaryResponse.CategoryTotal> byCategory = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            Expense.SummaryRow category = categories.get(i);
            byCategory.add(new ExpenseSummaryResponse.CategoryTotal(category.categoryId(), category.categoryName(),
                    money(category.total(), currency), category.count(),
                    percentages == null ? null : percentages.get(i)));
        }
        List<ExpenseSummaryResponse.DayTotal> byDay = new ArrayList<>();
        for (LocalDate day = period.start(); !day.isAfter(period.end()); day = day.plusDays(1)) {
            Expense.SummaryRow row = days.get(day);
            byDay.add(row == null || row.count() == 0
                    ? new ExpenseSummaryResponse.DayTotal(day, zero.toPlainString(), 0)
                    : new ExpenseSummaryResponse.DayTotal(day, money(row.total(), currency), row.count()));
        }
        BigDecimal averagePerDay = total.divide(BigDecimal.valueOf(period.days()), scale, RoundingMode.HALF_EVEN);
        return new ExpenseSummaryResponse(currency, period.start(), period.end(), money(total, currency), count,
                unconverted, averagePerDay.toPlainString(), byCategory, byDay);
    }

    /** The totals of each calendar month in a range, in {@code currency}, oldest first. */
    public record MonthlyTotals(String currency, List<MonthTotal> months) {
    }

    /** One month's converted expenses: the sum at the currency's minor units and their number. */
    public record MonthTotal(YearMonth month, String total, long count) {
    }

    /**
     * The totals of {@code userId}'s converted expenses in each month from {@code first} to {@code last},
     * months without expenses included with "0.00" (scaled) and 0, from one grouped statement over the
     * monthly totals kept as expenses are written.
     */
    public MonthlyTotals monthlyTotals(UUID userId, YearMonth first, YearMonth last) {
        List<Expense.MonthRow> rows = Expense.monthRows(userId, first, last);
        if (rows.isEmpty()) {
            throw unknownUser();
        }
        String currency = rows.getFirst().currency();
        Map<YearMonth, Expense.MonthRow> byMonth = new HashMap<>();
        for (Expense.MonthRow row : rows) {
            if (row.month() != null) {
                byMonth.put(YearMonth.from(row.month()), row);
            }
        }
        String zero = BigDecimal.ZERO.setScale(Money.scaleFor(currency)).toPlainString();
        List<MonthTotal> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            Expense.MonthRow row = byMonth.get(month);
            months.add(row == null || row.count() == 0 ? new MonthTotal(month, zero, 0)
                    : new MonthTotal(month, money(row.total(), currency), row.count()));
        }
        return new MonthlyTotals(currency, List.copyOf(months));
    }

    /** One category's converted expenses in one month: the exact sum, at the currency's minor units. */
    public record CategoryMonthTotal(YearMonth month, UUID categoryId, String categoryName, BigDecimal total) {
    }

    /** The totals per month and category in a range, in {@code currency}. */
    public record CategoryMonthlyTotals(String currency, List<CategoryMonthTotal> totals) {
    }

    /**
     * The totals of {@code userId}'s converted expenses per month and category from {@code first} to
     * {@code last}, from one grouped statement; only the months and categories with converted expenses,
     * oldest month first.
     */
    public CategoryMonthlyTotals categoryMonthlyTotals(UUID userId, YearMonth first, YearMonth last) {
        List<Expense.CategoryMonthRow> rows = Expense.categoryMonthRows(userId, first, last);
        if (rows.isEmpty()) {
            throw unknownUser();
        }
        String currency = rows.getFirst().currency();
        List<CategoryMonthTotal> totals = rows.stream().filter(row -> row.month() != null && row.total() != null)
                .map(row -> new CategoryMonthTotal(YearMonth.from(row.month()), row.categoryId(), row.categoryName(),
                        Money.round(row.total(), currency)))
                .sorted(Comparator.comparing(CategoryMonthTotal::month))
                .toList();
        return new CategoryMonthlyTotals(currency, totals);
    }

    ExpenseStatsResponse stats(UUID userId, String startDate, String endDate) {
        ExpensePeriod period = ExpensePeriod.parse(startDate, endDate, ExpenseService.today(user(userId)));
        Expense.StatsRow row = Expense.statsRow(userId, period.start(), period.end())
                .orElseThrow(ExpenseReports::unknownUser);
        int scale = Money.scaleFor(row.currency());
        long n = row.count();
        if (n == 0) {
            return new ExpenseStatsResponse(row.currency(), period.start(), period.end(), 0, row.unconverted(),
                    BigDecimal.ZERO.setScale(scale).toPlainString(), null, null, null, null, null);
        }
        BigDecimal count = BigDecimal.valueOf(n);
        String mean = row.sum().divide(count, scale, RoundingMode.HALF_EVEN).toPlainString();
        String median = row.lowerMiddle().add(row.upperMiddle())
                .divide(BigDecimal.TWO, scale, RoundingMode.HALF_EVEN).toPlainString();
        String stdDev = n < 2 ? null : sampleStandardDeviation(n, row.sum(), row.sumOfSquares(), scale).toPlainString();
        return new ExpenseStatsResponse(row.currency(), period.start(), period.end(), n, row.unconverted(),
                money(row.sum(), row.currency()), mean, median, money(row.min(), row.currency()),
                money(row.max(), row.currency()), stdDev);
    }

    /**
     * The sample standard deviation sqrt((n x sumOfSquares - sum^2) / (n x (n - 1))) at {@code scale}
     * decimals, rounded half to even from the exact value: with the variance scaled by 10^(2 x scale)
     * written as P / D, the result is the integer square root r of floor(P / D), plus one when
     * 4P > D(2r + 1)^2 (above the half-way point), and the even one of r and r + 1 when they are equal.
     */
    static BigDecimal sampleStandardDeviation(long n, BigDecimal sum, BigDecimal sumOfSquares, int scale) {
        BigDecimal count = BigDecimal.valueOf(n);
        BigDecimal numerator = count.multiply(sumOfSquares).subtract(sum.multiply(sum));
        BigInteger p = numerator.unscaledValue().multiply(BigInteger.TEN.pow(2 * scale));
        BigInteger d = BigInteger.valueOf(n).multiply(BigInteger.valueOf(n - 1));
        if (numerator.scale() >= 0) {
            d = d.multiply(BigInteger.TEN.pow(numerator.scale()));
        } else {
            p = p.multiply(BigInteger.TEN.pow(-numerator.scale()));
        }
        BigInteger root = p.divide(d).sqrt();
        BigInteger twiceAndOne = root.shiftLeft(1).add(BigInteger.ONE);
        int halfWay = p.shiftLeft(2).compareTo(d.multiply(twiceAndOne.multiply(twiceAndOne)));
        if (halfWay > 0 || (halfWay == 0 && root.testBit(0))) {
            root = root.add(BigInteger.ONE);
        }
        return new BigDecimal(root, scale);
    }

    /** A sum or amount of stored conversions into {@code currency} (already at its minor units) as a decimal string. */
    private static String money(BigDecimal amount, String currency) {
        return Money.round(amount, currency).toPlainString();
    }

    private static User user(UUID userId) {
        return User.<User>findByIdOptional(userId).orElseThrow(ExpenseReports::unknownUser);
    }

    private static ApiException unknownUser() {
        return ApiException.unauthorized("UNAUTHORIZED", "A valid bearer token is required");
    }
}
