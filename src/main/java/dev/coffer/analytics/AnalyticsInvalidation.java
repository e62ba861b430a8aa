package dev.coffer.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import dev.coffer.category.CategoriesChanged;
import dev.coffer.expense.ExpenseConversionsRefreshed;
import dev.coffer.expense.ExpensesRecorded;
import dev.coffer.expense.ExpensesRemoved;
import dev.coffer.user.BaseCurrencyChanged;

/**
 * Makes cached analytics unreachable after every committed write that changes the figures: expenses
 * recorded, changed, imported or deleted, a category renamed or deleted (names are in the answers,
 * and a delete can move expenses), a new base currency, and conversions refreshed after new rates.
 * Each runs after the commit, so that no reader caches data from before the write under the new
 * generation; a rolled-back write leaves the cache alone.
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

    /** Fired after the refreshed conversions committed; they can be any user's. */
    void conversionsRefreshed(@Observes ExpenseConversionsRefreshed event) {
        cache.invalidateAll();
    }
}
