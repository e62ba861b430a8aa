package dev.coffer.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.coffer.analytics.AnalyticsCache;
import dev.coffer.budget.BudgetService;
import dev.coffer.budget.BudgetStatusResponse;
import dev.coffer.common.error.ApiException;
import dev.coffer.currency.Money;
import dev.coffer.expense.ExpenseService;
import dev.coffer.user.User;

/**
 * The four insight rules of docs/insights.md over a user's data on one date. Money stays exact
 * ({@link BigDecimal}) and is rounded once, half to even, for display; only the robust z-score, a ratio
 * that is compared with a threshold and never added to money, is a double. Answers are cached per user
 * and date with the analytics ({@link AnalyticsCache}), whose invalidation watches everything they read.
 */
@ApplicationScoped
class InsightService {

    static final String CATEGORY_SPIKE = "category_spike";
    static final String BUDGET_PROJECTED_OVERRUN = "budget_projected_overrun";
    static final String RECURRING_AMOUNT_CHANGED = "recurring_amount_changed";
    static final String UNUSUAL_EXPENSE = "unusual_expense";

    private static final String INFO = "info";
    private static final String WARNING = "warning";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);
    private static final int AVERAGED_MONTHS = 3;
    private static final int SAMPLE_MONTHS = 12;
    /** Iglewicz and Hoaglin's modified z-score: 0.6745 is the 0.75 quantile of the standard normal. */
    private static final double MAD_FACTOR = 0.6745;
    /** With MAD 0, the mean absolute deviation times sqrt(pi / 2) estimates the standard deviation instead. */
    private static final double MEAN_DEVIATION_FACTOR = 1.253314;

    private final InsightFigures figures;
    private final BudgetService budgets;
    private final InsightConfig config;
    private final AnalyticsCache cache;

    InsightService(InsightFigures figures, BudgetService budgets, InsightConfig config, AnalyticsCache cache) {
        this.figures = figures;
        this.budgets = budgets;
        this.config = config;
        this.cache = cache;
    }

    /** The findings on {@code date}, or today in the user's time zone when it is null. */
    InsightsResponse insights(UUID userId, LocalDate date) {
        User user = User.<User>findByIdOptional(userId)
                .orElseThrow(() -> ApiException.unauthorized("UNAUTHORIZED", "A valid bearer token is required"));
        LocalDate day = date == null ? ExpenseService.today(user) : date;
        // The base currency is in the key: an answer computed with one read just before it changed is never served.
        return cache.get(userId, "insights:" + day + ":" + user.baseCurrency, InsightsResponse.class,
                () -> compute(userId, user.baseCurrency, day));
    }

    private InsightsResponse compute(UUID userId, String base, LocalDate day) {
        LocalDate sampleFrom = day.minusMonths(SAMPLE_MONTHS);
        List<Insight> items = new ArrayList<>();
        items.addAll(categorySpikes(userId, base, day));
        items.addAll(budgetOverruns(userId, day));
        items.addAll(recurringChanges(userId, day));
        items.addAll(unusualExpenses(userId, base, sampleFrom, day));
        return new InsightsResponse(day, base, figures.unconverted(userId, base, sampleFrom, day), List.copyOf(items));
    }

    /**
     * The month compared is the latest complete calendar month on {@code day}: its own month when it is the
     * month's last day, else the month before; a month in progress would compare a part with wholes.
     */
    static YearMonth comparedMonth(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        return day.equals(month.atEndOfMonth()) ? month : month.minusMonths(1);
    }

    private List<Insight> categorySpikes(UUID userId, String base, LocalDate day) {
        YearMonth month = comparedMonth(day);
        LocalDate from = month.minusMonths(AVERAGED_MONTHS).atDay(1);
        BigDecimal minBefore = config.spikeMinAverage().multiply(THREE);
        BigDecimal factor = HUNDRED.add(BigDecimal.valueOf(config.spikePercent()));
        record Spike(Insight insight, BigDecimal percentage) {
        }
        List<Spike> spikes = new ArrayList<>();
        for (InsightFigures.CategoryMonths category : figures.categoryMonths(userId, base, from, month.atDay(1),
                month.atEndOfMonth())) {
            BigDecimal before = category.before();
            BigDecimal current = category.current();
            // current >= (1 + p/100) x before / 3, exactly: 300 x current >= (100 + p) x before.
            if (before.signum() <= 0 || before.compareTo(minBefore) < 0
                    || current.multiply(HUNDRED).multiply(THREE).compareTo(before.multiply(factor)) < 0) {
                continue;
            }
            BigDecimal excess = current.multiply(THREE).subtract(before);
            BigDecimal percentage = excess.multiply(HUNDRED).divide(before, 2, RoundingMode.HALF_EVEN);
            String average = before.divide(THREE, Money.scaleFor(base), RoundingMode.HALF_EVEN).toPlainString();
            String total = money(current, base);
            Insight.Builder insight = Insight.of(CATEGORY_SPIKE, INFO, category.name() + ": " + total + " " + base
                    + " in " + monthName(month) + ", up " + percentage.toPlainString() + "% on the " + average + " "
                    + base + " monthly average of the " + AVERAGED_MONTHS + " months before.", base);
            insight.categoryId = category.categoryId();
            insight.categoryName = category.name();
            insight.periodStart = month.atDay(1);
            insight.periodEnd = month.atEndOfMonth();
            insight.current = total;
            insight.average = average;
            insight.change = excess.divide(THREE, Money.scaleFor(base), RoundingMode.HALF_EVEN).toPlainString();
            insight.changePercentage = percentage.toPlainString();
            spikes.add(new Spike(insight.build(), percentage));
        }
        spikes.sort(Comparator.comparing(Spike::percentage).reversed()
                .thenComparing(spike -> spike.insight().categoryName()));
        return spikes.stream().map(Spike::insight).toList();
    }

    private List<Insight> budgetOverruns(UUID userId, LocalDate day) {
        List<Insight> overruns = new ArrayList<>();
        for (BudgetStatusResponse status : budgets.status(userId, day)) {
            BigDecimal available = new BigDecimal(status.amount()).add(new BigDecimal(status.carriedOver()));
            BigDecimal projected = new BigDecimal(status.projectedSpend());
            if (projected.compareTo(available) <= 0) {
                continue;
            }
            String currency = status.currency();
            String overrun = projected.subtract(available).toPlainString();
            Insight.Builder insight = Insight.of(BUDGET_PROJECTED_OVERRUN, WARNING, "Budget \"" + status.name()
                    + "\" is projected to reach " + status.projectedSpend() + " " + currency + " by "
                    + status.periodEnd() + ", " + overrun + " " + currency + " over the " + available.toPlainString()
                    + " " + currency + " available.", currency);
            insight.budgetId = status.budgetId();
            insight.name = status.name();
            insight.periodStart = status.periodStart();
            insight.periodEnd = status.periodEnd();
            insight.amount = status.amount();
            insight.available = available.toPlainString();
            insight.projectedSpend = status.projectedSpend();
            insight.projectedOverrun = overrun;
            overruns.add(insight.build());
        }
        return overruns;
    }

    /**
     * A recurring expense changed when its latest occurrence differs from the one before it, or else when its
     * template (as it is now) differs from its latest occurrence; amounts in different currencies are not
     * compared.
     */
    private List<Insight> recurringChanges(UUID userId, LocalDate day) {
        Map<UUID, List<InsightFigures.Occurrence>> byRecurring = new LinkedHashMap<>();
        for (InsightFigures.Occurrence row : figures.occurrences(userId, day)) {
            List<InsightFigures.Occurrence> rows = byRecurring.computeIfAbsent(row.recurringId(), id -> new ArrayList<>());
            if (row.amount() != null) {
                rows.add(row);
            }
        }
        List<Insight> changes = new ArrayList<>();
        for (List<InsightFigures.Occurrence> occurrences : byRecurring.values()) {
            if (occurrences.isEmpty()) {
                continue;
            }
            InsightFigures.Occurrence latest = occurrences.getFirst();
            InsightFigures.Occurrence before = occurrences.size() > 1 ? occurrences.get(1) : null;
            if (before != null && before.currency().equals(latest.currency())
                    && before.amount().compareTo(latest.amount()) != 0) {
                changes.add(recurringChange(latest, "occurrences", before.amount(), latest.amount(), latest.currency()));
            } else if (latest.templateCurrency().equals(latest.currency())
                    && latest.templateAmount().compareTo(latest.amount()) != 0) {
                changes.add(recurringChange(latest, "template", latest.amount(), latest.templateAmount(),
                        latest.currency()));
            }
        }
        return changes;
    }

    private static Insight recurringChange(InsightFigures.Occurrence latest, String basis, BigDecimal previousAmount,
            BigDecimal currentAmount, String currency) {
        BigDecimal previous = Money.round(previousAmount, currency);
        BigDecimal current = Money.round(currentAmount, currency);
        BigDecimal change = current.subtract(previous);
        String percentage = change.multiply(HUNDRED).divide(previous, 2, RoundingMode.HALF_EVEN).toPlainString();
        String name = latest.description() == null || latest.description().isBlank() ? "A recurring expense"
                : latest.description();
        String direction = change.signum() > 0 ? "up " : "down ";
        String magnitude = direction + percentage.replace("-", "") + "% from " + previous.toPlainString() + " "
                + currency;
        String message = basis.equals("occurrences")
                ? name + ": the occurrence of " + latest.date() + " was " + current.toPlainString() + " " + currency
                        + ", " + magnitude + " the time before."
                : name + ": the next occurrence will be " + current.toPlainString() + " " + currency + ", "
                        + magnitude + " on " + latest.date() + ".";
        Insight.Builder insight = Insight.of(RECURRING_AMOUNT_CHANGED, change.signum() > 0 ? WARNING : INFO, message,
                currency);
        insight.recurringExpenseId = latest.recurringId();
        insight.name = latest.description();
        insight.date = latest.date();
        insight.previous = previous.toPlainString();
        insight.current = current.toPlainString();
        insight.change = change.toPlainString();
        insight.changePercentage = percentage;
        insight.basis = basis;
        return insight.build();
    }

    private List<Insight> unusualExpenses(UUID userId, String base, LocalDate sampleFrom, LocalDate day) {
        record Unusual(Insight insight, double score) {
        }
        List<Unusual> found = new ArrayList<>();
        LocalDate recentFrom = day.minusDays(config.unusualRecentDays());
        for (InsightFigures.Candidate candidate : figures.candidates(userId, base, sampleFrom, recentFrom, day,
                config.unusualMinSample())) {
            double deviation = candidate.amount().subtract(candidate.median()).doubleValue();
            boolean noMad = candidate.mad().signum() == 0;
            double score = noMad ? deviation / (MEAN_DEVIATION_FACTOR * candidate.meanDeviation().doubleValue())
                    : MAD_FACTOR * deviation / candidate.mad().doubleValue();
            if (!(score > config.unusualScore())) {
                continue;
            }
            String amount = money(candidate.amount(), base);
            String median = money(candidate.median(), base);
            String shownScore = BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
            Insight.Builder insight = Insight.of(UNUSUAL_EXPENSE, INFO, candidate.categoryName() + ": " + amount + " "
                    + base + " on " + candidate.date() + " is unusual for this category (median " + median + " " + base
                    + " over " + candidate.sampleSize() + " expenses in " + SAMPLE_MONTHS
                    + " months, robust z-score " + shownScore + ").", base);
            insight.expenseId = candidate.expenseId();
            insight.categoryId = candidate.categoryId();
            insight.categoryName = candidate.categoryName();
            insight.date = candidate.date();
            insight.amount = amount;
            insight.median = median;
            insight.mad = money(candidate.mad(), base);
            insight.meanAbsoluteDeviation = noMad ? money(candidate.meanDeviation(), base) : null;
            insight.score = shownScore;
            insight.sampleSize = candidate.sampleSize();
            found.add(new Unusual(insight.build(), score));
        }
        found.sort(Comparator.comparingDouble(Unusual::score).reversed());
        return found.stream().map(Unusual::insight).toList();
    }

    private static String money(BigDecimal amount, String currency) {
        return Money.round(amount, currency).toPlainString();
    }

    /** "February 2025", spelt out here rather than through locale data. */
    private static String monthName(YearMonth month) {
        String name = month.getMonth().name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT) + " " + month.getYear();
    }
}
