package dev.bosun.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One order's profit: each line's figures, and every amount the settlements booked for the order (the actual fees
 * that win over Bosun's estimates).
 */
public record OrderStatement(String orderId, List<OrderProfit> lines, List<FeeLine> feeLines) {

    public OrderStatement {
        lines = List.copyOf(lines);
        feeLines = List.copyOf(feeLines);
    }

    /**
     * One settlement amount of the order.
     *
     * @param counts the profit part it counts in ({@code REFERRAL_FEES}, {@code REFUNDS}, …), or null when it does
     *     not count (taxes Amazon remits, the order's principal which the order line gives)
     */
    public record FeeLine(
            String settlementId,
            LocalDate postedDate,
            String transactionType,
            String sku,
            String amountType,
            String amountDescription,
            BigDecimal amount,
            String currency,
            String counts) {}
}
