package dev.bosun.orders;

import java.time.Instant;
import java.util.Objects;

/**
 * A span of time, half-open: from {@code from} (included) to {@code to} (excluded). Several of them are asked for in
 * one read of the orders or returns (see {@link OrderBook#salesBySku(long, java.util.List)}).
 */
public record TimeWindow(Instant from, Instant to) {

    public TimeWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a window ends before it starts: " + from + ".." + to);
        }
    }

    public boolean contains(Instant at) {
        return !at.isBefore(from) && at.isBefore(to);
    }
}
