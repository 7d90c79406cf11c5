package dev.bosun.catalog.importing;

/**
 * Column headers of the Seller Central Business Reports (CSV downloads of Reports › Business Reports), as
 * current English downloads write them. Amazon publishes no list; these are the headers seen in several
 * third-party parsers of real downloads. EU downloads write an en dash ({@code Sessions – Total}) and
 * lower-case words ({@code Units ordered}); the header comparison ignores both. Older downloads used the names
 * given as alternatives by the layouts ({@code Sessions}, {@code Buy Box Percentage}, {@code Gross Product
 * Sales}, {@code Orders Placed}).
 */
final class BusinessReportColumns {

    static final String PARENT_ASIN = "(Parent) ASIN";
    static final String CHILD_ASIN = "(Child) ASIN";
    static final String TITLE = "Title";
    static final String SKU = "SKU";
    static final String DATE = "Date";
    static final String SESSIONS = "Sessions - Total";
    static final String SESSIONS_B2B = "Sessions - Total - B2B";
    static final String BROWSER_SESSIONS = "Sessions - Browser";
    static final String MOBILE_APP_SESSIONS = "Sessions - Mobile App";
    static final String SESSION_SHARE = "Session Percentage - Total";
    static final String SESSION_SHARE_B2B = "Session Percentage - Total - B2B";
    static final String PAGE_VIEWS = "Page Views - Total";
    static final String PAGE_VIEWS_B2B = "Page Views - Total - B2B";
    static final String BROWSER_PAGE_VIEWS = "Page Views - Browser";
    static final String MOBILE_APP_PAGE_VIEWS = "Page Views - Mobile App";
    static final String PAGE_VIEW_SHARE = "Page Views Percentage - Total";
    static final String PAGE_VIEW_SHARE_B2B = "Page Views Percentage - Total - B2B";
    static final String BUY_BOX = "Featured Offer (Buy Box) Percentage";
    static final String BUY_BOX_B2B = "Featured Offer (Buy Box) Percentage - B2B";
    static final String UNITS_ORDERED = "Units Ordered";
    static final String UNITS_ORDERED_B2B = "Units Ordered - B2B";
    static final String UNIT_SESSION = "Unit Session Percentage";
    static final String UNIT_SESSION_B2B = "Unit Session Percentage - B2B";
    static final String ORDER_ITEM_SESSION = "Order Item Session Percentage";
    static final String ORDER_ITEM_SESSION_B2B = "Order Item Session Percentage - B2B";
    static final String SALES = "Ordered Product Sales";
    static final String SALES_B2B = "Ordered Product Sales - B2B";
    static final String ORDER_ITEMS = "Total Order Items";
    static final String ORDER_ITEMS_B2B = "Total Order Items - B2B";
    static final String AVERAGE_SALES_PER_ORDER_ITEM = "Average Sales per Order Item";
    static final String AVERAGE_SALES_PER_ORDER_ITEM_B2B = "Average Sales per Order Item - B2B";
    static final String AVERAGE_UNITS_PER_ORDER_ITEM = "Average Units per Order Item";
    static final String AVERAGE_UNITS_PER_ORDER_ITEM_B2B = "Average Units per Order Item - B2B";
    static final String AVERAGE_SELLING_PRICE = "Average Selling Price";
    static final String AVERAGE_SELLING_PRICE_B2B = "Average Selling Price - B2B";
    static final String AVERAGE_OFFER_COUNT = "Average Offer Count";
    static final String AVERAGE_PARENT_ITEMS = "Average Parent Items";
    static final String UNITS_REFUNDED = "Units Refunded";
    static final String REFUND_RATE = "Refund Rate";
    static final String FEEDBACK_RECEIVED = "Feedback Received";
    static final String NEGATIVE_FEEDBACK_RECEIVED = "Negative Feedback Received";
    static final String NEGATIVE_FEEDBACK_RATE = "Received Negative Feedback Rate";
    static final String CLAIMS_GRANTED = "A-to-z Claims Granted";
    static final String CLAIMS_AMOUNT = "Claims Amount";
    static final String SHIPPED_PRODUCT_SALES = "Shipped Product Sales";
    static final String UNITS_SHIPPED = "Units Shipped";
    static final String ORDERS_SHIPPED = "Orders Shipped";

    private BusinessReportColumns() {}
}
