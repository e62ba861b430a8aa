package dev.coffer.market.provider;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many provider requests one price sync run may still start, so that a run with many
 * securities stays within what free providers tolerate. Each provider asked for one security
 * counts one; retries of that request do not count again.
 */
public final class RequestBudget {

    private final int limit;
    private final AtomicInteger left;
    private final RequestBudget shared;
    private final AtomicBoolean reserved;

    private RequestBudget(int limit) {
        this.limit = limit;
        this.left = new AtomicInteger(limit);
        this.shared = null;
        this.reserved = new AtomicBoolean();
    }

    private RequestBudget(RequestBudget shared) {
        this.limit = shared.limit;
        this.left = null;
        this.shared = shared;
        this.reserved = new AtomicBoolean(true);
    }

    public static RequestBudget of(int limit) {
        return new RequestBudget(limit);
    }

    /** For a single request outside a run (a registration): never spent. */
    public static RequestBudget unlimited() {
        return new RequestBudget(Integer.MAX_VALUE);
    }

    /**
     * One security's share of this budget, its first request taken now, or empty when none is left.
     * Fetches that run at once take their first request in the order their shares were reserved, not in
     * the order their threads happen to start; a share's further requests (the fallback providers) come
     * from what is left of this budget then.
     */
    public Optional<RequestBudget> reserveOne() {
        return take() ? Optional.of(new RequestBudget(this)) : Optional.empty();
    }

    boolean take() {
        if (shared != null) {
            return reserved.compareAndSet(true, false) || shared.take();
        }
        return left.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    public int limit() {
        return limit;
    }
}
