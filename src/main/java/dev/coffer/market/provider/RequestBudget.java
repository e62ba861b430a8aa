package dev.coffer.market.provider;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many provider requests one price sync run may still start, so that a run with many
 * securities stays within what free providers tolerate. Each provider asked for one security
 * counts one; retries of that request do not count again.
 */
public final class RequestBudget {

    private final int limit;
    private final AtomicInteger left;
    /** The run's budget a share draws on once its own request is spent; null for the run's budget itself. */
    private final RequestBudget rest;

    private RequestBudget(int limit, int left, RequestBudget rest) {
        this.limit = limit;
        this.left = new AtomicInteger(left);
        this.rest = rest;
    }

    public static RequestBudget of(int limit) {
        return new RequestBudget(limit, limit, null);
    }

    /** For a single request outside a run (a registration): never spent. */
    public static RequestBudget unlimited() {
        return new RequestBudget(Integer.MAX_VALUE, Integer.MAX_VALUE, null);
    }

    /**
     * One security's share of this budget, its first request taken now, or empty when none is left.
     * Fetches that run at once take their first request in the order their shares were reserved, not in
     * the order their threads happen to start; a share's further requests (the fallback providers) come
     * from what is left of this budget then.
     */
    public Optional<RequestBudget> reserveOne() {
        return take() ? Optional.of(new RequestBudget(limit, 1, this)) : Optional.empty();
    }

    boolean take() {
        return left.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0 || rest != null && rest.take();
    }

    public int limit() {
        return limit;
    }
}
