package dev.bosun.bench;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.TestDatabase;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Import speed against the floor: a 1,000,000-line All Orders file through Bosun's importer versus a raw
 * PostgreSQL {@code COPY} of the same file into an unindexed table of text columns. Prints the figures; asserts
 * nothing about time. Run by hand with {@code bench/run-import-benchmark.sh} (heap capped at 512 MB).
 */
@BosunTest
@Tag("bench")
class ImportBenchmark {

    @Autowired
    dev.bosun.advertising.db.SearchTermLineSummaries lineSummaries;

    private static final int LINES = Integer.getInteger("bench.lines", 1_000_000);

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    DataSource dataSource;

    @Test
    void allOrdersFileVersusRawCopy() throws Exception {
        Path dir = Files.createTempDirectory("bosun-bench");
        Path file = dir.resolve("all-orders-1m.txt");
        writeAllOrders(file, LINES);
        System.out.printf("bench: file %s, %,d lines, %,d bytes%n", file, LINES, Files.size(file));
        SellerAccount account = directory.create(
                directory.defaultOrganisation(), TestDatabase.unique("Bench"), List.of(Marketplace.US), null);

        long copyMillis = rawCopy(file, 31, "format csv, delimiter E'\\t', quote E'\\x01', header true");
        resetPeak();
        long start = System.nanoTime();
        ImportResult first = imports.importFile(
                        account.id(), file, file.getFileName().toString(), ImportOptions.strict("bench"))
                .get(0);
        long importMillis = (System.nanoTime() - start) / 1_000_000;
        long heapPeak = peakHeap();
        start = System.nanoTime();
        ImportResult again = imports.importFile(
                        account.id(), file, file.getFileName().toString(), ImportOptions.strict("bench"))
                .get(0);
        long againMillis = (System.nanoTime() - start) / 1_000_000;

        System.out.printf("bench: raw COPY into unindexed text table: %,d ms%n", copyMillis);
        System.out.printf(
                "bench: Bosun import (first): %,d ms, %s, %,d inserted, ratio %.2f x COPY%n",
                importMillis, first.status(), first.inserted(), importMillis / (double) copyMillis);
        System.out.printf(
                "bench: Bosun import (same file again): %,d ms, %,d unchanged, ratio %.2f x COPY%n",
                againMillis, again.unchanged(), againMillis / (double) copyMillis);
        System.out.printf(
                "bench: heap peak during import: %,d MB (max heap %,d MB)%n",
                heapPeak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        long floor = typedCopy("order_items", account.id());
        System.out.printf(
                "bench: floor of the table: COPY of the imported (typed) rows into a table with order_items' keys and"
                        + " indexes: %,d ms; Bosun import %.2f x that%n",
                floor, importMillis / (double) floor);
        Files.deleteIfExists(file);
    }

    @Test
    void searchTermFileVersusRawCopy() throws Exception {
        Path dir = Files.createTempDirectory("bosun-bench");
        Path file = dir.resolve("Sponsored Products Search term report.csv");
        writeSearchTerms(file, LINES);
        System.out.printf("bench: file %s, %,d lines, %,d bytes%n", file.getFileName(), LINES, Files.size(file));
        SellerAccount account = directory.create(
                directory.defaultOrganisation(), TestDatabase.unique("Bench Ads"), List.of(Marketplace.US), null);
        long copyMillis = rawCopy(file, 24, "format csv, header true");
        resetPeak();
        long start = System.nanoTime();
        ImportResult first = imports.importFile(
                        account.id(), file, file.getFileName().toString(), ImportOptions.strict("bench"))
                .get(0);
        long importMillis = (System.nanoTime() - start) / 1_000_000;
        long heapPeak = peakHeap();
        System.out.printf("bench: search terms, raw COPY into unindexed text table: %,d ms%n", copyMillis);
        System.out.printf(
                "bench: search terms, Bosun import: %,d ms, %s %s, %,d inserted, ratio %.2f x COPY%n",
                importMillis, first.type(), first.status(), first.inserted(), importMillis / (double) copyMillis);
        System.out.printf("bench: search terms, heap peak during import: %,d MB%n", heapPeak >> 20);
        // the search-term lines are summed after the import commits (V312), in a job; timed here on its own
        start = System.nanoTime();
        long pairs = lineSummaries.catchUp(account.id());
        System.out.printf(
                "bench: search terms, lines caught up after the import: %,d line days in %,d ms%n",
                pairs, (System.nanoTime() - start) / 1_000_000);
        start = System.nanoTime();
        ImportResult again = imports.importFile(
                        account.id(), file, file.getFileName().toString(), ImportOptions.strict("bench"))
                .get(0);
        long againMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "bench: search terms, same file again: %,d ms, %,d unchanged, ratio %.2f x COPY%n",
                againMillis, again.unchanged(), againMillis / (double) copyMillis);
        start = System.nanoTime();
        pairs = lineSummaries.catchUp(account.id());
        System.out.printf(
                "bench: search terms, lines caught up after the same file again: %,d line days in %,d ms%n",
                pairs, (System.nanoTime() - start) / 1_000_000);
        long floor = typedCopy("ad_search_term_metrics", account.id());
        System.out.printf(
                "bench: search terms, floor of the table: COPY of the imported rows into a table with its keys and"
                        + " indexes: %,d ms; Bosun import %.2f x that%n",
                floor, importMillis / (double) floor);
        Files.deleteIfExists(file);
    }

