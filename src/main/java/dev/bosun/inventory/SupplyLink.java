package dev.bosun.inventory;

/** Which supplier replenishes a SKU, and which forwarder carries it (null when none is set). */
public record SupplyLink(String sku, long supplierId, Long forwarderId) {}
