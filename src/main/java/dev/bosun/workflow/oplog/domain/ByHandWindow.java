package dev.bosun.workflow.oplog.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When a change recorded by hand may have happened: not in the future (a few minutes of clock difference are
 * forgiven) and not longer ago than the log looks back, so that a mistyped year cannot bury an entry.
 */
public final class ByHandWindow {

    /** How far back a change may be recorded. */
    public static final Duration LOOK_BACK = Duration.ofDays(90);

    /** Clock difference between the user's machine and the server that is forgiven. */
    public static final Duration SKEW = Duration.ofMinutes(5);

    private ByHandWindow() {}

    /**
     * The moment to record: {@code occurredAt}, or now when it is null.
     *
     * @throws IllegalArgumentException when the moment is in the future or too long ago
     */
    public static Instant check(Instant occurredAt, Clock clock) {
        Instant now = clock.instant();
        if (occurredAt == null) {
            return now;
        }
        if (occurredAt.isAfter(now.plus(SKEW))) {
            throw new IllegalArgumentException("the change cannot have happened in the future (" + occurredAt + ")");
        }
        if (occurredAt.isBefore(now.minus(LOOK_BACK))) {
            throw new IllegalArgumentException("changes older than " + LOOK_BACK.toDays()
                    + " days cannot be recorded by hand (" + occurredAt + ")");
        }
        return occurredAt;
    }
}
