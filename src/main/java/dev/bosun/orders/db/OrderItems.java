package dev.bosun.orders.db;

import static dev.bosun.jooq.Tables.ORDER_ITEMS;

import dev.bosun.orders.DailySkuUnits;
import dev.bosun.orders.OrderLine;
import dev.bosun.orders.SkuSales;
import dev.bosun.orders.TimeWindow;
import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
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

    /** When each of the orders was placed (the earliest purchase time of its items); unknown orders are absent. */
    public java.util.Map<String, Instant> purchaseTimes(long accountId, java.util.Collection<String> orderIds) {
        java.util.Map<String, Instant> times = new java.util.HashMap<>();
        List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(orderIds));
        for (int from = 0; from < ids.size(); from += 5_000) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 5_000));
            var purchased = DSL.min(ORDER_ITEMS.PURCHASED_AT);
            db.select(ORDER_ITEMS.AMAZON_ORDER_ID, purchased)
                    .from(ORDER_ITEMS)
                    .where(ORDER_ITEMS.ACCOUNT_ID.eq(accountId))
                    .and(ORDER_ITEMS.AMAZON_ORDER_ID.in(chunk))
                    .groupBy(ORDER_ITEMS.AMAZON_ORDER_ID)
                    .forEach(r -> {
                        if (r.value2() != null) {
                            times.put(r.value1(), r.value2().toInstant());
                        }
                    });
        }
        return times;
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

    /**
     * Units and sales per marketplace and SKU in each of several windows, in one pass over the lines purchased from
     * the earliest window's start to the latest one's end; each window's list by marketplace and SKU.
     */
    public List<List<SkuSales>> salesBySku(long accountId, List<TimeWindow> windows) {
        var t = ORDER_ITEMS;
        if (windows.isEmpty()) {
            return List.of();
        }
        Instant from =
                windows.stream().map(TimeWindow::from).min(Instant::compareTo).orElseThrow();
        Instant to =
                windows.stream().map(TimeWindow::to).max(Instant::compareTo).orElseThrow();
        List<Field<?>> fields = new ArrayList<>(List.of(t.MARKETPLACE, t.SKU, DSL.max(t.ASIN), DSL.max(t.CURRENCY)));
        for (TimeWindow w : windows) {
            Condition in = purchasedWithin(w.from(), w.to());
            fields.add(DSL.count().filterWhere(in));
            fields.add(DSL.sum(t.QUANTITY).filterWhere(in));
            fields.add(DSL.sum(t.ITEM_PRICE).filterWhere(in));
        }
        List<List<SkuSales>> result = new ArrayList<>();
        windows.forEach(w -> result.add(new ArrayList<>()));
        db.select(fields)
                .from(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(purchasedWithin(from, to))
                .and(t.ITEM_STATUS.isDistinctFrom("Cancelled"))
                .groupBy(t.MARKETPLACE, t.SKU)
                .orderBy(t.MARKETPLACE, t.SKU)
                .forEach(r -> {
                    String marketplace = r.get(0, String.class);
                    for (int i = 0; i < windows.size(); i++) {
                        Integer lines = r.get(4 + 3 * i, Integer.class);
                        if (lines == null || lines == 0) {
                            continue;
                        }
                        Long units = r.get(5 + 3 * i, Long.class);
                        BigDecimal sales = r.get(6 + 3 * i, BigDecimal.class);
                        result.get(i)
                                .add(new SkuSales(
                                        marketplace == null
                                                ? null
                                                : Marketplace.find(marketplace).orElse(null),
                                        r.get(1, String.class),
                                        r.get(2, String.class),
                                        units == null ? 0 : units,
                                        sales == null ? BigDecimal.ZERO : sales,
                                        r.get(3, String.class)));
                    }
                });
        return result;
    }

    /**
     * Purchased in {@code from..to} (half-open), the instants written into the statement: PostgreSQL then plans each
     * day's windows for what they hold (a parallel index-only scan), where the generic plan of a statement prepared
     * again and again sorts millions of lines on one core (three times slower, measured on 5,000 SKUs).
     */
    /** Units per SKU and purchase day in the marketplace's zone, days {@code from..to} inclusive; by SKU and day. */
    public List<DailySkuUnits> dailyUnits(long accountId, Marketplace marketplace, LocalDate from, LocalDate to) {
        var t = ORDER_ITEMS;
        ZoneId zone = marketplace.zone();
        var day = DSL.field(
                "cast({0} at time zone {1} as date)", LocalDate.class, t.PURCHASED_AT, DSL.inline(zone.getId()));
        var units = DSL.sum(t.QUANTITY).cast(Long.class);
        return db.select(t.SKU, day, units)
                .from(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.MARKETPLACE.eq(marketplace.code()))
                .and(t.PURCHASED_AT.ge(from.atStartOfDay(zone).toOffsetDateTime()))
                .and(t.PURCHASED_AT.lt(to.plusDays(1).atStartOfDay(zone).toOffsetDateTime()))
                .and(t.ITEM_STATUS.isDistinctFrom("Cancelled"))
                .groupBy(t.SKU, day)
                .orderBy(t.SKU, day)
                .fetch(r -> new DailySkuUnits(r.value1(), r.value2(), r.value3() == null ? 0 : r.value3()));
    }

    private static Condition purchasedWithin(Instant from, Instant to) {
        return ORDER_ITEMS
                .PURCHASED_AT
                .ge(DSL.inline(from.atOffset(ZoneOffset.UTC)))
                .and(ORDER_ITEMS.PURCHASED_AT.lt(DSL.inline(to.atOffset(ZoneOffset.UTC))));
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
