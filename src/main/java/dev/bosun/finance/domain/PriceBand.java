package dev.bosun.finance.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A range of item prices whose FBA fulfilment fees differ from the card's table by a fixed amount per tier (the US
 * Low-Price FBA rates below $10; from 2026 separate rates below $10, from $10 to $50 and above $50).
 *
 * @param lower the lower limit, or null for none
 * @param lowerInclusive whether a price equal to {@code lower} is in the band
 * @param upper the upper limit, or null for none
 * @param upperInclusive whether a price equal to {@code upper} is in the band
 * @param adjustmentKeys per tier code, the key of the amount added to the tier's fee (negative for a discount)
 */
public record PriceBand(
        String code,
        BigDecimal lower,
        boolean lowerInclusive,
        BigDecimal upper,
        boolean upperInclusive,
        Map<String, String> adjustmentKeys) {

    public PriceBand {
        adjustmentKeys = Map.copyOf(adjustmentKeys);
    }

    boolean holds(BigDecimal price) {
        if (lower != null) {
            int c = price.compareTo(lower);
            if (c < 0 || (c == 0 && !lowerInclusive)) {
                return false;
            }
        }
        if (upper != null) {
            int c = price.compareTo(upper);
            return c < 0 || (c == 0 && upperInclusive);
        }
        return true;
    }
}
