package dev.bosun.simulator.domain;

/**
 * Amazon's fees on one shipped order line, in minor units, as positive numbers (the settlement shows them
 * negative).
 *
 * @param referral the referral fee of the line
 * @param fulfillment the FBA fulfilment fee of the line (all units); 0 for seller-fulfilled lines
 */
public record OrderFees(long referral, long fulfillment) {

    public long total() {
        return referral + fulfillment;
    }
}
