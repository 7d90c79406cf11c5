package dev.bosun.orders;

/**
 * Bosun's grouping of Amazon's return reason codes by what the seller can do about them: fix the product
 * ({@link #QUALITY}), the packaging or carrier ({@link #DAMAGED}), the listing ({@link #NOT_AS_DESCRIBED}), the
 * size chart ({@link #SIZE}), the delivery ({@link #LOGISTICS}); {@link #UNWANTED} returns are buyer's remorse.
 * {@link #OTHER} holds codes Bosun does not know and those that fit no group.
 */
public enum ReasonGroup {
    QUALITY,
    DAMAGED,
    NOT_AS_DESCRIBED,
    SIZE,
    LOGISTICS,
    UNWANTED,
    OTHER
}
