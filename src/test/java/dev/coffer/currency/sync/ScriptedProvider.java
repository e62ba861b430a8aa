package dev.coffer.currency.sync;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import dev.coffer.currency.provider.ExchangeRateProvider;
import dev.coffer.common.provider.FailureReason;
import dev.coffer.common.provider.ProviderException;
import dev.coffer.currency.provider.PublishedRates;

/** A provider whose answers a test scripts; it fails like a provider answering HTTP 500 until told otherwise. */
public abstract class ScriptedProvider implements ExchangeRateProvider {

    private volatile BiFunction<LocalDate, LocalDate, List<PublishedRates>> script;
    private final List<LocalDate> requestedFrom = new CopyOnWriteArrayList<>();

    protected ScriptedProvider() {
        failing();
    }

    public void answer(BiFunction<LocalDate, LocalDate, List<PublishedRates>> script) {
        this.script = script;
    }

    public final void failing() {
        this.script = (from, to) -> {
            throw new ProviderException(name(), "HTTP 500");
        };
    }

    /**
     * Every fetch counts down {@code blocked}, then waits until its thread is interrupted and fails
     * as the REST client does then: an I/O error, with the thread's interrupt flag cleared.
     */
    public void blockingUntilInterrupted(CountDownLatch blocked) {
        this.script = (from, to) -> {
            blocked.countDown();
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                throw new ProviderException(name(), FailureReason.NETWORK, "I/O error (interrupted)", e);
            }
            throw new ProviderException(name(), FailureReason.TIMEOUT, "not interrupted within 30 s");
        };
    }

    /** The start of every window asked for, in order. */
    public List<LocalDate> requestedFrom() {
        return requestedFrom;
    }

    @Override
    public List<PublishedRates> fetch(LocalDate from, LocalDate to) {
        requestedFrom.add(from);
        return script.apply(from, to);
    }
}
