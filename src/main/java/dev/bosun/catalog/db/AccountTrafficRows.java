package dev.bosun.catalog.db;

import static dev.bosun.jooq.Tables.ACCOUNT_TRAFFIC;

import dev.bosun.catalog.AccountTraffic;
import dev.bosun.catalog.AccountTraffic.Field;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** Sales and traffic of whole accounts per marketplace and period (day, week or month). */
@Repository
public class AccountTrafficRows {

    private static final List<String> KEYS = List.of("account_id", "marketplace", "period_from", "period_to");
    private static final List<Column<AccountTraffic>> COLUMNS = List.of(
            Column.always("marketplace", AccountTraffic::marketplace),
            Column.always("period_from", AccountTraffic::periodFrom),
            Column.always("period_to", AccountTraffic::periodTo),
            Column.always("currency", AccountTraffic::currency),
            Column.of(Field.ORDERED_PRODUCT_SALES, AccountTraffic::orderedProductSales),
            Column.of(Field.ORDERED_PRODUCT_SALES_B2B, AccountTraffic::orderedProductSalesB2b),
            Column.of(Field.UNITS_ORDERED, AccountTraffic::unitsOrdered),
            Column.of(Field.UNITS_ORDERED_B2B, AccountTraffic::unitsOrderedB2b),
            Column.of(Field.TOTAL_ORDER_ITEMS, AccountTraffic::totalOrderItems),
            Column.of(Field.TOTAL_ORDER_ITEMS_B2B, AccountTraffic::totalOrderItemsB2b),
            Column.of(Field.AVERAGE_SALES_PER_ORDER_ITEM, AccountTraffic::averageSalesPerOrderItem),
            Column.of(Field.AVERAGE_SALES_PER_ORDER_ITEM_B2B, AccountTraffic::averageSalesPerOrderItemB2b),
            Column.of(Field.AVERAGE_UNITS_PER_ORDER_ITEM, AccountTraffic::averageUnitsPerOrderItem),
            Column.of(Field.AVERAGE_UNITS_PER_ORDER_ITEM_B2B, AccountTraffic::averageUnitsPerOrderItemB2b),
            Column.of(Field.AVERAGE_SELLING_PRICE, AccountTraffic::averageSellingPrice),
            Column.of(Field.AVERAGE_SELLING_PRICE_B2B, AccountTraffic::averageSellingPriceB2b),
            Column.of(Field.UNITS_REFUNDED, AccountTraffic::unitsRefunded),
            Column.of(Field.REFUND_RATE, AccountTraffic::refundRate),
            Column.of(Field.CLAIMS_GRANTED, AccountTraffic::claimsGranted),
            Column.of(Field.CLAIMS_AMOUNT, AccountTraffic::claimsAmount),
            Column.of(Field.SHIPPED_PRODUCT_SALES, AccountTraffic::shippedProductSales),
            Column.of(Field.UNITS_SHIPPED, AccountTraffic::unitsShipped),
            Column.of(Field.ORDERS_SHIPPED, AccountTraffic::ordersShipped),
            Column.of(Field.SESSIONS, AccountTraffic::sessions),
            Column.of(Field.SESSIONS_B2B, AccountTraffic::sessionsB2b),
            Column.of(Field.BROWSER_SESSIONS, AccountTraffic::browserSessions),
            Column.of(Field.MOBILE_APP_SESSIONS, AccountTraffic::mobileAppSessions),
            Column.of(Field.PAGE_VIEWS, AccountTraffic::pageViews),
            Column.of(Field.PAGE_VIEWS_B2B, AccountTraffic::pageViewsB2b),
            Column.of(Field.BROWSER_PAGE_VIEWS, AccountTraffic::browserPageViews),
            Column.of(Field.MOBILE_APP_PAGE_VIEWS, AccountTraffic::mobileAppPageViews),
            Column.of(Field.BUY_BOX_SHARE, AccountTraffic::buyBoxShare),
            Column.of(Field.BUY_BOX_SHARE_B2B, AccountTraffic::buyBoxShareB2b),
            Column.of(Field.ORDER_ITEM_SESSION_RATE, AccountTraffic::orderItemSessionRate),
            Column.of(Field.ORDER_ITEM_SESSION_RATE_B2B, AccountTraffic::orderItemSessionRateB2b),
            Column.of(Field.UNIT_SESSION_RATE, AccountTraffic::unitSessionRate),
            Column.of(Field.UNIT_SESSION_RATE_B2B, AccountTraffic::unitSessionRateB2b),
            Column.of(Field.AVERAGE_OFFER_COUNT, AccountTraffic::averageOfferCount),
            Column.of(Field.AVERAGE_PARENT_ITEMS, AccountTraffic::averageParentItems),
            Column.of(Field.FEEDBACK_RECEIVED, AccountTraffic::feedbackReceived),
            Column.of(Field.NEGATIVE_FEEDBACK_RECEIVED, AccountTraffic::negativeFeedbackReceived),
            Column.of(Field.NEGATIVE_FEEDBACK_RATE, AccountTraffic::negativeFeedbackRate));

    private final DSLContext db;

    public AccountTrafficRows(DSLContext db) {
        this.db = db;
    }

