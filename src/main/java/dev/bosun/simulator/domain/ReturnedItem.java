package dev.bosun.simulator.domain;

import java.time.Instant;

/**
 * Units of an order line a buyer sent back, and the refund. FBA returns arrive at a fulfilment centre; returns of
 * seller-fulfilled lines are return requests with an RMA id. Amounts in minor units, positive.
 *
 * @param reason Amazon's return reason code, e.g. DEFECTIVE
 * @param disposition the condition found at the fulfilment centre, e.g. SELLABLE, CUSTOMER_DAMAGED
 * @param refund the amount refunded to the buyer (the item price of the units)
 * @param refundedReferral the referral fee Amazon gives back (the fee less its refund administration fee)
 * @param refundAdministrationFee the part of the referral fee Amazon keeps
 * @param rmaId Amazon's RMA id of a seller-fulfilled return, null for FBA
 */
public record ReturnedItem(
        OrderItem order,
        int day,
        Instant returnedAt,
        int quantity,
        String reason,
        String disposition,
        String status,
        String licensePlate,
        String fulfillmentCenter,
        String comment,
        long refund,
        long refundedReferral,
        long refundAdministrationFee,
        String rmaId,
        String trackingId) {

    public Offer offer() {
        return order.offer();
    }

    public boolean sellable() {
        return "SELLABLE".equals(disposition);
    }
}
