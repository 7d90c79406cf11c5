package dev.bosun.simulator.reports;

import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.domain.OrderItem;
import dev.bosun.simulator.domain.ReturnedItem;
import dev.bosun.simulator.domain.Store;
import dev.bosun.simulator.domain.StoreEvents;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes each marketplace's All Orders report (by order date; columns per Amazon's order tracking report
 * attributes), the FBA customer returns report and the returns report of seller-fulfilled orders, row by row as the
 * simulation runs.
 */
final class OrderReports implements StoreEvents {

    static final List<String> ALL_ORDERS = List.of(
            "amazon-order-id",
            "merchant-order-id",
            "purchase-date",
            "last-updated-date",
            "order-status",
            "fulfillment-channel",
            "sales-channel",
            "order-channel",
            "ship-service-level",
            "product-name",
            "sku",
            "asin",
            "item-status",
            "quantity",
            "currency",
            "item-price",
            "item-tax",
            "shipping-price",
            "shipping-tax",
            "gift-wrap-price",
            "gift-wrap-tax",
            "item-promotion-discount",
            "ship-promotion-discount",
            "ship-city",
            "ship-state",
            "ship-postal-code",
            "ship-country",
            "promotion-ids",
            "cpf",
            "is-business-order",
            "purchase-order-number",
            "price-designation");

    static final List<String> FBA_RETURNS = List.of(
            "return-date",
            "order-id",
            "sku",
            "asin",
            "fnsku",
            "product-name",
            "quantity",
            "fulfillment-center-id",
            "detailed-disposition",
            "reason",
            "status",
            "license-plate-number",
            "customer-comments");

    static final List<String> MERCHANT_RETURNS = List.of(
            "Order ID",
            "Order date",
            "Return request date",
            "Return request status",
            "Amazon RMA ID",
            "Merchant RMA ID",
            "Label type",
            "Label cost",
            "Currency code",
            "Return carrier",
            "Tracking ID",
            "Label to be paid by",
            "A-to-Z Claim",
            "Is prime",
            "ASIN",
            "Merchant SKU",
            "Item Name",
            "Return quantity",
            "Return Reason",
            "In policy",
            "Return type",
            "Resolution",
            "Invoice number",
            "Return delivery date",
            "Order Amount",
            "Order quantity",
            "SafeT Action reason",
            "SafeT claim id",
            "SafeT claim state",
            "SafeT claim creation time",
            "SafeT claim reimbursement amount",
            "Refunded Amount");

    private final StoreFolder folder;
    private final Map<Marketplace, TextFile> orders = new EnumMap<>(Marketplace.class);
    private final Map<Marketplace, TextFile> fbaReturns = new EnumMap<>(Marketplace.class);
    private final Map<Marketplace, TextFile> merchantReturns = new EnumMap<>(Marketplace.class);
    private Store store;

    OrderReports(StoreFolder folder) {
        this.folder = folder;
    }

    @Override
    public void started(Store store) {
        this.store = store;
        for (Marketplace marketplace : store.plan().marketplaces()) {
            orders.put(
                    marketplace,
                    folder.flatFile(marketplace, "orders/all-orders.txt", "orders.all-orders", ALL_ORDERS));
            fbaReturns.put(
                    marketplace,
                    folder.flatFile(
                            marketplace,
                            "returns/fba-customer-returns.txt",
                            "orders.fba-customer-returns",
                            FBA_RETURNS));
            if (store.offers(marketplace).stream().anyMatch(o -> !o.fba())) {
                merchantReturns.put(
                        marketplace,
                        folder.flatFile(
                                marketplace,
                                "returns/merchant-returns.txt",
                                "orders.merchant-returns",
                                MERCHANT_RETURNS));
            }
        }
    }

    @Override
    public void ordered(OrderItem item) {
        Marketplace marketplace = item.offer().marketplace();
        FileLocale locale = folder.locale(marketplace);
        boolean cancelled = item.cancelled();
        String[] address = item.address();
        orders.get(marketplace)
                .row(
                        item.orderId(),
                        null,
                        FileLocale.iso(item.purchasedAt()),
                        FileLocale.iso(item.lastUpdatedAt()),
                        item.status().orderStatus(),
                        item.offer().fba() ? "Amazon" : "Merchant",
                        item.offer().locality().salesChannel(),
                        null,
                        item.shipServiceLevel(),
                        item.offer().title(),
                        item.offer().sku(),
                        item.offer().asin(),
                        item.status().itemStatus(),
                        Integer.toString(cancelled ? 0 : item.quantity()),
                        locale.currency(),
                        cancelled ? null : locale.amount(item.itemPrice()),
                        cancelled ? null : locale.amount(item.itemTax()),
                        cancelled ? null : locale.amount(0),
                        cancelled ? null : locale.amount(0),
                        null,
                        null,
                        cancelled ? null : locale.amount(-item.promotionDiscount()),
                        cancelled ? null : locale.amount(0),
                        address[0],
                        address[1],
                        address[2],
                        marketplace.code(),
                        item.promotionId(),
                        null,
                        Boolean.toString(item.business()),
                        null,
                        item.business() ? "BusinessPrice" : null);
    }

    @Override
    public void returned(ReturnedItem item) {
        Marketplace marketplace = item.offer().marketplace();
        FileLocale locale = folder.locale(marketplace);
        OrderItem order = item.order();
        if (item.offer().fba()) {
            fbaReturns
                    .get(marketplace)
                    .row(
                            FileLocale.iso(item.returnedAt()),
                            order.orderId(),
                            item.offer().sku(),
                            item.offer().asin(),
                            item.offer().fnsku(),
                            item.offer().title(),
                            Integer.toString(item.quantity()),
                            item.fulfillmentCenter(),
                            item.disposition(),
                            item.reason(),
                            item.status(),
                            item.licensePlate(),
                            item.comment());
            return;
        }
        java.time.LocalDate requested = store.plan().date(item.day());
        merchantReturns
                .get(marketplace)
                .row(
                        order.orderId(),
                        FileLocale.dayMonthName(store.plan().date(order.day())),
                        FileLocale.dayMonthName(requested),
                        item.status(),
                        item.rmaId(),
                        null,
                        "AmazonPrePaidLabel",
                        locale.amount(item.offer().locality().minorDigits() == 0 ? 700 : 550),
                        locale.currency(),
                        "UPS",
                        item.trackingId(),
                        "Seller",
                        "N",
                        "N",
                        item.offer().asin(),
                        item.offer().sku(),
                        item.offer().title(),
                        Integer.toString(item.quantity()),
                        item.reason(),
                        "Y",
                        "C-Returns",
                        "StandardRefund",
                        null,
                        FileLocale.dayMonthName(requested.plusDays(4)),
                        locale.amount(order.itemPrice()),
                        Integer.toString(order.quantity()),
                        null,
                        null,
                        null,
                        null,
                        null,
                        locale.amount(item.refund()));
    }

    @Override
    public void finished(Store store) {
        orders.values().forEach(TextFile::close);
        fbaReturns.values().forEach(TextFile::close);
        merchantReturns.values().forEach(TextFile::close);
    }
}
