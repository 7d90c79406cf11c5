/**
 * Orders and what follows them: order items from the All Orders reports, and (as they arrive) shipments,
 * returns, refunds and buyer messages with their answer timers. Report rows come in through the importers of
 * {@code importing}; other modules read orders through {@link dev.bosun.orders.OrderBook}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Orders and service")
package dev.bosun.orders;
