package dev.bosun.catalog.db;

import static dev.bosun.jooq.Tables.ASIN_TRAFFIC;

import dev.bosun.catalog.AsinTraffic;
import dev.bosun.catalog.AsinTraffic.AsinLevel;
import dev.bosun.catalog.AsinTraffic.Field;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Sales and traffic per ASIN (and SKU) and period. A row without SKU is stored with SKU '' (part of the key). */
@Repository
public class AsinTrafficRows {

    private static final List<String> KEYS =
            List.of("account_id", "marketplace", "period_from", "period_to", "asin", "sku");
    private static final List<Column<AsinTraffic>> COLUMNS = List.of(
            Column.always("marketplace", AsinTraffic::marketplace),
            Column.always("period_from", AsinTraffic::periodFrom),
            Column.always("period_to", AsinTraffic::periodTo),
            Column.always("asin", AsinTraffic::asin),
            Column.always("sku", t -> t.sku() == null ? "" : t.sku()),
            Column.always("asin_level", AsinTraffic::level),
            Column.always("currency", AsinTraffic::currency),
            Column.of(Field.PARENT_ASIN, AsinTraffic::parentAsin),
            Column.of(Field.TITLE, AsinTraffic::title),
            Column.of(Field.SESSIONS, AsinTraffic::sessions),
            Column.of(Field.SESSIONS_B2B, AsinTraffic::sessionsB2b),
            Column.of(Field.BROWSER_SESSIONS, AsinTraffic::browserSessions),
            Column.of(Field.MOBILE_APP_SESSIONS, AsinTraffic::mobileAppSessions),
            Column.of(Field.SESSION_SHARE, AsinTraffic::sessionShare),
            Column.of(Field.SESSION_SHARE_B2B, AsinTraffic::sessionShareB2b),
            Column.of(Field.PAGE_VIEWS, AsinTraffic::pageViews),
            Column.of(Field.PAGE_VIEWS_B2B, AsinTraffic::pageViewsB2b),
            Column.of(Field.BROWSER_PAGE_VIEWS, AsinTraffic::browserPageViews),
            Column.of(Field.MOBILE_APP_PAGE_VIEWS, AsinTraffic::mobileAppPageViews),
            Column.of(Field.PAGE_VIEW_SHARE, AsinTraffic::pageViewShare),
            Column.of(Field.PAGE_VIEW_SHARE_B2B, AsinTraffic::pageViewShareB2b),
            Column.of(Field.BUY_BOX_SHARE, AsinTraffic::buyBoxShare),
            Column.of(Field.BUY_BOX_SHARE_B2B, AsinTraffic::buyBoxShareB2b),
            Column.of(Field.UNITS_ORDERED, AsinTraffic::unitsOrdered),
            Column.of(Field.UNITS_ORDERED_B2B, AsinTraffic::unitsOrderedB2b),
            Column.of(Field.UNIT_SESSION_RATE, AsinTraffic::unitSessionRate),
            Column.of(Field.UNIT_SESSION_RATE_B2B, AsinTraffic::unitSessionRateB2b),
            Column.of(Field.ORDERED_PRODUCT_SALES, AsinTraffic::orderedProductSales),
            Column.of(Field.ORDERED_PRODUCT_SALES_B2B, AsinTraffic::orderedProductSalesB2b),
            Column.of(Field.TOTAL_ORDER_ITEMS, AsinTraffic::totalOrderItems),
            Column.of(Field.TOTAL_ORDER_ITEMS_B2B, AsinTraffic::totalOrderItemsB2b));

    private final DSLContext db;

    public AsinTrafficRows(DSLContext db) {
        this.db = db;
    }

    public RowWriter<AsinTraffic> writer(long accountId, long batchId, Set<Field> reported) {
        return new RowWriter<>(db, "asin_traffic", KEYS, COLUMNS, reported, accountId, batchId);
    }

