package dev.bosun.finance.domain;

import dev.bosun.shared.Weight;
import java.math.BigDecimal;
import java.util.List;

/**
 * The fees of one unit under one rate card, each rounded to the currency's minor unit. Fees the card cannot give are
 * null and explained by a {@link Remark}.
 *
 * @param card the card the fees come from (with the organisation's edits, if any)
 * @param dimensionalWeight null when the card has no dimensional weight
 * @param shippingWeight the weight the fulfilment fee is charged on, after rounding
 * @param fulfilmentFee null when the card has no fee for the tier and weight
 * @param priceBand the price band whose adjustment applied, or null
 * @param lowInventoryFee 0 when the fee does not apply; null when days of supply were not given or the amount is
 *     unknown
 * @param volume the package volume in the storage rates' cubic unit, or null without storage rates
 * @param storageFeeMonthly one month of storage for one unit in the month of the date; null without storage rates
 * @param agedInventorySurcharge null when no inventory age was given or the card has no surcharge
 * @param used the card values the fees were computed from, in the order they were used
 */
public record FeeResult(
        RateCard card,
        String category,
        SizeTier tier,
        Weight unitWeight,
        Weight dimensionalWeight,
        Weight shippingWeight,
        BigDecimal totalSalesPrice,
        BigDecimal referralFee,
        BigDecimal closingFee,
        BigDecimal fulfilmentFee,
        PriceBand priceBand,
        BigDecimal lowInventoryFee,
        BigDecimal volume,
        boolean peakStorage,
        BigDecimal storageFeeMonthly,
        BigDecimal agedInventorySurcharge,
        List<Rate> used,
        List<Remark> remarks) {

    /** Something a reader of the fees should know, as a code with arguments (texts are the caller's). */
    public record Remark(Code code, List<String> arguments) {

        public Remark {
            arguments = List.copyOf(arguments);
        }

        public static Remark of(Code code, Object... arguments) {
            return new Remark(
                    code,
                    java.util.Arrays.stream(arguments).map(String::valueOf).toList());
        }
    }

    /** The kinds of remark. */
    public enum Code {
        /** The per-item minimum referral fee applied: arguments minimum. */
        REFERRAL_MINIMUM,
        /** The dimensional weight was charged instead of the lighter unit weight: arguments dimensional weight. */
        DIMENSIONAL_WEIGHT,
        /** A price band changed the fulfilment fee: arguments band code, adjustment. */
        PRICE_BAND,
        /** The card has no fulfilment fee for the tier and weight: arguments tier. */
        NO_FULFILMENT_FEE,
        /** The card has no storage rates. */
        NO_STORAGE_RATES,
        /** The storage month is a peak month: arguments month number (1-12). */
        PEAK_STORAGE,
        /** Both days of supply are below the threshold: arguments threshold. */
        LOW_INVENTORY_CHARGED,
        /** One days-of-supply figure is at or above the threshold, so no fee: arguments threshold. */
        LOW_INVENTORY_WAIVED,
        /** The fee applies to the tier but the card has no amount: arguments tier. */
        LOW_INVENTORY_AMOUNT_UNKNOWN,
        /** The card has no low-inventory-level fee for the tier or at all. */
        LOW_INVENTORY_NOT_CHARGED,
        /** The inventory is younger than any surcharge band: arguments age. */
        AGED_BELOW_SURCHARGE,
        /** The category pays no surcharge in the age band: arguments category, first day of the band. */
        AGED_EXEMPT,
        /** The card has no aged-inventory surcharge. */
        NO_AGED_SURCHARGE,
        /** The card's effective date is not confirmed by its sources: arguments date. */
        EFFECTIVE_DATE_UNVERIFIED
    }

    /** Referral, closing, fulfilment and low-inventory fees: what one sale costs, storage aside. */
    public BigDecimal perSale() {
        BigDecimal sum = referralFee.add(closingFee);
        if (fulfilmentFee != null) {
            sum = sum.add(fulfilmentFee);
        }
        if (lowInventoryFee != null) {
            sum = sum.add(lowInventoryFee);
        }
        return sum;
    }

    /** {@link #perSale()} plus one month of storage and the aged-inventory surcharge, where known. */
    public BigDecimal total() {
        BigDecimal sum = perSale();
        if (storageFeeMonthly != null) {
            sum = sum.add(storageFeeMonthly);
        }
        if (agedInventorySurcharge != null) {
            sum = sum.add(agedInventorySurcharge);
        }
        return sum;
    }
}
