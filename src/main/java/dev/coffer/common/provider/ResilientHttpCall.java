package dev.coffer.common.provider;

import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import io.smallrye.faulttolerance.api.Guard;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Runs one provider's outbound requests through its own retry and circuit breaker, and turns
 * every way a request can fail into a {@link ProviderException} with a reason.
 */
public final class ResilientHttpCall {

    private static final int NOT_FOUND = 404;
    private static final int TOO_MANY_REQUESTS = 429;

    private final String provider;
    private final Duration maxBackoff;
    private final Guard guard;

    /**
     * {@code kind} says what the provider provides, e.g. {@code fx}; with its name it makes the
     * circuit breaker's name ({@link #circuitBreakerName}).
     */
    public ResilientHttpCall(String kind, String provider, ProviderEndpoint config) {
        this.provider = provider;
        ProviderEndpoint.Retry retry = config.retry();
        ProviderEndpoint.CircuitBreaker breaker = config.circuitBreaker();
        this.maxBackoff = retry.maxBackoff();
        long attemptMillis = config.connectTimeout() + config.readTimeout();
        long retryBudgetMillis = (retry.maxRetries() + 1L) * attemptMillis
                + retry.maxRetries() * retry.maxBackoff().toMillis() + 1000L;
        this.guard = Guard.create()
                .withDescription(kind + " provider " + provider)
                .withRetry()
                    .maxRetries(retry.maxRetries())
                    .delay(Math.max(1, retry.initialBackoff().toMillis()), ChronoUnit.MILLIS)
                    .jitter(0, ChronoUnit.MILLIS)
                    .maxDuration(retryBudgetMillis, ChronoUnit.MILLIS)
                    .retryOn(TransientFailure.class)
                    .withCustomBackoff().strategy(() -> new RetryAfterBackoff(maxBackoff)).done()
                    .done()
                .withCircuitBreaker()
                    .name(circuitBreakerName(kind, provider))
                    .requestVolumeThreshold(breaker.requestVolumeThreshold())
                    .failureRatio(breaker.failureRatio())
                    .delay(Math.max(1, breaker.delay().toMillis()), ChronoUnit.MILLIS)
                    .done()
                .build();
    }

    /** E.g. {@code fx-provider-ecb}. */
    public static String circuitBreakerName(String kind, String provider) {
        return kind + "-provider-" + provider;
    }

    /**
     * {@code what} names the resource in failure messages, e.g. {@code eurofxref-daily.xml}.
     *
     * @throws CancellationException when the calling thread was interrupted (the sync is being
     *         stopped); the thread's interrupt flag is set again and nothing is retried
     */
    public byte[] fetch(String what, Supplier<byte[]> request) {
        try {
            return guard.call(() -> attempt(what, request), byte[].class);
        } catch (CancellationException stopped) {
            throw stopped;
        } catch (InterruptedException interrupted) {
            throw stopped(what);
        } catch (TransientFailure exhausted) {
            throw new ProviderException(provider, exhausted.reason(),
                    exhausted.getMessage() + " (gave up after retries)", exhausted);
        } catch (CircuitBreakerOpenException open) {
            throw new ProviderException(provider, FailureReason.CIRCUIT_OPEN,
                    "circuit breaker open after repeated failures, " + what + " not requested", open);
        } catch (ProviderException failed) {
            throw failed;
        } catch (Exception unexpected) {
            throw new ProviderException(provider, FailureReason.UNEXPECTED,
                    what + ": " + unexpected, unexpected);
        }
    }

    private byte[] attempt(String what, Supplier<byte[]> request) {
        try {
            return request.get();
        } catch (WebApplicationException httpError) {
            throw classify(what, httpError);
        } catch (ProcessingException ioError) {
            if (causedByInterrupt(ioError)) {
                // The REST client reports an interrupt as an I/O error and clears the flag; retrying
                // it would keep a stopping instance busy for the whole retry budget.
                throw stopped(what);
            }
            boolean timedOut = isTimeout(ioError);
            throw new TransientFailure(timedOut ? FailureReason.TIMEOUT : FailureReason.NETWORK,
                    what + ": " + (timedOut ? "timed out" : "I/O error") + " (" + rootMessage(ioError) + ")",
                    Optional.empty(), ioError);
        }
    }

    private RuntimeException classify(String what, WebApplicationException httpError) {
        int status = httpError.getResponse().getStatus();
        if (status == NOT_FOUND) {
            return new ProviderException(provider, FailureReason.NOT_FOUND, what + ": HTTP 404", httpError);
        }
        if (status != TOO_MANY_REQUESTS && status < 500) {
            return new ProviderException(provider, FailureReason.HTTP_ERROR, what + ": HTTP " + status, httpError);
        }
        FailureReason reason = status == TOO_MANY_REQUESTS ? FailureReason.RATE_LIMITED : FailureReason.HTTP_ERROR;
        Optional<Duration> retryAfter = RetryAfter.parse(
                httpError.getResponse().getHeaderString(HttpHeaders.RETRY_AFTER), Instant.now());
        if (retryAfter.isPresent() && retryAfter.get().compareTo(maxBackoff) > 0) {
            return new ProviderException(provider, reason, what + ": HTTP " + status + ", Retry-After "
                    + retryAfter.get().toSeconds() + " s is beyond the retry budget of "
                    + maxBackoff.toSeconds() + " s", httpError);
        }
        return new TransientFailure(reason, what + ": HTTP " + status, retryAfter, httpError);
    }

    /** Sets the thread's interrupt flag again, for the callers up the stack, and says why the fetch ended. */
    private static CancellationException stopped(String what) {
        Thread.currentThread().interrupt();
        return new CancellationException(what + ": request interrupted");
    }

    private static boolean causedByInterrupt(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException
                    || t instanceof InterruptedIOException && !(t instanceof SocketTimeoutException)) {
                return true;
            }
        }
        return Thread.currentThread().isInterrupted();
    }

    private static boolean isTimeout(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
