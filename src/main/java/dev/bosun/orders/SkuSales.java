package dev.bosun.orders;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;

/**
 * What one SKU sold in a marketplace over a span of time, from the order lines (cancelled items left out).
 *
 * @param asin the ASIN of the latest order line, or null
 * @param units units ordered
 * @param sales item prices of the lines that have one (pending orders have none), in {@code currency}
 * @param currency the currency of the sales; null when no line was priced
 */
public record SkuSales(
        Marketplace marketplace, String sku, String asin, long units, BigDecimal sales, String currency) {}
