package dev.bosun.simulator.domain;

/**
 * Amazon's fees on one shipped order line, in minor units, as positive numbers (the settlement shows them
 * negative).
 *
 * @param referral the referral fee of the line
 * @param fulfillment the FBA fulfilment fee charged for the line (all units); 0 for seller-fulfilled lines
 * @param overcharge the part of {@code fulfillment} above what the fee rules call for (a planted fee overcharge),
 *     else 0
 */
public record OrderFees(long referral, long fulfillment, long overcharge) {

    /** Fees charged as the rules say. */
    public OrderFees(long referral, long fulfillment) {
        this(referral, fulfillment, 0);
    }

    public long total() {
        return referral + fulfillment;
    }
}
