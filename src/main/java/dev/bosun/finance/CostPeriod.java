package dev.bosun.finance;

import dev.bosun.shared.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A cost per unit of one SKU in force over a span of days: from {@code from} (inclusive) until {@code until}
 * (exclusive), or open-ended when {@code until} is null. Periods are never overwritten: a new cost from a later
 * date ends the previous period and starts a new one.
 *
 * @param cost per unit, in the currency it was entered in, not rounded
 */
public record CostPeriod(String sku, LocalDate from, LocalDate until, Money cost) {

    public CostPeriod {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(cost, "cost");
        if (until != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("a cost period ends after it starts: " + from + " .. " + until);
        }
    }

    /** Whether the cost is in force on the day. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (until == null || day.isBefore(until));
    }
}