    public RowWriter<AccountTraffic> writer(long accountId, long batchId, Set<Field> reported) {
        return new RowWriter<>(db, "account_traffic", KEYS, COLUMNS, reported, accountId, batchId);
    }

    /** Periods that lie within {@code from..to}, in date order. */
    public List<AccountTraffic> within(long accountId, Marketplace marketplace, LocalDate from, LocalDate to) {
        return db.selectFrom(ACCOUNT_TRAFFIC)
                .where(ACCOUNT_TRAFFIC.ACCOUNT_ID.eq(accountId))
                .and(ACCOUNT_TRAFFIC.MARKETPLACE.eq(marketplace.code()))
                .and(ACCOUNT_TRAFFIC.PERIOD_FROM.ge(from))
                .and(ACCOUNT_TRAFFIC.PERIOD_TO.le(to))
                .orderBy(ACCOUNT_TRAFFIC.PERIOD_FROM, ACCOUNT_TRAFFIC.PERIOD_TO)
                .fetch(AccountTrafficRows::traffic);
    }

    private static AccountTraffic traffic(Record r) {
        return new AccountTraffic(
                Marketplace.valueOf(r.get(ACCOUNT_TRAFFIC.MARKETPLACE)),
                r.get(ACCOUNT_TRAFFIC.PERIOD_FROM),
                r.get(ACCOUNT_TRAFFIC.PERIOD_TO),
                r.get(ACCOUNT_TRAFFIC.CURRENCY),
                r.get(ACCOUNT_TRAFFIC.ORDERED_PRODUCT_SALES),
                r.get(ACCOUNT_TRAFFIC.ORDERED_PRODUCT_SALES_B2B),
                r.get(ACCOUNT_TRAFFIC.UNITS_ORDERED),
                r.get(ACCOUNT_TRAFFIC.UNITS_ORDERED_B2B),
                r.get(ACCOUNT_TRAFFIC.TOTAL_ORDER_ITEMS),
                r.get(ACCOUNT_TRAFFIC.TOTAL_ORDER_ITEMS_B2B),
                r.get(ACCOUNT_TRAFFIC.AVERAGE_SALES_PER_ORDER_ITEM),
                r.get(ACCOUNT_TRAFFIC.AVERAGE_SALES_PER_ORDER_ITEM_B2B),
                r.get(ACCOUNT_TRAFFIC.AVERAGE_UNITS_PER_ORDER_ITEM),
                r.get(ACCOUNT_TRAFFIC.AVERAGE_UNITS_PER_ORDER_ITEM_B2B),
                r.get(ACCOUNT_TRAFFIC.AVERAGE_SELLING_PRICE),
                r.get(ACCOUNT_TRAFFIC.AVERAGE_SELLING_PRICE_B2B),
                r.get(ACCOUNT_TRAFFIC.UNITS_REFUNDED),
                r.get(ACCOUNT_TRAFFIC.REFUND_RATE),
                r.get(ACCOUNT_TRAFFIC.CLAIMS_GRANTED),
                r.get(ACCOUNT_TRAFFIC.CLAIMS_AMOUNT),
                r.get(ACCOUNT_TRAFFIC.SHIPPED_PRODUCT_SALES),
                r.get(ACCOUNT_TRAFFIC.UNITS_SHIPPED),
                r.get(ACCOUNT_TRAFFIC.ORDERS_SHIPPED),
                r.get(ACCOUNT_TRAFFIC.SESSIONS),
                r.get(ACCOUNT_TRAFFIC.SESSIONS_B2B),
                r.get(ACCOUNT_TRAFFIC.BROWSER_SESSIONS),
                r.get(ACCOUNT_TRAFFIC.MOBILE_APP_SESSIONS),
                r.get(ACCOUNT_TRAFFIC.PAGE_VIEWS),
                r.get(ACCOUNT_TRAFFIC.PAGE_VIEWS_B2B),
                r.get(ACCOUNT_TRAFFIC.BROWSER_PAGE_VIEWS),
                r.get(ACCOUNT_TRAFFIC.MOBILE_APP_PAGE_VIEWS),
                r.get(ACCOUNT_TRAFFIC.BUY_BOX_SHARE),
                r.get(ACCOUNT_TRAFFIC.BUY_BOX_SHARE_B2B),
                r.get(ACCOUNT_TRAFFIC.ORDER_ITEM_SESSION_RATE),
                r.get(ACCOUNT_TRAFFIC.ORDER_ITEM_SESSION_RATE_B2B),
                r.get(ACCOUNT_TRAFFIC.UNIT_SESSION_RATE),
                r.get(ACCOUNT_TRAFFIC.UNIT_SESSION_RATE_B2B),
                r.get(ACCOUNT_TRAFFIC.AVERAGE_OFFER_COUNT),
                r.get(ACCOUNT_TRAFFIC.AVERAGE_PARENT_ITEMS),
                r.get(ACCOUNT_TRAFFIC.FEEDBACK_RECEIVED),
                r.get(ACCOUNT_TRAFFIC.NEGATIVE_FEEDBACK_RECEIVED),
                r.get(ACCOUNT_TRAFFIC.NEGATIVE_FEEDBACK_RATE));
    }
}
