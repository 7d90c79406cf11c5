package dev.bosun.simulator.domain;

/**
 * A factory the store buys from.
 *
 * @param leadDays production days from purchase order to goods ready
 * @param minimumOrder units per purchase order at least
 * @param cartonUnits units per carton (orders are whole cartons)
 */
public record Supplier(String name, int leadDays, int minimumOrder, int cartonUnits) {}
