/**
 * Orders and what follows them: order items from the All Orders reports, FBA customer returns and merchant return
 * requests with Bosun's grouping of the buyers' reasons, and buyer messages with their answer times (as they arrive:
 * shipments and refunds). Report rows come in through the importers of {@code importing}; other modules read through
 * {@link dev.bosun.orders.OrderBook}, {@link dev.bosun.orders.Returns} and {@link dev.bosun.orders.BuyerMessages}. Its
 * {@code review} package contributes the daily review's return-spike and buyer-message checks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Orders and service")
package dev.bosun.orders;
