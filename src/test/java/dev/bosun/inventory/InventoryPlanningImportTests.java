package dev.bosun.inventory;

import static dev.bosun.inventory.Reports.importOne;
import static dev.bosun.inventory.Reports.lenient;
import static dev.bosun.inventory.Reports.strict;
import static dev.bosun.inventory.Reports.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.TestDatabase;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The FBA Inventory (inventory planning) report becomes one line per marketplace, SKU and snapshot date. */
@BosunTest
class InventoryPlanningImportTests {

    /** The report's columns in Amazon's order (the 62 of the connector schema and the aged surcharge ones). */
    static final List<String> COLUMNS = List.of(
            "snapshot-date",
            "sku",
            "fnsku",
            "asin",
            "product-name",
            "condition",
            "available",
            "pending-removal-quantity",
            "inv-age-0-to-90-days",
            "inv-age-91-to-180-days",
            "inv-age-181-to-270-days",
            "inv-age-271-to-365-days",
            "inv-age-365-plus-days",
            "currency",
            "qty-to-be-charged-ltsf-9-mo",
            "projected-ltsf-9-mo",
            "qty-to-be-charged-ltsf-12-mo",
            "estimated-ltsf-next-charge",
            "units-shipped-t7",
            "units-shipped-t30",
            "units-shipped-t60",
            "units-shipped-t90",
            "alert",
            "your-price",
            "sales-price",
            "lowest-price-new-plus-shipping",
            "lowest-price-used",
            "recommended-action",
            "healthy-inventory-level",
            "recommended-sales-price",
            "recommended-sale-duration-days",
            "recommended-removal-quantity",
            "estimated-cost-savings-of-recommended-actions",
            "sell-through",
            "item-volume",
            "volume-unit-measurement",
            "storage-type",
            "storage-volume",
            "marketplace",
            "product-group",
            "sales-rank",
            "days-of-supply",
            "estimated-excess-quantity",
            "weeks-of-cover-t30",
            "weeks-of-cover-t90",
            "featuredoffer-price",
            "sales-shipped-last-7-days",
            "sales-shipped-last-30-days",
            "sales-shipped-last-60-days",
            "sales-shipped-last-90-days",
            "inv-age-0-to-30-days",
            "inv-age-31-to-60-days",
            "inv-age-61-to-90-days",
            "inv-age-181-to-330-days",
            "inv-age-331-to-365-days",
            "estimated-storage-cost-next-month",
            "inbound-quantity",
            "inbound-working",
            "inbound-shipped",
            "inbound-received",
            "no-sale-last-6-months",
            "reserved-quantity",
            "unfulfillable-quantity",
            "estimated-ais-181-210-days",
            "estimated-ais-211-240-days",
            "estimated-ais-241-270-days",
            "estimated-ais-271-300-days",
            "estimated-ais-301-330-days",
            "estimated-ais-331-365-days",
            "estimated-ais-365-plus-days",
            "quantity-to-be-charged-ais-181-210-days",
            "quantity-to-be-charged-ais-211-240-days",
            "quantity-to-be-charged-ais-241-270-days",
            "quantity-to-be-charged-ais-271-300-days",
            "quantity-to-be-charged-ais-301-330-days",
            "quantity-to-be-charged-ais-331-365-days",
            "quantity-to-be-charged-ais-365-plus-days");

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    InventorySnapshots snapshots;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    static String header() {
        return String.join("\t", COLUMNS);
    }

    /** A line with the given cells, every other column empty. */
    static String line(Map<String, String> cells) {
        List<String> unknown =
                cells.keySet().stream().filter(c -> !COLUMNS.contains(c)).toList();
        assertThat(unknown).as("columns of the fixture").isEmpty();
        return String.join(
                "\t", COLUMNS.stream().map(c -> cells.getOrDefault(c, "")).toList());
    }

