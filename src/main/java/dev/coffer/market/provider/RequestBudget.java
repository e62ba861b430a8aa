package dev.coffer.market.provider;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many provider requests one price sync run may still start, so that a run with many
 * securities stays within what free providers tolerate. Each provider asked for one security
 * counts one; retries of that request do not count again.
 */
public final class RequestBudget {

    private final int limit;
    private final AtomicInteger left;

    private RequestBudget(int limit) {
        this.limit = limit;
        this.left = new AtomicInteger(limit);
    }

    public static RequestBudget of(int limit) {
        return new RequestBudget(limit);
    }

    /** For a single request outside a run (a registration): never spent. */
    public static RequestBudget unlimited() {
        return new RequestBudget(Integer.MAX_VALUE);
    }

    boolean take() {
        return left.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    public boolean spent() {
        return left.get() <= 0;
    }

    public int limit() {
        return limit;
    }
}
