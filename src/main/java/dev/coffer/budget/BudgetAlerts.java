package dev.coffer.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.coffer.expense.ExpensesRecorded;
import dev.coffer.notification.NotificationService;

/**
 * Creates the notifications of budgets whose spending reached an alert threshold, whenever expenses
 * are written, and when a budget is created or changed. It runs inside the writing transaction, so it sees the new rows. It first locks the
 * user's active budgets: writes of one user then check one after the other, each seeing what the
 * previous one committed, so no crossing is missed when two expenses that reach a threshold only
 * together are recorded at the same time. The unique index of notifications keeps each (budget,
 * period, threshold) to one row whatever happens.
 *
 * <p>The periods checked are those of each budget that contain a date of the written range; a change
 * in one period does not revisit the later periods its rollover feeds.
 */
@ApplicationScoped
class BudgetAlerts {

    private final BudgetFigures figures;
    private final NotificationService notifications;

    BudgetAlerts(BudgetFigures figures, NotificationService notifications) {
        this.figures = figures;
        this.notifications = notifications;
    }

    void onExpensesRecorded(@Observes ExpensesRecorded event) {
        check(event.userId(), Budget.lockActiveOf(event.userId()), event.earliest(), event.latest());
    }

    /**
     * Checks a budget just created or changed in the period containing {@code today}: one set below what
     * was already spent, or given a lower threshold, warns at once rather than at the next expense. Its
     * row is locked by the change (or not yet visible to anyone else when new).
     */
    void onBudgetSaved(Budget budget, LocalDate today) {
        if (budget.active) {
            check(budget.userId, List.of(budget), today, today);
        }
    }

    private void check(UUID userId, List<Budget> budgets, LocalDate earliest, LocalDate latest) {
        List<BudgetFigures.Window> windows = new ArrayList<>();
        for (Budget budget : budgets) {
            if (budget.alertThresholds.isEmpty()) {
                continue;
            }
            BudgetPeriod kind = budget.periodKind();
            LocalDate from = earliest.isBefore(budget.startDate) ? budget.startDate : earliest;
            while (!from.isAfter(latest)) {
                BudgetPeriod.Span span = kind.containing(budget.startDate, from).orElseThrow();
                windows.add(new BudgetFigures.Window(budget, span));
                from = span.end().plusDays(1);
            }
        }
        List<BudgetFigures.Figures> measured = figures.measure(userId, windows);
        for (int i = 0; i < windows.size(); i++) {
            BudgetService.Standing standing = BudgetService.standing(windows.get(i), measured.get(i));
            for (int threshold : standing.budget().alertThresholds) {
                if (standing.reached(threshold)) {
                    notify(standing, threshold);
                }
            }
        }
    }

    private void notify(BudgetService.Standing standing, int threshold) {
        Budget budget = standing.budget();
        BigDecimal percent = standing.percentUsed();
        String used = percent == null ? "nothing was left to spend" : percent.toPlainString() + "% used";
        String message = "%s reached %d%% of %s %s for %s to %s (%s)".formatted(budget.name, threshold,
                standing.available().toPlainString(), budget.currency, standing.span().start(), standing.span().end(),
                used);
        notifications.recordBudgetThreshold(budget.userId, budget.id, standing.span().start(), standing.span().end(),
                threshold, percent, message);
    }
}
