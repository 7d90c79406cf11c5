package dev.bosun.orders.db;

import static dev.bosun.jooq.Tables.ORDER_ITEMS;

import dev.bosun.orders.OrderLine;
import dev.bosun.orders.SkuSales;
import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Order items by account, order and SKU. */
@Repository
public class OrderItems {

    private static final List<String> COLUMNS = List.of(
            "account_id",
            "amazon_order_id",
            "sku",
            "merchant_order_id",
            "marketplace",
            "sales_channel",
            "order_channel",
            "purchased_at",
            "last_updated_at",
            "order_status",
            "fulfillment_channel",
            "ship_service_level",
            "product_name",
            "asin",
            "item_status",
            "quantity",
            "currency",
            "item_price",
            "item_tax",
            "shipping_price",
            "shipping_tax",
            "gift_wrap_price",
            "gift_wrap_tax",
            "item_promotion_discount",
            "ship_promotion_discount",
            "ship_city",
            "ship_state",
            "ship_postal_code",
            "ship_country",
            "promotion_ids",
            "is_business_order",
            "purchase_order_number",
            "price_designation",
            "batch_id");

    private final DSLContext db;

    public OrderItems(DSLContext db) {
        this.db = db;
    }

    public Writer writer(long accountId, long batchId) {
        return new Writer(
                BulkUpsert.into(db, "order_items", COLUMNS, List.of("account_id", "amazon_order_id", "sku"))
                        .unlessStoredIsNewer("last_updated_at"),
                accountId,
                batchId);
    }

    public long deleteBatch(long accountId, long batchId) {
        return db.deleteFrom(ORDER_ITEMS)
                .where(ORDER_ITEMS.ACCOUNT_ID.eq(accountId).and(ORDER_ITEMS.BATCH_ID.eq(batchId)))
                .execute();
    }

    public long unitsOrdered(long accountId, Instant from, Instant to) {
        Long units = db.select(DSL.sum(ORDER_ITEMS.QUANTITY).cast(Long.class))
                .from(ORDER_ITEMS)
                .where(ORDER_ITEMS
                        .ACCOUNT_ID
                        .eq(accountId)
                        .and(ORDER_ITEMS.PURCHASED_AT.ge(from.atOffset(ZoneOffset.UTC)))
                        .and(ORDER_ITEMS.PURCHASED_AT.lt(to.atOffset(ZoneOffset.UTC)))
                        .and(ORDER_ITEMS.ITEM_STATUS.isDistinctFrom("Cancelled")))
                .fetchOne(0, Long.class);
        return units == null ? 0 : units;
    }

    /** Units and sales per marketplace and SKU of the lines purchased in {@code from..to} (half-open). */
    public List<SkuSales> salesBySku(long accountId, Instant from, Instant to) {
        var t = ORDER_ITEMS;
        var units = DSL.sum(t.QUANTITY).cast(Long.class);
        var sales = DSL.sum(t.ITEM_PRICE);
        var asin = DSL.max(t.ASIN);
        var currency = DSL.max(t.CURRENCY);
        return db.select(t.MARKETPLACE, t.SKU, asin, units, sales, currency)
                .from(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.PURCHASED_AT.ge(from.atOffset(ZoneOffset.UTC)))
                .and(t.PURCHASED_AT.lt(to.atOffset(ZoneOffset.UTC)))
                .and(t.ITEM_STATUS.isDistinctFrom("Cancelled"))
                .groupBy(t.MARKETPLACE, t.SKU)
                .orderBy(t.MARKETPLACE, t.SKU)
                .fetch(r -> new SkuSales(
                        r.value1() == null ? null : Marketplace.find(r.value1()).orElse(null),
                        r.value2(),
                        r.value3(),
                        r.value4() == null ? 0 : r.value4(),
                        r.value5() == null ? BigDecimal.ZERO : r.value5(),
                        r.value6()));
    }

    /** The lines purchased in {@code from..to} (half-open), by purchase time. */
    public List<OrderLine> purchasedBetween(long accountId, Instant from, Instant to) {
        return db.selectFrom(ORDER_ITEMS)
                .where(ORDER_ITEMS.ACCOUNT_ID.eq(accountId))
                .and(ORDER_ITEMS.PURCHASED_AT.ge(from.atOffset(ZoneOffset.UTC)))
                .and(ORDER_ITEMS.PURCHASED_AT.lt(to.atOffset(ZoneOffset.UTC)))
                .orderBy(ORDER_ITEMS.PURCHASED_AT, ORDER_ITEMS.AMAZON_ORDER_ID, ORDER_ITEMS.SKU)
                .fetch(OrderItems::toLine);
    }

