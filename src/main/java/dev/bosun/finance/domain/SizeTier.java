package dev.bosun.finance.domain;

import dev.bosun.shared.Length;
import dev.bosun.shared.Weight;

/**
 * A product size tier of a rate card with the limits a package must stay within to belong to it. Tiers are tried
 * in the card's order; the first whose limits hold is the package's tier. A null limit does not apply.
 *
 * @param maxSumOfSides the limit on longest + median + shortest (Japan's tiers)
 * @param maxLengthAndGirth the limit on longest + 2 × (median + shortest)
 * @param maxUnitWeight the limit on the unit weight
 * @param maxShippingWeight the limit on the shipping weight (before rounding)
 * @param shippingWeight how the weight the fee is charged on is found
 * @param packagingWeight added to the unit weight before anything else (Europe's packaging allowance), or null
 * @param roundUpTo the step the shipping weight is rounded up to, or null for no rounding
 * @param storage which monthly storage rate the tier pays
 */
public record SizeTier(
        String code,
        Length maxLongest,
        Length maxMedian,
        Length maxShortest,
        Length maxSumOfSides,
        Length maxLengthAndGirth,
        Weight maxUnitWeight,
        Weight maxShippingWeight,
        ShippingWeight shippingWeight,
        Weight packagingWeight,
        Weight roundUpTo,
        StorageClass storage) {

    /** Which weight a tier's fee is charged on. */
    public enum ShippingWeight {
        /** The unit weight (plus packaging, where the card has it). */
        UNIT,
        /** The greater of the unit weight and the dimensional weight. */
        GREATER_OF_UNIT_AND_DIMENSIONAL
    }

    /** Which monthly storage rate applies. */
    public enum StorageClass {
        STANDARD,
        OVERSIZE
    }
}
