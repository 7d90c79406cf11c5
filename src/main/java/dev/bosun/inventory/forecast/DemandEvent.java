package dev.bosun.inventory.forecast;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A known event that lifts (or lowers) demand on a range of days: Prime Day, Black Friday to Cyber Monday, an own
 * promotion, a price increase. The factor multiplies the usual daily demand: 3.0 sells three times as much, 0.5
 * half.
 *
 * @param name what the event is, for people
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param factor demand multiplier on those days, greater than 0
 */
public record DemandEvent(String name, LocalDate from, LocalDate to, double factor) {

    public DemandEvent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(
                    "event '" + name + "' ends (" + to + ") before it starts (" + from + ")");
        }
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("event '" + name + "' needs a factor above 0, got " + factor);
        }
    }

    /** Whether {@code day} is one of the event's days. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
