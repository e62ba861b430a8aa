package dev.coffer.common.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RetryAfterBackoffTest {

    private static final Instant NOW = Instant.parse("2025-05-09T10:00:00Z");

    @Test
    void retryAfterIsReadAsSecondsOrHttpDate() {
        assertThat(RetryAfter.parse("7", NOW)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse(" 120 ", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse("Fri, 09 May 2025 10:00:30 GMT", NOW)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Fri, 09 May 2025 09:00:00 GMT", NOW)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("99999999999999999999999", NOW)).contains(Duration.ofSeconds(Long.MAX_VALUE));
    }

    @Test
    void unusableRetryAfterIsIgnored() {
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
        assertThat(RetryAfter.parse("", NOW)).isEmpty();
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
    }

    @RepeatedTest(20)
    void delaysDoubleWithJitterUpToTheCap() {
        RetryAfterBackoff backoff = new RetryAfterBackoff(Duration.ofMillis(1000));
        backoff.init(100);
        TransientFailure serverError = failure(Optional.empty());

        assertThat(backoff.nextDelayInMillis(serverError)).isBetween(50L, 100L);
        assertThat(backoff.nextDelayInMillis(serverError)).isBetween(100L, 200L);
        assertThat(backoff.nextDelayInMillis(serverError)).isBetween(200L, 400L);
        assertThat(backoff.nextDelayInMillis(serverError)).isBetween(400L, 800L);
        assertThat(backoff.nextDelayInMillis(serverError)).isBetween(500L, 1000L);
        assertThat(backoff.nextDelayInMillis(serverError)).isBetween(500L, 1000L);
    }

    @RepeatedTest(20)
    void retryAfterIsNeverShortened() {
        RetryAfterBackoff backoff = new RetryAfterBackoff(Duration.ofSeconds(30));
        backoff.init(100);

        assertThat(backoff.nextDelayInMillis(failure(Optional.of(Duration.ofSeconds(7))))).isEqualTo(7000L);
        assertThat(backoff.nextDelayInMillis(failure(Optional.of(Duration.ZERO)))).isBetween(100L, 200L);
    }

    private static TransientFailure failure(Optional<Duration> retryAfter) {
        return new TransientFailure(FailureReason.HTTP_ERROR, "HTTP 503", retryAfter, null);
    }
}
