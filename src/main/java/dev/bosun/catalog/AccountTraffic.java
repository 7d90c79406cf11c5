package dev.bosun.catalog;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Sales and traffic of a whole account in one marketplace over a day (or, from the SP-API report at WEEK or
 * MONTH granularity, a week or month), as the Business Report by date or the SP-API Sales and Traffic report
 * gives them. Shares and rates are fractions ({@code 0.955} for 95.5 %), money is in {@code currency}; a figure
 * the report does not have is null.
 *
 * @param periodFrom the day, or the first day of the week or month
 * @param periodTo the same day, or the last day of the week or month
 * @param averageSalesPerOrderItem ordered product sales divided by order items
 * @param averageUnitsPerOrderItem units divided by order items
 * @param averageSellingPrice ordered product sales divided by units
 * @param refundRate units refunded as a fraction of units ordered
 * @param buyBoxShare the fraction of page views on which the seller had the buy box (featured offer)
 * @param orderItemSessionRate order items per session
 * @param unitSessionRate units per session (may exceed 1)
 * @param negativeFeedbackRate the fraction of orders that received negative feedback
 */
public record AccountTraffic(
        Marketplace marketplace,
        LocalDate periodFrom,
        LocalDate periodTo,
        String currency,
        BigDecimal orderedProductSales,
        BigDecimal orderedProductSalesB2b,
        Long unitsOrdered,
        Long unitsOrderedB2b,
        Long totalOrderItems,
        Long totalOrderItemsB2b,
        BigDecimal averageSalesPerOrderItem,
        BigDecimal averageSalesPerOrderItemB2b,
        BigDecimal averageUnitsPerOrderItem,
        BigDecimal averageUnitsPerOrderItemB2b,
        BigDecimal averageSellingPrice,
        BigDecimal averageSellingPriceB2b,
        Long unitsRefunded,
        BigDecimal refundRate,
        Long claimsGranted,
        BigDecimal claimsAmount,
        BigDecimal shippedProductSales,
        Long unitsShipped,
        Long ordersShipped,
        Long sessions,
        Long sessionsB2b,
        Long browserSessions,
        Long mobileAppSessions,
        Long pageViews,
        Long pageViewsB2b,
        Long browserPageViews,
        Long mobileAppPageViews,
        BigDecimal buyBoxShare,
        BigDecimal buyBoxShareB2b,
        BigDecimal orderItemSessionRate,
        BigDecimal orderItemSessionRateB2b,
        BigDecimal unitSessionRate,
        BigDecimal unitSessionRateB2b,
        Long averageOfferCount,
        Long averageParentItems,
        Long feedbackReceived,
        Long negativeFeedbackReceived,
        BigDecimal negativeFeedbackRate) {

    public AccountTraffic {
        if (marketplace == null || periodFrom == null || periodTo == null) {
            throw new IllegalArgumentException("account traffic needs a marketplace and a period");
        }
        if (periodTo.isBefore(periodFrom)) {
            throw new IllegalArgumentException("the period ends before it starts: " + periodFrom + ".." + periodTo);
        }
    }

    /**
     * The figures a report can give; recording a period changes only the figures its report states, so a
     * Business Report without some columns does not erase what the API report said.
     */
    public enum Field {
        ORDERED_PRODUCT_SALES,
        ORDERED_PRODUCT_SALES_B2B,
        UNITS_ORDERED,
        UNITS_ORDERED_B2B,
        TOTAL_ORDER_ITEMS,
        TOTAL_ORDER_ITEMS_B2B,
        AVERAGE_SALES_PER_ORDER_ITEM,
        AVERAGE_SALES_PER_ORDER_ITEM_B2B,
        AVERAGE_UNITS_PER_ORDER_ITEM,
        AVERAGE_UNITS_PER_ORDER_ITEM_B2B,
        AVERAGE_SELLING_PRICE,
        AVERAGE_SELLING_PRICE_B2B,
        UNITS_REFUNDED,
        REFUND_RATE,
        CLAIMS_GRANTED,
        CLAIMS_AMOUNT,
        SHIPPED_PRODUCT_SALES,
        UNITS_SHIPPED,
        ORDERS_SHIPPED,
        SESSIONS,
        SESSIONS_B2B,
        BROWSER_SESSIONS,
        MOBILE_APP_SESSIONS,
        PAGE_VIEWS,
        PAGE_VIEWS_B2B,
        BROWSER_PAGE_VIEWS,
        MOBILE_APP_PAGE_VIEWS,
        BUY_BOX_SHARE,
        BUY_BOX_SHARE_B2B,
        ORDER_ITEM_SESSION_RATE,
        ORDER_ITEM_SESSION_RATE_B2B,
        UNIT_SESSION_RATE,
        UNIT_SESSION_RATE_B2B,
        AVERAGE_OFFER_COUNT,
        AVERAGE_PARENT_ITEMS,
        FEEDBACK_RECEIVED,
        NEGATIVE_FEEDBACK_RECEIVED,
        NEGATIVE_FEEDBACK_RATE
    }
}
