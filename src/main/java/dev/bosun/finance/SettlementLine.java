package dev.bosun.finance;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One amount of a settlement, in the vocabulary of the V2 settlement report: {@code amountType} (e.g.
 * {@code ItemPrice}, {@code ItemFees}, {@code Promotion}), {@code amountDescription} (e.g. {@code Principal},
 * {@code Commission}) and {@code amount}. Lines read from the older wide layout are mapped into the same
 * vocabulary (see {@link dev.bosun.finance.domain.WideSettlementAmount}).
 *
 * @param lineNo the ordinal of the row within the settlement in its file (1 is the first row after the summary)
 * @param part the ordinal of this amount within its row: always 1 in the V2 layout, 1, 2… in the wide layout
 * @param marketplace the marketplace named by {@code marketplaceName}; null for non-Amazon channels or none
 * @param amount signed, in {@code currency}; null only for wide-layout rows that carry no amount (such rows hold
 *     the quantity of an order item)
 * @param postedDate the posting date as the file writes it
 * @param postedAt the posting time, when the file gives one
 */
public record SettlementLine(
        String settlementId,
        int lineNo,
        int part,
        String transactionType,
        String orderId,
        String merchantOrderId,
        String adjustmentId,
        String shipmentId,
        String marketplaceName,
        Marketplace marketplace,
        String amountType,
        String amountDescription,
        BigDecimal amount,
        String currency,
        String fulfillmentId,
        LocalDate postedDate,
        Instant postedAt,
        String orderItemCode,
        String merchantOrderItemId,
        String merchantAdjustmentItemId,
        String sku,
        Integer quantityPurchased,
        String promotionId) {}
