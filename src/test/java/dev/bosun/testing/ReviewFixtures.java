package dev.bosun.testing;

import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Small report files in Amazon's formats for the daily review's tests, imported through {@link ReportImports} like
 * any download: a seller performance report, All Orders, FBA customer returns, buyer messages, Manage FBA Inventory,
 * Business Report by child item and the all-listings report.
 */
public final class ReviewFixtures {

    private ReviewFixtures() {}

    /** Imports one file and checks it was taken in whole. */
    public static ImportResult load(ReportImports imports, long accountId, Path file, ImportOptions options) {
        ImportResult result = ImportFixture.importOne(imports, accountId, file, options);
        if (!result.imported() || result.rejected() > 0) {
            throw new AssertionError("fixture " + file.getFileName() + " not imported: " + result.problems());
        }
        return result;
    }

    /** Options for a report that holds no dates: the day it stands for. */
    public static ImportOptions on(LocalDate day) {
        return new ImportOptions(false, null, day, day, "test");
    }

    /** Options for a report of a period. */
    public static ImportOptions period(LocalDate from, LocalDate to) {
        return new ImportOptions(false, null, from, to, "test");
    }

    // ---------------------------------------------------------------- account health

    /**
     * A seller performance report of one marketplace whose windows end on {@code end}: the MFN order defect rate,
     * the late shipment rate, the cancellation rate and the valid tracking rate, as fractions.
     */
    public static String sellerPerformance(
            Marketplace marketplace,
            LocalDate end,
            String odr,
            String lateShipment,
            String cancel,
            String validTracking) {
        String range = "{ \"reportingDateFrom\": \"" + end.minusDays(29) + "T00:00Z\", \"reportingDateTo\": \"" + end
                + "T23:59Z\" }";
        return """
                {
                  "accountStatuses": [ { "marketplaceId": "%1$s", "status": "NORMAL" } ],
                  "performanceMetrics": [
                    {
                      "marketplaceId": "%1$s",
                      "orderDefectRate": {
                        "mfn": {
                          "reportingDateRange": %2$s,
                          "orderCount": 1000,
                          "orderWithDefects": { "count": 10, "status": "GOOD" },
                          "status": "GOOD", "rate": %3$s, "targetValue": 0.01, "targetCondition": "LESS_THAN"
                        }
                      },
                      "lateShipmentRate": {
                        "reportingDateRange": %2$s, "orderCount": 500, "lateShipmentCount": 5,
                        "status": "GOOD", "rate": %4$s, "targetValue": 0.04, "targetCondition": "LESS_THAN"
                      },
                      "preFulfillmentCancellationRate": {
                        "reportingDateRange": %2$s, "orderCount": 500, "cancellationCount": 2,
                        "status": "GOOD", "rate": %5$s, "targetValue": 0.025, "targetCondition": "LESS_THAN"
                      },
                      "validTrackingRate": {
                        "reportingDateRange": %2$s, "shipmentCount": 500, "validTrackingCount": 490,
                        "status": "GOOD", "rate": %6$s, "targetValue": 0.95, "targetCondition": "GREATER_THAN"
                      }
                    }
                  ]
                }
                """.formatted(marketplace.id(), range, odr, lateShipment, cancel, validTracking);
    }

    // ---------------------------------------------------------------- orders

    public static final String ORDERS_HEADER = String.join(
                    "\t",
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
                    "is-business-order",
                    "purchase-order-number",
                    "price-designation")
            + "\n";

    /** One shipped All Orders line; {@code price} is for all units. */
    public static String orderLine(
            String orderId, String purchasedAt, String sku, String asin, int quantity, String currency, String price) {
        return orderLine(orderId, purchasedAt, sku, asin, quantity, currency, price, "");
    }

    /** One shipped All Orders line with an item promotion discount (negative, as Amazon writes it; blank for none). */
    public static String orderLine(
            String orderId,
            String purchasedAt,
            String sku,
            String asin,
            int quantity,
            String currency,
            String price,
            String promotionDiscount) {
        return String.join(
                        "\t",
                        orderId,
                        "",
                        purchasedAt,
                        purchasedAt,
                        "Shipped",
                        "Amazon",
                        "Amazon.com",
                        "",
                        "Standard",
                        "Product " + sku,
                        sku,
                        asin,
                        "Shipped",
                        String.valueOf(quantity),
                        currency,
                        price,
                        "0.00",
                        "0.00",
                        "0.00",
                        "",
                        "",
                        promotionDiscount,
                        "",
                        "Seattle",
                        "WA",
                        "98101",
                        "US",
                        "",
                        "false",
                        "",
                        "")
                + "\n";
    }

    public static final String RETURNS_HEADER = String.join(
                    "\t",
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
                    "customer-comments")
            + "\n";

    /** One returned unit of the FBA customer returns report. */
    public static String returnLine(
            String returnedAt, String orderId, String sku, String asin, String reason, String lpn) {
        return String.join(
                        "\t",
                        returnedAt,
                        orderId,
                        sku,
                        asin,
                        "X00" + sku,
                        "Product " + sku,
                        "1",
                        "PHX7",
                        "DEFECTIVE",
                        reason,
                        "Unit returned to inventory",
                        lpn,
                        "")
                + "\n";
    }

