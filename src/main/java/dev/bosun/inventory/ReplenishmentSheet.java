package dev.bosun.inventory;

import dev.bosun.shared.Marketplace;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A marketplace's replenishment sheet as computed in the background: one line per SKU with a position.
 *
 * @param asOf the day the sheet is for
 * @param inbound the days inbound FBA stock was taken to need until sellable, learnt or fixed
 * @param computedAt when it was computed, or null when it never was (then {@code lines} is empty)
 * @param tookMillis how long the computation took
 * @param stale whether its sources changed since (a new computation is queued)
 */
public record ReplenishmentSheet(
        Marketplace marketplace,
        LocalDate asOf,
        List<ReplenishmentLine> lines,
        InboundDays inbound,
        Instant computedAt,
        long tookMillis,
        boolean stale) {

    public ReplenishmentSheet {
        lines = List.copyOf(lines);
    }

    /** Whether the sheet was ever computed. */
    public boolean computed() {
        return computedAt != null;
    }
}
