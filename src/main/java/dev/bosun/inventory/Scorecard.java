package dev.bosun.inventory;

import dev.bosun.inventory.forecast.LeadTimeStage;

/**
 * How a supplier or forwarder performed on the account's actual purchase orders and shipments.
 *
 * @param orders purchase orders (supplier) or shipments (forwarder) with the dates to judge them
 * @param onTime of those, how many were on time: goods ready by the promised day (supplier), or arrived within the
 *     promised transit days (forwarder)
 * @param stage the stage learnt from the actual durations (production, or transit), or the promised one when none
 *     was observed (0 observations)
 * @param checkIn for a forwarder, days from arrival to available for sale learnt from its shipments (else the
 *     expected days); null for a supplier
 */
public record Scorecard(int orders, int onTime, LeadTimeStage stage, LeadTimeStage checkIn) {

    /** Share of orders on time, or null without any. */
    public Double onTimeRate() {
        return orders == 0 ? null : (double) onTime / orders;
    }
}
