package dev.bosun.orders.importing;

/** All Orders report text for tests outside this package. */
public final class AllOrdersImportTestRows {

    private AllOrdersImportTestRows() {}

    /** A valid report with {@code rows} shipped order items, one unit of 10.00 USD each. */
    public static String file(int rows) {
        StringBuilder text = new StringBuilder(AllOrdersImportTests.HEADER);
        for (int i = 0; i < rows; i++) {
            text.append(AllOrdersImportTests.row(
                    "800-" + i,
                    "2026-11-20T08:00:00+00:00",
                    "2026-11-20T08:00:00+00:00",
                    "Shipped",
                    "Amazon.com",
                    "SKU-" + i,
                    "1",
                    "USD",
                    "10.00"));
        }
        return text.toString();
    }
}