    /** A US Sponsored Products search term report as the console downloads it as CSV, one day per row. */
    static void writeSearchTerms(Path file, int lines) throws IOException {
        Random random = new Random(7);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Start Date,End Date,Portfolio name,Currency,Campaign Name,Ad Group Name,Targeting,Match Type,"
                    + "Customer Search Term,Impressions,Clicks,Click-Thru Rate (CTR),Cost Per Click (CPC),Spend,"
                    + "7 Day Total Sales ,Total Advertising Cost of Sales (ACOS) ,Total Return on Advertising Spend (ROAS),"
                    + "7 Day Total Orders (#),7 Day Total Units (#),7 Day Conversion Rate,7 Day Advertised SKU Units (#),"
                    + "7 Day Other SKU Units (#),7 Day Advertised SKU Sales ,7 Day Other SKU Sales \n");
            for (int i = 0; i < lines; i++) {
                int day = 1 + i % 28;
                int clicks = random.nextInt(20);
                int orders = clicks == 0 ? 0 : random.nextInt(clicks + 1) / 3;
                out.write(String.format(
                        "2026-10-%02d,2026-10-%02d,Main,USD,Campaign %d,Group %d,kw %d,EXACT,search term %d,"
                                + "%d,%d,1.00%%,0.50,%d.%02d,%d.00,,,%d,%d,0.00%%,%d,0,%d.00,0.00\n",
                        day,
                        day,
                        i % 300,
                        i % 900,
                        i % 2000,
                        i / 28,
                        50 + random.nextInt(5000),
                        clicks,
                        clicks / 2,
                        random.nextInt(100),
                        orders * 20,
                        orders,
                        orders,
                        orders,
                        orders * 20));
            }
        }
    }

    /**
     * The database's own floor for a table: the rows Bosun stored, already typed, copied out and timed while
     * copied into an empty table with the same columns, keys and indexes.
     */
    private long typedCopy(String table, long accountId) throws Exception {
        Path rows = Files.createTempFile("bosun-bench-typed", ".copy");
        try (Connection c = dataSource.getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            try (var out = Files.newOutputStream(rows)) {
                copy.copyOut("copy (select * from " + table + " where account_id = " + accountId + ") to stdout", out);
            }
            c.createStatement().execute("drop table if exists bench_typed");
            c.createStatement().execute("create table bench_typed (like " + table + " including all)");
            long start = System.nanoTime();
            try (var in = Files.newInputStream(rows)) {
                copy.copyIn("copy bench_typed from stdin", in);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            c.createStatement().execute("drop table bench_typed");
            return millis;
        } finally {
            Files.deleteIfExists(rows);
        }
    }

    private long rawCopy(Path file, int columnCount, String options) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            StringBuilder columns = new StringBuilder();
            for (int i = 0; i < columnCount; i++) {
                columns.append(i == 0 ? "" : ", ").append("c").append(i).append(" text");
            }
            c.createStatement().execute("drop table if exists bench_raw_orders");
            c.createStatement().execute("create table bench_raw_orders (" + columns + ")");
            long start = System.nanoTime();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                c.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("copy bench_raw_orders from stdin with (" + options + ")", in);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            c.createStatement().execute("drop table bench_raw_orders");
            return millis;
        }
    }

    static void writeAllOrders(Path file, int lines) throws IOException {
        Random random = new Random(42);
        String[] statuses = {"Shipped", "Shipped", "Shipped", "Pending", "Cancelled"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("amazon-order-id\tmerchant-order-id\tpurchase-date\tlast-updated-date\torder-status\t"
                    + "fulfillment-channel\tsales-channel\torder-channel\tship-service-level\tproduct-name\tsku\tasin\t"
                    + "item-status\tquantity\tcurrency\titem-price\titem-tax\tshipping-price\tshipping-tax\tgift-wrap-price\t"
                    + "gift-wrap-tax\titem-promotion-discount\tship-promotion-discount\tship-city\tship-state\t"
                    + "ship-postal-code\tship-country\tpromotion-ids\tis-business-order\tpurchase-order-number\t"
                    + "price-designation\n");
            for (int i = 0; i < lines; i++) {
                int sku = random.nextInt(400);
                long second = (long) i * 28 * 86_400 / lines;
                int day = 1 + (int) (second / 86_400);
                String status = statuses[random.nextInt(statuses.length)];
                out.write(String.format(
                        "%03d-%07d-%07d\t\t2026-10-%02dT%02d:%02d:%02d+00:00\t2026-10-%02dT23:00:00+00:00\t%s\t%s\t"
                                + "Amazon.com\t\tStandard\tProduct number %d with a long descriptive title\tSKU-%04d\tB0%08d\t%s\t%d\t"
                                + "USD\t%d.%02d\t%d.%02d\t0.00\t0.00\t\t\t\t\tSeattle\tWA\t98101\tUS\t\tfalse\t\t\n",
                        100 + random.nextInt(900),
                        (int) ((i * 7919L) % 10_000_000),
                        random.nextInt(10_000_000),
                        day,
                        second / 3600 % 24,
                        second / 60 % 60,
                        second % 60,
                        day,
                        status,
                        random.nextBoolean() ? "Amazon" : "Merchant",
                        sku,
                        sku,
                        sku,
                        status.equals("Cancelled") ? "Cancelled" : "Shipped",
                        1 + random.nextInt(3),
                        5 + random.nextInt(95),
                        random.nextInt(100),
                        random.nextInt(8),
                        random.nextInt(100)));
            }
        }
    }

    private static void resetPeak() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
