package dev.coffer.expense;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import dev.coffer.currency.ExchangeRatesStored;
import dev.coffer.user.BaseCurrencyChanged;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Keeps the stored conversions current when what they depend on changes elsewhere: the owner's base
 * currency, and the exchange rates. (An expense's own amount, currency and date are handled by the
 * writes of {@link ExpenseService}.)
 */
@ApplicationScoped
class ExpenseConversionTriggers {

    private final ExpenseConversions conversions;
    private final Event<ExpenseConversionsRefreshed> refreshed;

    ExpenseConversionTriggers(ExpenseConversions conversions, Event<ExpenseConversionsRefreshed> refreshed) {
        this.conversions = conversions;
        this.refreshed = refreshed;
    }

    /** In the transaction that changes the base currency: the profile and the amounts commit together. */
    void baseCurrencyChanged(@Observes BaseCurrencyChanged event) {
        int changed = conversions.refreshUser(event.userId());
        Log.debugf("Converted %d expenses of user %s into %s", changed, event.userId(), event.baseCurrency());
    }

    /**
     * After the rates are committed, in a transaction of its own, so that the statement sees them and a
     * failure here never undoes the stored rates. A failure is logged; the affected conversions keep
     * their previous value until rates for their days are stored again. Conversions that changed are
     * announced by {@link ExpenseConversionsRefreshed} once committed.
     */
    void ratesStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExchangeRatesStored event) {
        try {
            int changed = QuarkusTransaction.requiringNew()
                    .call(() -> conversions.refreshAfterRates(event.earliest(), event.latest()));
            Log.infof("Exchange rates of %s to %s stored: %d expense conversions refreshed", event.earliest(),
                    event.latest(), changed);
            if (changed > 0) {
                refreshed.fire(new ExpenseConversionsRefreshed(event.earliest(), event.latest()));
            }
        } catch (RuntimeException e) {
            Log.errorf(e, "Refreshing expense conversions after rates of %s to %s failed", event.earliest(),
                    event.latest());
        }
    }
}
