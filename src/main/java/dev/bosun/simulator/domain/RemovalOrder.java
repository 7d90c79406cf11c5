package dev.bosun.simulator.domain;

/**
 * An order to take an FBA offer's units out of Amazon's warehouse: back to the seller (slow stock beyond what the
 * store expects to sell) or destroyed (unsellable units). Amounts in minor units.
 *
 * @param orderId the removal order id, as settlements and the ledger name it
 * @param requestDay the simulation day the store created it
 * @param completionDay the day its units left (shipped or disposed of)
 * @param fee the removal or disposal fee of all its units (0 where the rate card has none)
 */
public record RemovalOrder(
        Offer offer, String orderId, Type type, int requestDay, int completionDay, int quantity, long fee) {

    /** What happens to the units. */
    public enum Type {
        /** Shipped back to the seller's address. */
        RETURN,
        /** Destroyed at the warehouse. */
        DISPOSAL
    }
}
