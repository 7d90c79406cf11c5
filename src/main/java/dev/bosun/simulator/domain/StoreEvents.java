package dev.bosun.simulator.domain;

import dev.bosun.shared.Marketplace;

/**
 * Listens to a simulation as it runs: report writers and the truth take what they need from each event. Events of
 * a marketplace arrive in day order; within a day: receipts and the warehouse's stock movements, returns,
 * reimbursements, reviews, feedback and messages due that day, then the day's orders, its advertising, each offer's day, storage at a month's end, and last
 * {@link #dayEnded}. Marketplaces take turns day by day.
 */
public interface StoreEvents {

    default void started(Store store) {}

    default void ordered(OrderItem item) {}

    default void returned(ReturnedItem item) {}

    default void reimbursed(Reimbursement reimbursement) {}

    default void reviewed(ProductReview review) {}

    default void feedback(FeedbackEntry entry) {}

    default void messaged(CustomerMessage message) {}

    /** FBA units received, lost, found, damaged or disposed of (customer shipments and returns come as orders and returns). */
    default void stockMoved(StockMovement movement) {}

    /** An inbound shipment left for Amazon (told on the day it starts moving; the opening stock's on the first day). */
    default void inboundShipped(InboundShipment shipment) {}

    /** A removal or disposal order is done: its units have left Amazon's stock and its fee is due. */
    default void removalCompleted(RemovalOrder order) {}

    default void advertised(AdDay day) {}

    default void offerDay(OfferDay day) {}

    /** A month of storage is over for an FBA offer (told on the month's last simulated day). */
    default void stored(StorageMonth month) {}

    /** The day is over in the marketplace: nothing more will be told about it. */
    default void dayEnded(Marketplace marketplace, int day) {}

    default void finished(Store store) {}
}
