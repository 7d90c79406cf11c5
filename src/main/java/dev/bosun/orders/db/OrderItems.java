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
import java.util.Map;
import java.util.stream.Collectors;
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
        return salesBySku(accountId, List.of(new TimeWindow(from, to))).get(0);
    }

    /**
     * Units and sales per marketplace and SKU in each of several windows; each window's list by marketplace and SKU
     * (the ASIN and currency: the greatest among the lines of all the windows). The whole local days inside a window
     * are read from the day sums ({@code order_sku_days}, kept by triggers on the lines, V311); only the lines of the
     * days a window cuts (at most a day at each end, none when it starts and ends at the marketplace's midnight) are
     * read one by one, so the sums are exactly those of the lines, wherever the windows start and end.
     */
    public List<List<SkuSales>> salesBySku(long accountId, List<TimeWindow> windows) {
        if (windows.isEmpty()) {
            return List.of();
        }
        Instant from =
                windows.stream().map(TimeWindow::from).min(Instant::compareTo).orElseThrow();
        Instant to =
                windows.stream().map(TimeWindow::to).max(Instant::compareTo).orElseThrow();
        java.util.Map<List<String>, SkuTotals> totals = new java.util.TreeMap<>(OrderItems::byMarketplaceAndSku);

        // whole days: the day rows inside each window, joined to the windows and summed per window (a row inside
        // several windows counts in each; three sums a row instead of three filtered sums per window)
        StringBuilder windowList = new StringBuilder();
        for (int i = 0; i < windows.size(); i++) {
            TimeWindow w = windows.get(i);
            windowList
                    .append(i == 0 ? "" : ", ")
                    .append("(")
                    .append(i)
                    .append(", ")
                    .append(at(w.from()))
                    .append(", ")
                    .append(at(w.to()))
                    .append(")");
        }
        String days = "select d.marketplace, d.sku, w.i, max(d.asin), max(d.currency), sum(d.lines), sum(d.units),"
                + " sum(d.sales) from order_sku_days d join (values " + windowList + ") as w(i, f, t)"
                + " on d.day_start >= w.f and d.day_end <= w.t where d.account_id = ? and d.day_start >= " + at(from)
                + " and d.day_end <= " + at(to) + " group by d.marketplace, d.sku, w.i";
        db.resultQuery(days, accountId).forEach(r -> addWindow(totals, r, windows.size()));

        // cut days: the lines of a local day that begins before a window or ends after it, read one by one; which
        // days those are depends on the zone of the line's marketplace, so only the marketplaces the account has
        // lines in are asked for (each day row names its marketplace as the lines do)
        Map<ZoneId, List<String>> zones = new java.util.LinkedHashMap<>();
        for (String code : marketplacesWithDays(accountId)) {
            ZoneId zone = Marketplace.find(code).map(Marketplace::zone).orElse(ZoneOffset.UTC);
            zones.computeIfAbsent(zone, z -> new ArrayList<>()).add(code);
        }
        List<String> cuts = new ArrayList<>();
        List<TimeWindow> reach = new ArrayList<>();
        zones.forEach((zone, codes) -> {
            List<String> ranges = new ArrayList<>();
            for (TimeWindow w : windows) {
                for (TimeWindow cut : cutDays(w, zone)) {
                    ranges.add("(o.purchased_at >= " + at(cut.from()) + " and o.purchased_at < " + at(cut.to()) + ")");
                    reach.add(cut);
                }
            }
            if (!ranges.isEmpty()) {
                String quoted = codes.stream()
                        .map(c -> "'" + c.replace("'", "''") + "'")
                        .collect(Collectors.joining(", "));
                cuts.add("(coalesce(o.marketplace, '') in (" + quoted + ") and (" + String.join(" or ", ranges) + "))");
            }
        });
        if (!cuts.isEmpty()) {
            StringBuilder lines = new StringBuilder("select mp, sku, max(asin), max(currency)");
            for (TimeWindow w : windows) {
                // the complement of the day rows' test above, on the bounds PostgreSQL gives the line's day
                String cut = " filter (where purchased_at >= " + at(w.from()) + " and purchased_at < " + at(w.to())
                        + " and not (day_start >= " + at(w.from()) + " and day_end <= " + at(w.to()) + "))";
                lines.append(", count(*)").append(cut);
                lines.append(", sum(quantity)").append(cut);
                lines.append(", sum(item_price)").append(cut);
            }
            lines.append(" from (select coalesce(o.marketplace, '') as mp, o.sku, o.asin, o.currency, o.quantity,"
                    + " o.item_price, o.purchased_at, d.day::timestamp at time zone d.zone as day_start,"
                    + " (d.day + 1)::timestamp at time zone d.zone as day_end from order_items o"
                    + " cross join lateral (select order_marketplace_zone(o.marketplace) as zone,"
                    + " (o.purchased_at at time zone order_marketplace_zone(o.marketplace))::date as day) d"
                    + " where o.account_id = ? and o.item_status is distinct from 'Cancelled' and (");
            // the cuts' spans again, merged, alone: ranges of the purchase-time index to read
            String or = "";
            for (TimeWindow span : merged(reach)) {
                lines.append(or)
                        .append("(o.purchased_at >= ")
                        .append(at(span.from()))
                        .append(" and o.purchased_at < ")
                        .append(at(span.to()))
                        .append(")");
                or = " or ";
            }
            lines.append(") and (").append(String.join(" or ", cuts)).append(")) l group by mp, sku");
            db.resultQuery(lines.toString(), accountId).forEach(r -> add(totals, r, windows.size()));
        }

        List<List<SkuSales>> result = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            List<SkuSales> window = new ArrayList<>();
            for (var e : totals.entrySet()) {
                SkuTotals t = e.getValue();
                if (t.lines[i] == 0) {
                    continue;
                }
                String marketplace = e.getKey().get(0);
                window.add(new SkuSales(
                        marketplace.isEmpty()
                                ? null
                                : Marketplace.find(marketplace).orElse(null),
                        e.getKey().get(1),
                        t.asin,
                        t.units[i],
                        t.sales[i],
                        t.currency));
            }
            result.add(window);
        }
        return result;
    }

    /**
     * The marketplaces (as the lines write them, "" for none) the account has day rows in: a walk down the day rows'
     * key, one index probe per marketplace.
     */
    private List<String> marketplacesWithDays(long accountId) {
        return db.resultQuery(
                        "with recursive m(code) as (select min(marketplace) from order_sku_days where account_id = ?"
                                + " union all select (select min(d.marketplace) from order_sku_days d"
                                + " where d.account_id = ? and d.marketplace > m.code) from m where m.code is not"
                                + " null) select code from m where code is not null",
                        accountId,
                        accountId)
                .fetch(r -> r.get(0, String.class));
    }

    /** The windows joined where they meet or overlap, in time order. */
    private static List<TimeWindow> merged(List<TimeWindow> windows) {
        List<TimeWindow> sorted = new ArrayList<>(windows);
        sorted.sort(java.util.Comparator.comparing(TimeWindow::from));
        List<TimeWindow> merged = new ArrayList<>();
        for (TimeWindow w : sorted) {
            TimeWindow last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !w.from().isAfter(last.to())) {
                merged.set(
                        merged.size() - 1, new TimeWindow(last.from(), w.to().isAfter(last.to()) ? w.to() : last.to()));
            } else {
                merged.add(w);
            }
        }
        return merged;
    }

    /** The parts of a window that cut a local day of the zone short: before its first and after its last midnight. */
    static List<TimeWindow> cutDays(TimeWindow w, ZoneId zone) {
        if (!w.from().isBefore(w.to())) {
            return List.of();
        }
        Instant firstMidnight =
                w.from().atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        if (firstMidnight.isBefore(w.from())) {
            firstMidnight = w.from()
                    .atZone(zone)
                    .toLocalDate()
                    .plusDays(1)
                    .atStartOfDay(zone)
                    .toInstant();
        }
        Instant lastMidnight =
                w.to().atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        if (!firstMidnight.isBefore(lastMidnight)) {
            // no whole day inside: the window is one cut
            return List.of(w);
        }
        List<TimeWindow> cuts = new ArrayList<>();
        if (w.from().isBefore(firstMidnight)) {
            cuts.add(new TimeWindow(w.from(), firstMidnight));
        }
        if (lastMidnight.isBefore(w.to())) {
            cuts.add(new TimeWindow(lastMidnight, w.to()));
        }
        return cuts;
    }

    /** One SKU's lines, units and sales per window, summed over the day rows and the cut days' lines. */
    private static final class SkuTotals {
        final long[] lines;
        final long[] units;
        final BigDecimal[] sales;
        String asin;
        String currency;

        SkuTotals(int windows) {
            lines = new long[windows];
            units = new long[windows];
            sales = new BigDecimal[windows];
            java.util.Arrays.fill(sales, BigDecimal.ZERO);
        }
    }

    private static void add(java.util.Map<List<String>, SkuTotals> totals, org.jooq.Record r, int windows) {
        String marketplace = r.get(0, String.class);
        List<String> key = List.of(marketplace == null ? "" : marketplace, r.get(1, String.class));
        SkuTotals t = totals.computeIfAbsent(key, k -> new SkuTotals(windows));
        t.asin = greater(t.asin, r.get(2, String.class));
        t.currency = greater(t.currency, r.get(3, String.class));
        for (int i = 0; i < windows; i++) {
            Long lines = r.get(4 + 3 * i, Long.class);
            if (lines == null || lines == 0) {
                continue;
            }
            Long units = r.get(5 + 3 * i, Long.class);
            BigDecimal sales = r.get(6 + 3 * i, BigDecimal.class);
            t.lines[i] += lines;
            t.units[i] += units == null ? 0 : units;
            t.sales[i] = sales == null ? t.sales[i] : t.sales[i].add(sales);
        }
    }

    /** A row of (marketplace, SKU, window, ASIN, currency, lines, units, sales) into the SKU's totals. */
    private static void addWindow(java.util.Map<List<String>, SkuTotals> totals, org.jooq.Record r, int windows) {
        String marketplace = r.get(0, String.class);
        List<String> key = List.of(marketplace == null ? "" : marketplace, r.get(1, String.class));
        SkuTotals t = totals.computeIfAbsent(key, k -> new SkuTotals(windows));
        int i = r.get(2, Integer.class);
        t.asin = greater(t.asin, r.get(3, String.class));
        t.currency = greater(t.currency, r.get(4, String.class));
        Long lines = r.get(5, Long.class);
        if (lines == null || lines == 0) {
            return;
        }
        Long units = r.get(6, Long.class);
        BigDecimal sales = r.get(7, BigDecimal.class);
        t.lines[i] += lines;
        t.units[i] += units == null ? 0 : units;
        t.sales[i] = sales == null ? t.sales[i] : t.sales[i].add(sales);
    }

    /** As PostgreSQL's max over text in collation "C": byte order, nulls ignored. */
    private static String greater(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return java.util.Arrays.compareUnsigned(
                                a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                b.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        >= 0
                ? a
                : b;
    }

    /** Marketplace first (lines without one last, as PostgreSQL sorts nulls), then SKU byte-wise (collation "C"). */
    private static int byMarketplaceAndSku(List<String> a, List<String> b) {
        if (!a.get(0).equals(b.get(0))) {
            if (a.get(0).isEmpty()) {
                return 1;
            }
            if (b.get(0).isEmpty()) {
                return -1;
            }
            return a.get(0).compareTo(b.get(0));
        }
        return java.util.Arrays.compareUnsigned(
                a.get(1).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.get(1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String at(Instant instant) {
        return "timestamp with time zone '" + instant + "'";
    }

    /** Units per SKU and purchase day in the marketplace's zone, days {@code from..to} inclusive; by SKU and day. */
    public List<DailySkuUnits> dailyUnits(long accountId, Marketplace marketplace, LocalDate from, LocalDate to) {
        // the day sums (V311) are kept in the marketplace's zone, the days asked for here
        ZoneId zone = marketplace.zone();
        return db.resultQuery(
                        "select sku, day, units from order_sku_days where account_id = ? and day_start >= "
                                + at(from.minusDays(1).atStartOfDay(zone).toInstant())
                                + " and day_start < "
                                + at(to.plusDays(2).atStartOfDay(zone).toInstant())
                                + " and marketplace = ? and day between ? and ? order by sku, day",
                        accountId,
                        marketplace.code(),
                        from,
                        to)
                .fetch(r -> new DailySkuUnits(r.get(0, String.class), r.get(1, LocalDate.class), r.get(2, Long.class)));
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
