package dev.bosun.simulator.domain;

/** Something that falls due on a later day of a marketplace: what follows an order, the warehouse's findings. */
sealed interface Pending
        permits Pending.DueReturn,
                Pending.DueReview,
                Pending.DueFeedback,
                Pending.DueMessage,
                Pending.DueReimbursement,
                Pending.DueFound,
                Pending.DueRemoval {

    /** A return falling due; {@code reason} forces the reason (a planted return spike), null draws it. */
    record DueReturn(OrderItem order, long key, String reason) implements Pending {}

    record DueReview(OrderItem order, long key) implements Pending {}

    record DueFeedback(OrderItem order, long key) implements Pending {}

    record DueMessage(CustomerMessage message) implements Pending {}

    record DueReimbursement(Offer offer, String reason, int units) implements Pending {}

    record DueFound(Offer offer, int units) implements Pending {}

    /** A removal order's units leave for the seller. */
    record DueRemoval(RemovalOrder order) implements Pending {}
}
