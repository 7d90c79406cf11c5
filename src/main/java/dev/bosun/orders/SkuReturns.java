package dev.bosun.orders;

import java.util.Map;

/**
 * The units of one SKU buyers returned to FBA over a span of time, by reason.
 *
 * @param asin the ASIN the returns report gives, or null
 * @param unitsByReason units by reason; returns without a reason are under the code {@code NO_REASON_GIVEN}
 */
public record SkuReturns(String sku, String asin, Map<ReturnReason, Long> unitsByReason) {

    public SkuReturns {
        unitsByReason = Map.copyOf(unitsByReason);
    }

    /** All returned units. */
    public long units() {
        return unitsByReason.values().stream().mapToLong(Long::longValue).sum();
    }
}
