package dev.bosun.simulator.domain;

/** Goods ordered from a supplier for an offer, ready to ship on {@code readyDay}. */
record PurchaseOrder(Offer offer, int units, int readyDay, Forwarder forwarder) {}