    /** Rows whose period lies within {@code from..to}, by period and ASIN. */
    public List<AsinTraffic> within(long accountId, Marketplace marketplace, LocalDate from, LocalDate to) {
        return select(ASIN_TRAFFIC
                .ACCOUNT_ID
                .eq(accountId)
                .and(ASIN_TRAFFIC.MARKETPLACE.eq(marketplace.code()))
                .and(ASIN_TRAFFIC.PERIOD_FROM.ge(from))
                .and(ASIN_TRAFFIC.PERIOD_TO.le(to)));
    }

    /**
     * The child-ASIN rows of the periods within {@code from..to} with only the funnel's figures (sessions, page views,
     * Buy Box share, units, sales and order items; the rest null), by period, ASIN and SKU: the daily review reads a
     * month of them for thousands of ASINs, and the full rows cost it seconds.
     */
    public List<AsinTraffic> funnelWithin(long accountId, Marketplace marketplace, LocalDate from, LocalDate to) {
        var t = ASIN_TRAFFIC;
        return db.select(
                        t.PERIOD_FROM,
                        t.PERIOD_TO,
                        t.ASIN,
                        t.SKU,
                        t.SESSIONS,
                        t.PAGE_VIEWS,
                        t.BUY_BOX_SHARE,
                        t.UNITS_ORDERED,
                        t.CURRENCY,
                        t.ORDERED_PRODUCT_SALES,
                        t.TOTAL_ORDER_ITEMS)
                .from(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.MARKETPLACE.eq(marketplace.code()))
                .and(t.PERIOD_FROM.ge(from))
                .and(t.PERIOD_TO.le(to))
                .and(t.ASIN_LEVEL.eq(AsinLevel.CHILD.name()))
                .orderBy(t.PERIOD_FROM, t.PERIOD_TO, t.ASIN, t.SKU)
                .fetch(r -> new AsinTraffic(
                        marketplace,
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4().isEmpty() ? null : r.value4(),
                        AsinLevel.CHILD,
                        null,
                        null,
                        r.value5(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        r.value6(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        r.value7(),
                        null,
                        r.value8(),
                        null,
                        null,
                        null,
                        r.value9(),
                        r.value10(),
                        null,
                        r.value11(),
                        null));
    }

    /** How far back from the latest period the parents of child ASINs are read (a parent seldom changes). */
    static final int PARENT_DAYS = 92;

    /**
     * Each child ASIN's parent ASIN in a marketplace, from its latest report row that names one among the periods
     * ending in the {@link #PARENT_DAYS} days up to the latest period (an ASIN absent from the reports for longer has
     * no parent here).
     */
    public java.util.Map<String, String> parents(long accountId, Marketplace marketplace) {
        java.util.Map<String, String> parents = new java.util.HashMap<>();
        java.time.LocalDate latest = db.select(DSL.max(ASIN_TRAFFIC.PERIOD_TO))
                .from(ASIN_TRAFFIC)
                .where(ASIN_TRAFFIC.ACCOUNT_ID.eq(accountId))
                .and(ASIN_TRAFFIC.MARKETPLACE.eq(marketplace.code()))
                .and(ASIN_TRAFFIC.ASIN_LEVEL.eq("CHILD"))
                .fetchOne(0, java.time.LocalDate.class);
        if (latest == null) {
            return parents;
        }
        // each (child, parent) pair with its latest period, then the latest pair per child: a hash aggregate over the
        // periods' rows, where DISTINCT ON sorted all of them
        java.util.Map<String, java.time.LocalDate> seen = new java.util.HashMap<>();
        var lastSeen = DSL.max(ASIN_TRAFFIC.PERIOD_TO);
        db.select(ASIN_TRAFFIC.ASIN, ASIN_TRAFFIC.PARENT_ASIN, lastSeen)
                .from(ASIN_TRAFFIC)
                .where(ASIN_TRAFFIC.ACCOUNT_ID.eq(accountId))
                .and(ASIN_TRAFFIC.MARKETPLACE.eq(marketplace.code()))
                .and(ASIN_TRAFFIC.ASIN_LEVEL.eq("CHILD"))
                .and(ASIN_TRAFFIC.PERIOD_TO.ge(latest.minusDays(PARENT_DAYS)))
                .and(ASIN_TRAFFIC.PARENT_ASIN.isNotNull())
                .groupBy(ASIN_TRAFFIC.ASIN, ASIN_TRAFFIC.PARENT_ASIN)
                .forEach(r -> {
                    java.time.LocalDate before = seen.get(r.value1());
                    // the latest period wins; a tie (two parents in one period) goes to the greater parent ASIN, so
                    // the answer does not depend on the order the rows come in
                    if (before == null
                            || r.value3().isAfter(before)
                            || (r.value3().equals(before) && r.value2().compareTo(parents.get(r.value1())) > 0)) {
                        seen.put(r.value1(), r.value3());
                        parents.put(r.value1(), r.value2());
                    }
                });
        return parents;
    }

    /** All periods of one ASIN (child or parent) in a marketplace. */
    public List<AsinTraffic> ofAsin(long accountId, Marketplace marketplace, String asin) {
        return select(ASIN_TRAFFIC
                .ACCOUNT_ID
                .eq(accountId)
                .and(ASIN_TRAFFIC.MARKETPLACE.eq(marketplace.code()))
                .and(ASIN_TRAFFIC.ASIN.eq(asin)));
    }

    private List<AsinTraffic> select(Condition condition) {
        return db.selectFrom(ASIN_TRAFFIC)
                .where(condition)
                .orderBy(ASIN_TRAFFIC.PERIOD_FROM, ASIN_TRAFFIC.PERIOD_TO, ASIN_TRAFFIC.ASIN, ASIN_TRAFFIC.SKU)
                .fetch(AsinTrafficRows::traffic);
    }

    private static AsinTraffic traffic(Record r) {
        String sku = r.get(ASIN_TRAFFIC.SKU);
        return new AsinTraffic(
                Marketplace.valueOf(r.get(ASIN_TRAFFIC.MARKETPLACE)),
                r.get(ASIN_TRAFFIC.PERIOD_FROM),
                r.get(ASIN_TRAFFIC.PERIOD_TO),
                r.get(ASIN_TRAFFIC.ASIN),
                sku.isEmpty() ? null : sku,
                AsinLevel.valueOf(r.get(ASIN_TRAFFIC.ASIN_LEVEL)),
                r.get(ASIN_TRAFFIC.PARENT_ASIN),
                r.get(ASIN_TRAFFIC.TITLE),
                r.get(ASIN_TRAFFIC.SESSIONS),
                r.get(ASIN_TRAFFIC.SESSIONS_B2B),
                r.get(ASIN_TRAFFIC.BROWSER_SESSIONS),
                r.get(ASIN_TRAFFIC.MOBILE_APP_SESSIONS),
                r.get(ASIN_TRAFFIC.SESSION_SHARE),
                r.get(ASIN_TRAFFIC.SESSION_SHARE_B2B),
                r.get(ASIN_TRAFFIC.PAGE_VIEWS),
                r.get(ASIN_TRAFFIC.PAGE_VIEWS_B2B),
                r.get(ASIN_TRAFFIC.BROWSER_PAGE_VIEWS),
                r.get(ASIN_TRAFFIC.MOBILE_APP_PAGE_VIEWS),
                r.get(ASIN_TRAFFIC.PAGE_VIEW_SHARE),
                r.get(ASIN_TRAFFIC.PAGE_VIEW_SHARE_B2B),
                r.get(ASIN_TRAFFIC.BUY_BOX_SHARE),
                r.get(ASIN_TRAFFIC.BUY_BOX_SHARE_B2B),
                r.get(ASIN_TRAFFIC.UNITS_ORDERED),
                r.get(ASIN_TRAFFIC.UNITS_ORDERED_B2B),
                r.get(ASIN_TRAFFIC.UNIT_SESSION_RATE),
                r.get(ASIN_TRAFFIC.UNIT_SESSION_RATE_B2B),
                r.get(ASIN_TRAFFIC.CURRENCY),
                r.get(ASIN_TRAFFIC.ORDERED_PRODUCT_SALES),
                r.get(ASIN_TRAFFIC.ORDERED_PRODUCT_SALES_B2B),
                r.get(ASIN_TRAFFIC.TOTAL_ORDER_ITEMS),
                r.get(ASIN_TRAFFIC.TOTAL_ORDER_ITEMS_B2B));
    }
}