    /** The lines of one SKU in a marketplace purchased in {@code from..to} (half-open), by purchase time. */
    public List<OrderLine> ofSku(long accountId, Marketplace marketplace, String sku, Instant from, Instant to) {
        return db.selectFrom(ORDER_ITEMS)
                .where(ORDER_ITEMS.ACCOUNT_ID.eq(accountId))
                .and(ORDER_ITEMS.PURCHASED_AT.ge(from.atOffset(ZoneOffset.UTC)))
                .and(ORDER_ITEMS.PURCHASED_AT.lt(to.atOffset(ZoneOffset.UTC)))
                .and(ORDER_ITEMS.MARKETPLACE.eq(marketplace.code()))
                .and(ORDER_ITEMS.SKU.eq(sku))
                .orderBy(ORDER_ITEMS.PURCHASED_AT, ORDER_ITEMS.AMAZON_ORDER_ID)
                .fetch(OrderItems::toLine);
    }

    /** The lines of an order, by SKU. */
    public List<OrderLine> ofOrder(long accountId, String orderId) {
        return db.selectFrom(ORDER_ITEMS)
                .where(ORDER_ITEMS.ACCOUNT_ID.eq(accountId).and(ORDER_ITEMS.AMAZON_ORDER_ID.eq(orderId)))
                .orderBy(ORDER_ITEMS.SKU)
                .fetch(OrderItems::toLine);
    }

    private static OrderLine toLine(dev.bosun.jooq.tables.records.OrderItemsRecord r) {
        return new OrderLine(
                r.getAmazonOrderId(),
                r.getSku(),
                r.getMerchantOrderId(),
                r.getMarketplace() == null
                        ? null
                        : Marketplace.find(r.getMarketplace()).orElse(null),
                r.getSalesChannel(),
                r.getOrderChannel(),
                r.getPurchasedAt().toInstant(),
                r.getLastUpdatedAt() == null ? null : r.getLastUpdatedAt().toInstant(),
                r.getOrderStatus(),
                r.getFulfillmentChannel(),
                r.getShipServiceLevel(),
                r.getProductName(),
                r.getAsin(),
                r.getItemStatus(),
                r.getQuantity(),
                r.getCurrency(),
                r.getItemPrice(),
                r.getItemTax(),
                r.getShippingPrice(),
                r.getShippingTax(),
                r.getGiftWrapPrice(),
                r.getGiftWrapTax(),
                r.getItemPromotionDiscount(),
                r.getShipPromotionDiscount(),
                r.getShipCity(),
                r.getShipState(),
                r.getShipPostalCode(),
                r.getShipCountry(),
                r.getPromotionIds(),
                r.getIsBusinessOrder(),
                r.getPurchaseOrderNumber(),
                r.getPriceDesignation());
    }

    /** Buffers order lines and merges them into the table. */
    public static final class Writer {
        private final BulkUpsert upsert;
        private final long accountId;
        private final long batchId;

        Writer(BulkUpsert upsert, long accountId, long batchId) {
            this.upsert = upsert;
            this.accountId = accountId;
            this.batchId = batchId;
        }

        public void add(OrderLine l) {
            upsert.add(
                    accountId,
                    l.amazonOrderId(),
                    l.sku(),
                    l.merchantOrderId(),
                    l.marketplace() == null ? null : l.marketplace().code(),
                    l.salesChannel(),
                    l.orderChannel(),
                    l.purchasedAt(),
                    l.lastUpdatedAt(),
                    l.orderStatus(),
                    l.fulfillmentChannel(),
                    l.shipServiceLevel(),
                    l.productName(),
                    l.asin(),
                    l.itemStatus(),
                    l.quantity(),
                    l.currency(),
                    l.itemPrice(),
                    l.itemTax(),
                    l.shippingPrice(),
                    l.shippingTax(),
                    l.giftWrapPrice(),
                    l.giftWrapTax(),
                    l.itemPromotionDiscount(),
                    l.shipPromotionDiscount(),
                    l.shipCity(),
                    l.shipState(),
                    l.shipPostalCode(),
                    l.shipCountry(),
                    l.promotionIds(),
                    l.businessOrder(),
                    l.purchaseOrderNumber(),
                    l.priceDesignation(),
                    batchId);
        }

        public UpsertCounts finish() {
            return upsert.finish();
        }
    }
}
