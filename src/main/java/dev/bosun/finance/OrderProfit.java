package dev.bosun.finance;

import dev.bosun.shared.Marketplace;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The profit of one order line (an order and SKU): its sales and promotions, the settlement's fees (or Bosun's
 * estimate while no settlement has it), its refunds and its landed cost.
 *
 * @param day the purchase day in the marketplace's zone
 * @param settled whether a settlement has the order line (its fees are then Amazon's, not estimated)
 * @param reporting the figures in the reporting currency; null when an exchange rate is missing
 */
public record OrderProfit(
        String orderId,
        Instant purchasedAt,
        LocalDate day,
        Marketplace marketplace,
        String sku,
        String asin,
        String fulfillmentChannel,
        String orderStatus,
        boolean cancelled,
        boolean settled,
        ProfitFigures local,
        ProfitFigures reporting) {}
