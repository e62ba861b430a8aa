package dev.coffer.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import dev.coffer.budget.BudgetsChanged;
import dev.coffer.category.CategoriesChanged;
import dev.coffer.currency.ExchangeRatesStored;
import dev.coffer.expense.ExpenseConversionsRefreshed;
import dev.coffer.expense.ExpensesRecorded;
import dev.coffer.expense.ExpensesRemoved;
import dev.coffer.recurring.RecurringExpensesChanged;
import dev.coffer.user.BaseCurrencyChanged;

/**
 * Makes cached analytics and insights unreachable after every committed write that changes the figures:
 * expenses recorded, changed, imported or deleted, a category renamed or deleted (names are in the
 * answers, and a delete can move expenses), a new base currency, a budget or a recurring expense
 * written (the insights read both), new rates (a budget in another currency than the base converts at
 * them) and conversions refreshed after them. Each runs after the commit, so that no reader caches data
 * from before the write under the new generation; a rolled-back write leaves the cache alone.
 */
@ApplicationScoped
class AnalyticsInvalidation {

    private final AnalyticsCache cache;

    AnalyticsInvalidation(AnalyticsCache cache) {
        this.cache = cache;
    }

    void expensesRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExpensesRecorded event) {
        cache.invalidate(event.userId());
    }

    void expensesRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExpensesRemoved event) {
        cache.invalidate(event.userId());
    }

    void categoriesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CategoriesChanged event) {
        cache.invalidate(event.userId());
    }

    void baseCurrencyChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) BaseCurrencyChanged event) {
        cache.invalidate(event.userId());
    }

    void budgetsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) BudgetsChanged event) {
        cache.invalidate(event.userId());
    }

    void recurringExpensesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RecurringExpensesChanged event) {
        cache.invalidate(event.userId());
    }

    /** New rates can change any user's budget status in a currency other than their base currency. */
    void ratesStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExchangeRatesStored event) {
        cache.invalidateAll();
    }

    /** Fired after the refreshed conversions committed; they can be any user's. */
    void conversionsRefreshed(@Observes ExpenseConversionsRefreshed event) {
        cache.invalidateAll();
    }
}
