package dev.bosun.finance;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * One fee of a settlement next to what it should have been. Amounts are what Amazon took, as positive numbers, in
 * {@code currency}; a fee charged on several lines of one order item (e.g. per-unit and weight-based FBA fees) is
 * checked once, on its first line.
 *
 * @param lineNo the settlement line the check is anchored on (with {@code part})
 * @param reason why the line could not be checked (a code, e.g. {@code no-fee-preview}); null when it was
 * @param orderDate the day the order was placed in the marketplace's zone (the rate card in force that day
 *     applies); null when the order is not in Bosun (then the posting date picks the card)
 * @param chargeMonth for storage fees, the month the fee is for
 * @param expected what the rate card (or the storage report) says, or null when not checkable
 * @param difference {@code charged − expected}: positive when Amazon took too much
 * @param unitPrice the per-unit price the fee is computed on (total sales price for referral fees, item price for
 *     FBA fees)
 * @param category the fee category the referral fee was computed for; for an unknown category the product group
 *     of the fee preview
 * @param sizeTier the size tier the package calls for (FBA fees)
 * @param chargedTier the size tier whose fee equals what was charged per unit, or null when none does
 * @param chargedWeight the shipping-weight band of that tier, e.g. {@code ≤ 16 oz}
 * @param rateCard the card used, e.g. {@code US 2024-04-15}
 * @param packageText the package as the fee preview gives it, e.g. {@code 17.72 × 11.81 × 1.57 in, 3.64 lb}
 */
public record FeeLineCheck(
        String settlementId,
        int lineNo,
        int part,
        Kind kind,
        Status status,
        String reason,
        Marketplace marketplace,
        String orderId,
        String sku,
        String fnsku,
        String asin,
        Integer quantity,
        LocalDate postedDate,
        LocalDate orderDate,
        YearMonth chargeMonth,
        String currency,
        BigDecimal charged,
        BigDecimal expected,
        BigDecimal difference,
        BigDecimal unitPrice,
        String category,
        String sizeTier,
        String chargedTier,
        String chargedWeight,
        String rateCard,
        String packageText) {

    /** Which fee a line is. */
    public enum Kind {
        /** The referral fee (commission), with any closing fee. */
        REFERRAL,
        /** The FBA fulfilment fee. */
        FBA_FEE,
        /** The monthly storage fee. */
        STORAGE;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** How a line came out. */
    public enum Status {
        OK,
        OVERCHARGED,
        UNDERCHARGED,
        NOT_CHECKABLE;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** Whether the line differs from what it should be by more than the tolerance. */
        public boolean discrepancy() {
            return this == OVERCHARGED || this == UNDERCHARGED;
        }
    }

    /** The units the fee is for; 1 when the file gives none. */
    public int units() {
        return quantity == null || quantity < 1 ? 1 : quantity;
    }

    /** What was charged per unit. */
    public BigDecimal chargedPerUnit() {
        return perUnit(charged);
    }

    /** What should have been charged per unit, or null. */
    public BigDecimal expectedPerUnit() {
        return expected == null ? null : perUnit(expected);
    }

    private BigDecimal perUnit(BigDecimal amount) {
        return amount.divide(BigDecimal.valueOf(units()), Math.max(2, amount.scale()), java.math.RoundingMode.HALF_UP);
    }
}
