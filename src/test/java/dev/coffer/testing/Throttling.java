package dev.coffer.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.UUID;
import java.util.function.IntFunction;

import io.restassured.response.Response;

/** Drives a rate-limited request until it is refused, tolerating fixed-window boundaries. */
public final class Throttling {

    private Throttling() {
    }

    /**
     * Sends attempts 1, 2, ... and returns the first 429. Every earlier answer must have
     * {@code allowedStatus}. The refusal must come after {@code limit} attempts, and at the latest
     * after {@code 2 * limit}: a run that straddles a window boundary may use two windows' quota.
     */
    public static Response firstRefusal(int limit, int allowedStatus, IntFunction<Response> attempt) {
        for (int number = 1; number <= 2 * limit + 1; number++) {
            Response response = attempt.apply(number);
            if (response.statusCode() == 429) {
                assertThat(number).as("attempt refused").isGreaterThan(limit);
                return response;
            }
            assertThat(response.statusCode()).as("answer to attempt %d", number).isEqualTo(allowedStatus);
        }
        return fail("no 429 after %d attempts with a limit of %d", 2 * limit + 1, limit);
    }

    /**
     * Waits, if fewer than {@code needed} are left of the current fixed window of {@code length}, for
     * the next one to begin: for checks that a refusal still holds on a later request, which a window
     * turning in between would wrongly answer.
     */
    public static void awaitWindowWithAtLeast(Duration length, Duration needed) {
        long left = length.toMillis() - System.currentTimeMillis() % length.toMillis();
        if (left < needed.toMillis()) {
            try {
                Thread.sleep(left + 50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the next rate-limit window", e);
            }
        }
    }

    /** Counters live in Redis across runs: every test takes a client address no earlier run used. */
    public static String uniqueClientAddress() {
        long bits = UUID.randomUUID().getLeastSignificantBits();
        return "10." + (bits & 0xFF) + "." + (bits >> 8 & 0xFF) + "." + (bits >> 16 & 0xFF);
    }
}
