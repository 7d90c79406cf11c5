package dev.bosun.catalog;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Sales and traffic of one ASIN (and SKU, for reports by SKU) over a period, as a Business Report by child item
 * or the SP-API Sales and Traffic report gives them. Shares and rates are fractions ({@code 0.955} for 95.5 %),
 * money is in {@code currency}; a figure the report does not have is null.
 *
 * @param periodFrom first day of the period the report was made for
 * @param periodTo last day (inclusive)
 * @param asin the child ASIN, or the parent ASIN for rows of a report by parent ({@link AsinLevel#PARENT})
 * @param sku the seller SKU for reports by SKU, else null
 * @param sessionShare this ASIN's sessions as a fraction of all sessions of the account
 * @param pageViewShare this ASIN's page views as a fraction of all page views of the account
 * @param buyBoxShare the fraction of page views on which the seller had the buy box (featured offer)
 * @param unitSessionRate units ordered per session (a conversion rate; may exceed 1)
 */
public record AsinTraffic(
        Marketplace marketplace,
        LocalDate periodFrom,
        LocalDate periodTo,
        String asin,
        String sku,
        AsinLevel level,
        String parentAsin,
        String title,
        Long sessions,
        Long sessionsB2b,
        Long browserSessions,
        Long mobileAppSessions,
        BigDecimal sessionShare,
        BigDecimal sessionShareB2b,
        Long pageViews,
        Long pageViewsB2b,
        Long browserPageViews,
        Long mobileAppPageViews,
        BigDecimal pageViewShare,
        BigDecimal pageViewShareB2b,
        BigDecimal buyBoxShare,
        BigDecimal buyBoxShareB2b,
        Long unitsOrdered,
        Long unitsOrderedB2b,
        BigDecimal unitSessionRate,
        BigDecimal unitSessionRateB2b,
        String currency,
        BigDecimal orderedProductSales,
        BigDecimal orderedProductSalesB2b,
        Long totalOrderItems,
        Long totalOrderItemsB2b) {

    public AsinTraffic {
        if (marketplace == null || periodFrom == null || periodTo == null || asin == null || level == null) {
            throw new IllegalArgumentException("ASIN traffic needs a marketplace, a period, an ASIN and its level");
        }
        if (periodTo.isBefore(periodFrom)) {
            throw new IllegalArgumentException("the period ends before it starts: " + periodFrom + ".." + periodTo);
        }
        if (sku != null && sku.isBlank()) {
            sku = null;
        }
    }

    /** Whether the row counts one child ASIN or a parent ASIN with all its children. */
    public enum AsinLevel {
        PARENT,
        CHILD
    }

    /**
     * The figures a report can give; recording a row changes only the figures its report states, so a report
     * without titles or B2B columns does not erase them.
     */
    public enum Field {
        PARENT_ASIN,
        TITLE,
        SESSIONS,
        SESSIONS_B2B,
        BROWSER_SESSIONS,
        MOBILE_APP_SESSIONS,
        SESSION_SHARE,
        SESSION_SHARE_B2B,
        PAGE_VIEWS,
        PAGE_VIEWS_B2B,
        BROWSER_PAGE_VIEWS,
        MOBILE_APP_PAGE_VIEWS,
        PAGE_VIEW_SHARE,
        PAGE_VIEW_SHARE_B2B,
        BUY_BOX_SHARE,
        BUY_BOX_SHARE_B2B,
        UNITS_ORDERED,
        UNITS_ORDERED_B2B,
        UNIT_SESSION_RATE,
        UNIT_SESSION_RATE_B2B,
        ORDERED_PRODUCT_SALES,
        ORDERED_PRODUCT_SALES_B2B,
        TOTAL_ORDER_ITEMS,
        TOTAL_ORDER_ITEMS_B2B
    }
}
