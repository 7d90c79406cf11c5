package dev.bosun.finance;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One transaction of the Date Range (transaction) report: an order, refund, fee, transfer or adjustment as Amazon
 * posted it, with its amounts in the report's currency. Text fields the report leaves empty are empty strings
 * when they identify the transaction (settlement id, order id, sku, description), null otherwise.
 *
 * @param key the digest identifying the transaction across downloads (see domain.TransactionKey)
 * @param occurrence 1 for the first of identical rows in a file, 2 for its duplicate, …
 * @param marketplace the marketplace the row names, else the import's default; null when unknown
 * @param marketplaceName the marketplace text as written ({@code amazon.com}), null when empty
 */
public record PaymentTransaction(
        String key,
        int occurrence,
        Instant postedAt,
        String settlementId,
        String type,
        String orderId,
        String sku,
        String description,
        Integer quantity,
        Marketplace marketplace,
        String marketplaceName,
        String accountType,
        String fulfillment,
        String orderCity,
        String orderState,
        String orderPostal,
        String taxCollectionModel,
        String currency,
        Amounts amounts,
        BigDecimal total) {

    /** The amount columns that add up to the total (each null when the report lacks the column). */
    public record Amounts(
            BigDecimal productSales,
            BigDecimal productSalesTax,
            BigDecimal shippingCredits,
            BigDecimal shippingCreditsTax,
            BigDecimal giftWrapCredits,
            BigDecimal giftWrapCreditsTax,
            BigDecimal regulatoryFee,
            BigDecimal regulatoryFeeTax,
            BigDecimal promotionalRebates,
            BigDecimal promotionalRebatesTax,
            BigDecimal marketplaceWithheldTax,
            BigDecimal sellingFees,
            BigDecimal fbaFees,
            BigDecimal otherTransactionFees,
            BigDecimal other) {}
}
