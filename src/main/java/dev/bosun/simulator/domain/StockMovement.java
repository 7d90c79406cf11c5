package dev.bosun.simulator.domain;

/**
 * A movement of an FBA offer's units at Amazon other than a customer shipment or return: a receipt from an inbound
 * shipment, units lost, found or damaged in the warehouse, unsellable units disposed of. The Inventory Ledger's
 * detailed view shows each; its summary view adds them up by day.
 *
 * @param reference the inbound shipment id of a receipt, the removal order id of a disposal or removal; null for the
 *     warehouse's own adjustments
 * @param quantity units moved, positive
 */
public record StockMovement(Offer offer, int day, Kind kind, String reference, int quantity) {

    /** What happened to the units. */
    public enum Kind {
        /** Checked in from an inbound shipment: sellable units added. */
        RECEIPT,
        /** Lost in the warehouse: sellable units gone. */
        LOST,
        /** Lost units found again: sellable units back. */
        FOUND,
        /** Damaged in the warehouse: sellable units become unsellable. */
        DAMAGED,
        /** Unsellable units disposed of (a disposal order; the reference is its id). */
        DISPOSED,
        /** Sellable units shipped back to the seller (a removal order; the reference is its id). */
        REMOVED
    }
}
