package dev.bosun.orders;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One order item as an All Orders report gives it. Amounts are in {@code currency}, for the whole line (all
 * units), and null while Amazon has not priced the order (pending orders).
 *
 * @param marketplace null for non-Amazon channels (multi-channel fulfilment)
 * @param fulfillmentChannel {@code AFN} (fulfilled by Amazon) or {@code MFN} (by the merchant)
 */
public record OrderLine(
        String amazonOrderId,
        String sku,
        String merchantOrderId,
        Marketplace marketplace,
        String salesChannel,
        String orderChannel,
        Instant purchasedAt,
        Instant lastUpdatedAt,
        String orderStatus,
        String fulfillmentChannel,
        String shipServiceLevel,
        String productName,
        String asin,
        String itemStatus,
        int quantity,
        String currency,
        BigDecimal itemPrice,
        BigDecimal itemTax,
        BigDecimal shippingPrice,
        BigDecimal shippingTax,
        BigDecimal giftWrapPrice,
        BigDecimal giftWrapTax,
        BigDecimal itemPromotionDiscount,
        BigDecimal shipPromotionDiscount,
        String shipCity,
        String shipState,
        String shipPostalCode,
        String shipCountry,
        String promotionIds,
        Boolean businessOrder,
        String purchaseOrderNumber,
        String priceDesignation) {}
