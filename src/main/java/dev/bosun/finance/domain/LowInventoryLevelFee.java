package dev.bosun.finance.domain;

import dev.bosun.shared.Weight;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The low-inventory-level fee: charged per unit shipped, on top of the fulfilment fee, only when both the short-term
 * (30 days) and the long-term (90 days) historical days of supply are below {@code thresholdDays}. The amount
 * depends on the size tier, the shipping weight and the days of supply.
 *
 * @param appliesTo the tier codes the fee is charged for
 * @param dayLimits the upper limits (exclusive) of the days-of-supply buckets, ascending; the last is the threshold
 * @param rows the amounts, per tier and weight; a tier of {@code appliesTo} without a row has no known amount
 */
public record LowInventoryLevelFee(int thresholdDays, Set<String> appliesTo, List<Integer> dayLimits, List<Row> rows) {

    /**
     * The amounts of one tier up to a shipping weight (null: any weight): {@code feeKeys.get(i)} for days of supply
     * below {@code dayLimits.get(i)}.
     */
    public record Row(String tier, Weight maxShippingWeight, List<String> feeKeys) {

        public Row {
            feeKeys = List.copyOf(feeKeys);
        }
    }

    public LowInventoryLevelFee {
        appliesTo = Set.copyOf(appliesTo);
        dayLimits = List.copyOf(dayLimits);
        rows = List.copyOf(rows);
    }

    Optional<Row> row(String tier, Weight shippingWeight) {
        return rows.stream()
                .filter(r -> r.tier().equals(tier))
                .filter(r -> r.maxShippingWeight() == null || !shippingWeight.exceeds(r.maxShippingWeight()))
                .findFirst();
    }

    /** The index of the bucket the days of supply fall in, or empty at or above the threshold. */
    Optional<Integer> bucket(BigDecimal daysOfSupply) {
        for (int i = 0; i < dayLimits.size(); i++) {
            if (daysOfSupply.compareTo(BigDecimal.valueOf(dayLimits.get(i))) < 0) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