    static Map<String, String> red(String day) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("snapshot-date", day);
        cells.put("sku", "SKU-RED-M");
        cells.put("fnsku", "X001RED01");
        cells.put("asin", "B0RED00001");
        cells.put("product-name", "Red Shirt M");
        cells.put("condition", "New");
        cells.put("available", "120");
        cells.put("pending-removal-quantity", "2");
        cells.put("inv-age-0-to-90-days", "80");
        cells.put("inv-age-91-to-180-days", "25");
        cells.put("inv-age-181-to-270-days", "10");
        cells.put("inv-age-271-to-365-days", "5");
        cells.put("inv-age-365-plus-days", "0");
        cells.put("currency", "USD");
        cells.put("qty-to-be-charged-ltsf-12-mo", "0");
        cells.put("estimated-ltsf-next-charge", "0.00");
        cells.put("units-shipped-t7", "9");
        cells.put("units-shipped-t30", "41");
        cells.put("units-shipped-t60", "77");
        cells.put("units-shipped-t90", "120");
        cells.put("alert", "Low traffic");
        cells.put("your-price", "19.99");
        cells.put("sales-price", "17.99");
        cells.put("lowest-price-new-plus-shipping", "18.49");
        cells.put("recommended-action", "Create sale");
        cells.put("healthy-inventory-level", "60");
        cells.put("recommended-sales-price", "16.49");
        cells.put("recommended-sale-duration-days", "14");
        cells.put("recommended-removal-quantity", "0");
        cells.put("estimated-cost-savings-of-recommended-actions", "12.34");
        cells.put("sell-through", "1.15");
        cells.put("item-volume", "0.1200");
        cells.put("volume-unit-measurement", "cubic feet");
        cells.put("storage-type", "Standard");
        cells.put("storage-volume", "14.4");
        cells.put("marketplace", "US");
        cells.put("product-group", "Apparel");
        cells.put("sales-rank", "12345");
        cells.put("days-of-supply", "88");
        cells.put("estimated-excess-quantity", "40");
        cells.put("weeks-of-cover-t30", "12.3");
        cells.put("weeks-of-cover-t90", "13.1");
        cells.put("featuredoffer-price", "17.99");
        cells.put("sales-shipped-last-7-days", "161.91");
        cells.put("sales-shipped-last-30-days", "737.59");
        cells.put("sales-shipped-last-60-days", "1,385.23");
        cells.put("sales-shipped-last-90-days", "2158.80");
        cells.put("inv-age-0-to-30-days", "30");
        cells.put("inv-age-31-to-60-days", "25");
        cells.put("inv-age-61-to-90-days", "25");
        cells.put("inv-age-181-to-330-days", "15");
        cells.put("inv-age-331-to-365-days", "0");
        cells.put("estimated-storage-cost-next-month", "3.21");
        cells.put("inbound-quantity", "50");
        cells.put("inbound-working", "20");
        cells.put("inbound-shipped", "30");
        cells.put("inbound-received", "0");
        cells.put("no-sale-last-6-months", "0");
        cells.put("reserved-quantity", "4");
        cells.put("unfulfillable-quantity", "1");
        cells.put("estimated-ais-181-210-days", "0.50");
        cells.put("estimated-ais-211-240-days", "0");
        cells.put("quantity-to-be-charged-ais-181-210-days", "5");
        return cells;
    }

    static Map<String, String> mug(String day, String marketplace) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("snapshot-date", day);
        cells.put("sku", "SKU-MUG");
        cells.put("available", "3");
        cells.put("units-shipped-t30", "0");
        cells.put("currency", "CAD");
        cells.put("marketplace", marketplace);
        cells.put("recommended-action", "No action required");
        cells.put("estimated-excess-quantity", "0");
        return cells;
    }

    @Test
    void recordsAgesSalesRecommendationsAndCostsPerSnapshotDate() {
        long account = account(Marketplace.US, Marketplace.CA);
        Path file = write(
                dir,
                "planning.txt",
                StandardCharsets.UTF_8,
                header(),
                line(red("2026-11-18")),
                line(mug("2026-11-18", "CA")));

        ImportResult result = importOne(imports, account, file, strict());

        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("inventory.inventory-planning");
        assertThat(result.inserted()).isEqualTo(2);
        assertThat(result.marketplaces()).containsExactly("US", "CA");
        assertThat(result.periodFrom()).isEqualTo(LocalDate.of(2026, 11, 18));

        PlanningSnapshot red = snapshots
                .planning(account, Marketplace.US, "SKU-RED-M", LocalDate.of(2026, 11, 18))
                .orElseThrow();
        assertThat(red.available()).isEqualTo(120);
        assertThat(red.pendingRemoval()).isEqualTo(2);
        assertThat(red.ages()).isEqualTo(new PlanningSnapshot.StockAges(80, 25, 10, 5, 0, 30, 25, 25, 15, 0));
        assertThat(red.shipped().unitsT7()).isEqualTo(9);
        assertThat(red.shipped().unitsT30()).isEqualTo(41);
        assertThat(red.shipped().unitsT60()).isEqualTo(77);
        assertThat(red.shipped().unitsT90()).isEqualTo(120);
        assertThat(red.shipped().salesT60()).isEqualByComparingTo("1385.23");
        assertThat(red.currency()).isEqualTo("USD");
        assertThat(red.yourPrice()).isEqualByComparingTo("19.99");
        assertThat(red.recommendedAction()).isEqualTo("Create sale");
        assertThat(red.recommendedSalesPrice()).isEqualByComparingTo("16.49");
        assertThat(red.estimatedExcessQuantity()).isEqualTo(40);
        assertThat(red.daysOfSupply()).isEqualByComparingTo("88");
        assertThat(red.weeksOfCoverT30()).isEqualByComparingTo("12.3");
        assertThat(red.estimatedStorageCostNextMonth()).isEqualByComparingTo("3.21");
        assertThat(red.salesRank()).isEqualTo(12345L);
        assertThat(red.agedSurcharge().estimated181To210()).isEqualByComparingTo("0.50");
        assertThat(red.agedSurcharge().units181To210()).isEqualTo(5);
        assertThat(red.agedSurcharge().estimated365Plus()).isNull();
        assertThat(red.inboundShipped()).isEqualTo(30);

        PlanningSnapshot mug = snapshots
                .planning(account, Marketplace.CA, "SKU-MUG", LocalDate.of(2026, 11, 18))
                .orElseThrow();
        assertThat(mug.currency()).isEqualTo("CAD");
        assertThat(mug.ages().days0To90()).isNull();
        assertThat(snapshots.excess(account, LocalDate.of(2026, 11, 18)))
                .extracting(PlanningSnapshot::sku)
                .containsExactly("SKU-RED-M");
    }

    @Test
    void readsGermanNumbersInWindows1252() {
        long account = account(Marketplace.DE);
        Map<String, String> cells = red("2026-11-18");
        cells.put("marketplace", "DE");
        cells.put("currency", "EUR");
        cells.put("product-name", "Grüne Tasse – groß");
        cells.put("your-price", "19,99");
        cells.put("sales-shipped-last-60-days", "1.385,23");
        cells.put("weeks-of-cover-t30", "12,3");
        Path file = write(dir, "planning-de.txt", Charset.forName("windows-1252"), header(), line(cells));

        ImportResult result = importOne(imports, account, file, strict());

        assertThat(result.status()).isEqualTo("IMPORTED");
        PlanningSnapshot cup = snapshots
                .planning(account, Marketplace.DE, "SKU-RED-M", LocalDate.of(2026, 11, 18))
                .orElseThrow();
        assertThat(cup.productName()).isEqualTo("Grüne Tasse – groß");
        assertThat(cup.yourPrice()).isEqualByComparingTo("19.99");
        assertThat(cup.shipped().salesT60()).isEqualByComparingTo("1385.23");
        assertThat(cup.weeksOfCoverT30()).isEqualByComparingTo("12.3");
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        long account = account(Marketplace.US, Marketplace.CA);
        Path file = write(
                dir,
                "planning.txt",
                StandardCharsets.UTF_8,
                header(),
                line(red("2026-11-18")),
                line(mug("2026-11-18", "CA")));

        importOne(imports, account, file, strict());
        ImportResult again = importOne(imports, account, file, strict());

        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
    }

    @Test
    void anOverlappingReportUpdatesItsSnapshotDateAndAddsTheNext() {
        long account = account(Marketplace.US, Marketplace.CA);
        importOne(
                imports,
                account,
                write(dir, "a.txt", StandardCharsets.UTF_8, header(), line(red("2026-11-18"))),
                strict());
        Map<String, String> restated = red("2026-11-18");
        restated.put("estimated-excess-quantity", "35");

        ImportResult overlap = importOne(
                imports,
                account,
                write(dir, "b.txt", StandardCharsets.UTF_8, header(), line(restated), line(red("2026-11-19"))),
                strict());

        assertThat(overlap.inserted()).isEqualTo(1);
        assertThat(overlap.updated()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from inventory_planning_snapshots where account_id = ?", Long.class, account))
                .isEqualTo(2);
        assertThat(snapshots
                        .planning(account, Marketplace.US, "SKU-RED-M", LocalDate.of(2026, 11, 18))
                        .orElseThrow()
                        .estimatedExcessQuantity())
                .isEqualTo(35);
    }

    @Test
    void aBadAmountRefusesTheFileUnlessLenient() {
        long account = account(Marketplace.US, Marketplace.CA);
        Map<String, String> bad = red("2026-11-18");
        bad.put("your-price", "abc");
        Path file = write(
                dir,
                "bad.txt",
                StandardCharsets.UTF_8,
                header(),
                line(mug("2026-11-18", "CA")),
                line(bad),
                line(mug("2026-11-18", "MARS")));

        ImportResult strict = importOne(imports, account, file, strict());

        assertThat(strict.status()).isEqualTo("REJECTED");
        assertThat(strict.problems())
                .extracting(p -> p.describe("bad.txt"))
                .containsExactly(
                        "bad.txt:3:24: (your-price) expected an amount such as 12.99 or 12,99 €, found \"abc\"",
                        "bad.txt:4:39: (marketplace) expected an Amazon marketplace such as US or DE, found \"MARS\"");
        assertThat(jdbc.queryForObject(
                        "select count(*) from inventory_planning_snapshots where account_id = ?", Long.class, account))
                .isZero();

        ImportResult lenient = importOne(imports, account, file, lenient());

        assertThat(lenient.status()).isEqualTo("PARTIAL");
        assertThat(lenient.inserted()).isEqualTo(1);
        assertThat(lenient.rejected()).isEqualTo(2);
    }

    @Test
    void amazonsSampleIsRecognisedAndItsPlaceholderRowsRefused() {
        Path sample = Reports.SAMPLES.resolve("airbyte/GET_FBA_INVENTORY_PLANNING_DATA.csv");
        assumeTrue(Files.exists(sample), "shared samples not present");
        long account = account(Marketplace.US);

        ImportResult result = importOne(imports, account, sample, strict());

        assertThat(result.type()).isEqualTo("inventory.inventory-planning");
        assertThat(result.status()).isEqualTo("REJECTED");
        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.rejected()).isEqualTo(2);
    }

    private long account(Marketplace... marketplaces) {
        return directory
                .create(directory.defaultOrganisation(), TestDatabase.unique("Plan"), List.of(marketplaces), null)
                .id();
    }
}