    public static final String MESSAGES_HEADER =
            "message-id,received-at,order-id,buyer-name,subject,message-text,answered-at,answered-by,marketplace\n";

    /** One buyer message of Bosun's template; {@code answeredAt} empty while unanswered. */
    public static String message(String id, String receivedAt, String answeredAt, Marketplace marketplace) {
        return String.join(
                        ",",
                        id,
                        receivedAt,
                        "111-" + id,
                        "Buyer " + id,
                        "Where is my order",
                        "Hello",
                        answeredAt,
                        answeredAt.isEmpty() ? "" : "Li Na",
                        marketplace.code())
                + "\n";
    }

    // ---------------------------------------------------------------- inventory

    public static final String INVENTORY_HEADER = String.join(
                    "\t",
                    "sku",
                    "fnsku",
                    "asin",
                    "product-name",
                    "condition",
                    "your-price",
                    "mfn-listing-exists",
                    "mfn-fulfillable-quantity",
                    "afn-listing-exists",
                    "afn-warehouse-quantity",
                    "afn-fulfillable-quantity",
                    "afn-unsellable-quantity",
                    "afn-reserved-quantity",
                    "afn-total-quantity",
                    "per-unit-volume",
                    "afn-inbound-working-quantity",
                    "afn-inbound-shipped-quantity",
                    "afn-inbound-receiving-quantity",
                    "afn-researching-quantity",
                    "afn-reserved-future-supply",
                    "afn-future-supply-buyable")
            + "\n";

    /** One SKU of the Manage FBA Inventory report: fulfillable and inbound (shipped) units. */
    public static String stockLine(String sku, String asin, String price, int fulfillable, int inbound) {
        return String.join(
                        "\t",
                        sku,
                        "X00" + sku,
                        asin,
                        "Product " + sku,
                        "New",
                        price,
                        "No",
                        "0",
                        "Yes",
                        String.valueOf(fulfillable),
                        String.valueOf(fulfillable),
                        "0",
                        "0",
                        String.valueOf(fulfillable + inbound),
                        "0.1",
                        "0",
                        String.valueOf(inbound),
                        "0",
                        "0",
                        "0",
                        "0")
                + "\n";
    }

    // ---------------------------------------------------------------- catalog

    public static final String TRAFFIC_HEADER = String.join(
                    ",",
                    "(Parent) ASIN",
                    "(Child) ASIN",
                    "Title",
                    "SKU",
                    "Sessions - Total",
                    "Session Percentage - Total",
                    "Page Views - Total",
                    "Page Views Percentage - Total",
                    "Featured Offer (Buy Box) Percentage",
                    "Units Ordered",
                    "Unit Session Percentage",
                    "Ordered Product Sales",
                    "Total Order Items")
            + "\n";

    /** One child ASIN of a Business Report (by child item), in its US spelling. */
    public static String trafficLine(
            String asin, String sku, long sessions, String buyBoxPercent, long units, String sales) {
        String conversion =
                sessions == 0 ? "0%" : String.format(java.util.Locale.ROOT, "%.2f%%", 100.0 * units / sessions);
        return String.join(
                        ",",
                        "B0PARENT00",
                        asin,
                        "\"Product " + asin + "\"",
                        sku,
                        String.valueOf(sessions),
                        "1%",
                        String.valueOf(sessions + sessions / 2),
                        "1%",
                        buyBoxPercent + "%",
                        String.valueOf(units),
                        conversion,
                        "\"$" + sales + "\"",
                        String.valueOf(units))
                + "\n";
    }

    public static final List<String> LISTING_COLUMNS = List.of(
            "item-name",
            "item-description",
            "listing-id",
            "seller-sku",
            "price",
            "quantity",
            "open-date",
            "image-url",
            "item-is-marketplace",
            "product-id-type",
            "zshop-shipping-fee",
            "item-note",
            "item-condition",
            "zshop-category1",
            "zshop-browse-path",
            "zshop-storefront-feature",
            "asin1",
            "asin2",
            "asin3",
            "will-ship-internationally",
            "expedited-shipping",
            "zshop-boldface",
            "product-id",
            "bid-for-featured-placement",
            "add-delete",
            "pending-quantity",
            "fulfillment-channel",
            "merchant-shipping-group",
            "status");

    public static final String LISTINGS_HEADER = String.join("\t", LISTING_COLUMNS) + "\n";

    /** One FBA listing of the all-listings report. */
    public static String listingLine(String sku, String asin, String price, String openDate, String status) {
        String[] cells = new String[LISTING_COLUMNS.size()];
        java.util.Arrays.fill(cells, "");
        cells[0] = "Product " + sku;
        cells[2] = "L" + Math.abs(sku.hashCode());
        cells[3] = sku;
        cells[4] = price;
        cells[6] = openDate;
        cells[9] = "1";
        cells[12] = "11";
        cells[16] = asin;
        cells[22] = asin;
        cells[26] = "AMAZON_NA";
        cells[28] = status;
        return String.join("\t", cells) + "\n";
    }

    /** A report file in {@code dir}. */
    public static Path file(Path dir, String name, String text) {
        return ImportFixture.write(dir, name, text);
    }
}
