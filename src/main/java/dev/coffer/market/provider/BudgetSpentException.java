package dev.coffer.market.provider;

/** The run's {@link RequestBudget} has no request left for the next provider; the security waits for the next run. */
public class BudgetSpentException extends RuntimeException {

    public BudgetSpentException(String symbol, int limit) {
        super("request budget of " + limit + " spent before " + symbol, null, false, false);
    }
}
