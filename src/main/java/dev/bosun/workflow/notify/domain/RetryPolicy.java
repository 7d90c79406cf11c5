package dev.bosun.workflow.notify.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after 1, 5, 30 minutes, 2 and 6 hours, so six tries over about nine
 * hours, then it stays failed (and visible on the deliveries page, where it can be sent again by hand). Answers
 * that will not change by themselves (a wrong token) are not retried.
 */
public final class RetryPolicy {

    private static final List<Duration> WAITS = List.of(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(6));

    private RetryPolicy() {}

    /** Most tries of one delivery. */
    public static int maxAttempts() {
        return WAITS.size() + 1;
    }

    /**
     * When to try again after the {@code attempts}-th try failed, or empty to give up.
     *
     * @param attempts tries made so far, the failed one included (1 after the first)
     */
    public static Optional<Instant> next(int attempts, boolean retryable, Instant failedAt) {
        if (!retryable || attempts < 1 || attempts >= maxAttempts()) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(WAITS.get(attempts - 1)));
    }
}
