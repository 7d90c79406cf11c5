package dev.bosun.orders;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A buyer's request to return a merchant-fulfilled order item, as the returns report by return date lists it
 * (one row per Amazon RMA id and SKU of an order). Amounts are in {@code currency}.
 *
 * @param amazonRmaId Amazon's return authorisation id; null when the report gives none
 * @param marketplace the marketplace of the account the report was imported for; null when not known
 * @param labelPaidBy who pays the return label: {@code Customer}, {@code Seller}, …
 * @param aToZClaim whether the buyer filed an A-to-z Guarantee claim
 * @param inPolicy whether the return is within Amazon's return policy
 * @param reason the buyer's reason; null when the report gives none
 * @param returnType e.g. {@code C-Returns}
 * @param resolution e.g. {@code StandardRefund}
 * @param safetClaimCreatedAt when the seller filed a SafeT claim for the return, if any
 */
public record MerchantReturn(
        String orderId,
        String amazonRmaId,
        String merchantSku,
        Marketplace marketplace,
        LocalDate orderDate,
        LocalDate returnRequestedOn,
        String returnRequestStatus,
        String merchantRmaId,
        String labelType,
        BigDecimal labelCost,
        String currency,
        String returnCarrier,
        String trackingId,
        String labelPaidBy,
        Boolean aToZClaim,
        Boolean prime,
        String asin,
        String itemName,
        int returnQuantity,
        ReturnReason reason,
        Boolean inPolicy,
        String returnType,
        String resolution,
        String invoiceNumber,
        LocalDate returnDeliveredOn,
        BigDecimal orderAmount,
        Integer orderQuantity,
        String safetActionReason,
        String safetClaimId,
        String safetClaimState,
        Instant safetClaimCreatedAt,
        BigDecimal safetReimbursementAmount,
        BigDecimal refundedAmount) {}
