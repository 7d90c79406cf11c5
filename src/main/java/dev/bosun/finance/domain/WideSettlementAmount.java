package dev.bosun.finance.domain;

/**
 * The amount columns of the older wide settlement flat file ({@code GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE}), in
 * the order of its header, and how each maps onto the V2 layout's {@code amount-type}, {@code amount-description}
 * and {@code amount}. Amazon's migration note says the type columns become {@code amount-type}, their values
 * {@code amount-description}, and {@code other-fee-reason-description} becomes {@code amount-description}. The
 * V2 names {@code ItemPrice}, {@code ItemFees} and {@code Promotion} are Amazon's; the others are Bosun's labels
 * for the columns whose V2 name Amazon does not document.
 */
public enum WideSettlementAmount {
    SHIPMENT_FEE("shipment-fee-amount", "shipment-fee-type", "ShipmentFees"),
    ORDER_FEE("order-fee-amount", "order-fee-type", "OrderFees"),
    PRICE("price-amount", "price-type", "ItemPrice"),
    ITEM_RELATED_FEE("item-related-fee-amount", "item-related-fee-type", "ItemFees"),
    MISC_FEE("misc-fee-amount", null, "MiscFees"),
    OTHER_FEE("other-fee-amount", "other-fee-reason-description", "OtherFees"),
    PROMOTION("promotion-amount", "promotion-type", "Promotion"),
    DIRECT_PAYMENT("direct-payment-amount", "direct-payment-type", "DirectPayment"),
    OTHER("other-amount", null, "other-transaction");

    private final String amountColumn;
    private final String typeColumn;
    private final String amountType;

    WideSettlementAmount(String amountColumn, String typeColumn, String amountType) {
        this.amountColumn = amountColumn;
        this.typeColumn = typeColumn;
        this.amountType = amountType;
    }

    /** The column holding the amount, e.g. {@code price-amount}. */
    public String amountColumn() {
        return amountColumn;
    }

    /** The column naming what the amount is, e.g. {@code price-type}; null for the columns that have none. */
    public String typeColumn() {
        return typeColumn;
    }

    /** The V2 {@code amount-type} of amounts in this column. */
    public String amountType() {
        return amountType;
    }

    /**
     * The V2 {@code amount-description}: the value of the type column, or the row's transaction type when the
     * column has no type column or it is empty (e.g. {@code Subscription Fee} for an {@code other-amount}).
     */
    public String description(String typeValue, String transactionType) {
        return typeValue != null && !typeValue.isBlank() ? typeValue.strip() : transactionType;
    }
}
