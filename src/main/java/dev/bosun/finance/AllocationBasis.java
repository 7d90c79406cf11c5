package dev.bosun.finance;

/** How an inbound shipment's freight and duties are shared among its units: by their volume or by their weight. */
public enum AllocationBasis {
    VOLUME,
    WEIGHT
}
