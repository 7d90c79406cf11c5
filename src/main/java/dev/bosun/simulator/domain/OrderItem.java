package dev.bosun.simulator.domain;

import java.time.Instant;

/**
 * One order line (one SKU of an order), with everything that will happen to it decided when it is placed: whether
 * it is cancelled, when it ships, and the fees Amazon charges when it does. Amounts in minor units. An order of
 * several products has a line for each, sharing the order id, time, address, status and shipping; what happens to
 * the order as a whole (claims, chargebacks, feedback, messages, the order defect rate) belongs to its first line.
 *
 * @param day the simulation day it was ordered
 * @param quantity units ordered (a cancelled line still names what was ordered)
 * @param itemPrice the line's price (unit price × quantity, promotions not deducted)
 * @param itemTax sales tax Amazon collects on top (US); VAT is included in EU and JP prices
 * @param promotionDiscount the coupon discount the buyer got, 0 without
 * @param shipDay the day it ships; -1 when cancelled or not shipped by the end of the simulation
 * @param fromAd whether the buyer came from an ad click
 * @param late whether a seller-fulfilled line was shipped after its expected ship date
 * @param validTracking whether a seller-fulfilled shipment has valid tracking
 * @param deliveredLate whether it arrived after the promised date
 * @param claim whether the buyer filed an A-to-z Guarantee claim that was granted
 * @param chargeback whether the buyer's card issuer charged the order back
 * @param fees the fees Amazon charges when the line ships (null when no fee schedule was given)
 * @param line the line's place in its order: 0 for the product the shopper came for, 1 and 2 for others in the basket
 */
public record OrderItem(
        Offer offer,
        String orderId,
        int day,
        Instant purchasedAt,
        Instant lastUpdatedAt,
        OrderStatus status,
        int quantity,
        long itemPrice,
        long itemTax,
        long promotionDiscount,
        String promotionId,
        String shipServiceLevel,
        String[] address,
        boolean business,
        int shipDay,
        Instant shippedAt,
        boolean fromAd,
        boolean sellerCancelled,
        boolean late,
        boolean validTracking,
        boolean deliveredLate,
        boolean claim,
        boolean chargeback,
        OrderFees fees,
        int line) {

    public boolean cancelled() {
        return status == OrderStatus.CANCELLED;
    }

    public boolean shipped() {
        return status == OrderStatus.SHIPPED;
    }

    /** Whether this is the order's first line, the one that stands for the whole order. */
    public boolean firstLine() {
        return line == 0;
    }

    /** Units that count as ordered: none for a cancelled line. */
    public int unitsOrdered() {
        return cancelled() ? 0 : quantity;
    }

    /** Sales that count: the item price of lines not cancelled. */
    public long sales() {
        return cancelled() ? 0 : itemPrice;
    }

    /** The status of an order line as the All Orders report shows it at the end of the simulation. */
    public enum OrderStatus {
        SHIPPED("Shipped", "Shipped"),
        UNSHIPPED("Unshipped", "Unshipped"),
        CANCELLED("Cancelled", "Cancelled");

        private final String orderStatus;
        private final String itemStatus;

        OrderStatus(String orderStatus, String itemStatus) {
            this.orderStatus = orderStatus;
            this.itemStatus = itemStatus;
        }

        public String orderStatus() {
            return orderStatus;
        }

        public String itemStatus() {
            return itemStatus;
        }
    }
}
