package dev.bosun.orders;

import java.util.Map;

/**
 * The units of one SKU buyers returned to FBA over a span of time, by reason.
 *
 * @param asin the ASIN the returns report gives, or null
 * @param unitsByReason units by reason; returns without a reason are under the code {@code NO_REASON_GIVEN}
 * @param ordersByReason the orders the units came back from, by reason (a return of two units of one order is one)
 */
public record SkuReturns(
        String sku, String asin, Map<ReturnReason, Long> unitsByReason, Map<ReturnReason, Long> ordersByReason) {

    public SkuReturns {
        unitsByReason = Map.copyOf(unitsByReason);
        ordersByReason = Map.copyOf(ordersByReason);
    }

    /** All returned units. */
    public long units() {
        return unitsByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The orders returned from, all reasons together. */
    public long orders() {
        return ordersByReason.values().stream().mapToLong(Long::longValue).sum();
    }
}
