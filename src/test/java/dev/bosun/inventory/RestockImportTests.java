package dev.bosun.inventory;

import static dev.bosun.inventory.Reports.importOne;
import static dev.bosun.inventory.Reports.lenient;
import static dev.bosun.inventory.Reports.on;
import static dev.bosun.inventory.Reports.strict;
import static dev.bosun.inventory.Reports.tsv;
import static dev.bosun.inventory.Reports.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The restock recommendations report becomes one line per marketplace, SKU and day. */
@BosunTest
class RestockImportTests {

    static final String HEADER = tsv(
            "Country",
            "Product Name",
            "FNSKU",
            "Merchant SKU",
            "ASIN",
            "Condition",
            "Supplier",
            "Supplier part no.",
            "Currency code",
            "Price",
            "Sales last 30 days",
            "Units Sold Last 30 Days",
            "Total Units",
            "Inbound",
            "Available",
            "FC transfer",
            "FC Processing",
            "Customer Order",
            "Unfulfillable",
            "Working",
            "Shipped",
            "Receiving",
            "Fulfilled by",
            "Total Days of Supply (including units from open shipments)",
            "Days of Supply at Amazon Fulfillment Network",
            "Alert",
            "Recommended replenishment qty",
            "Recommended ship date",
            "Recommended action",
            "Unit storage size");
    static final String RED = tsv(
            "US",
            "Red Shirt M",
            "X001RED01",
            "SKU-RED-M",
            "B0RED00001",
            "New",
            "Acme Textiles",
            "AT-4411",
            "USD",
            "19.99",
            "737.59",
            "41",
            "70",
            "20",
            "45",
            "3",
            "1",
            "1",
            "0",
            "20",
            "0",
            "0",
            "Amazon",
            "38.5",
            "32.9",
            "reorder_now",
            "120",
            "11/27/2026",
            "Reorder now",
            "0.1736 ft3");
    static final String MUG = tsv(
            "US",
            "Old Mug",
            "X001MUG01",
            "SKU-MUG",
            "B0MUG00001",
            "New",
            "unassigned",
            "",
            "USD",
            "9.50",
            "0.0",
            "0",
            "3",
            "0",
            "3",
            "0",
            "0",
            "0",
            "0",
            "0",
            "0",
            "0",
            "Amazon",
            "",
            "",
            "",
            "0",
            "none",
            "No action required",
            "");

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    InventorySnapshots snapshots;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @TempDir
    Path dir;

    @Test
    void recordsTheRecommendationsOfTheImportDay() {
        long account = account(Marketplace.US);
        Path file = write(dir, "restock.txt", StandardCharsets.UTF_8, HEADER, RED, MUG);

        ImportResult result = importOne(imports, account, file, strict());

        LocalDate today = LocalDate.now(clock.withZone(Marketplace.US.zone()));
        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("inventory.restock");
        assertThat(result.inserted()).isEqualTo(2);
        assertThat(result.periodFrom()).isEqualTo(today);
        RestockRecommendation red =
                snapshots.restock(account, Marketplace.US, "SKU-RED-M", today).orElseThrow();
        assertThat(red.supplier()).isEqualTo("Acme Textiles");
        assertThat(red.supplierPartNo()).isEqualTo("AT-4411");
        assertThat(red.price()).isEqualByComparingTo("19.99");
        assertThat(red.salesLast30Days()).isEqualByComparingTo("737.59");
        assertThat(red.currency()).isEqualTo("USD");
        assertThat(List.of(red.unitsSoldLast30Days(), red.totalUnits(), red.inbound(), red.available()))
                .containsExactly(41, 70, 20, 45);
        assertThat(List.of(red.fcTransfer(), red.fcProcessing(), red.customerOrder(), red.working()))
                .containsExactly(3, 1, 1, 20);
        assertThat(red.totalDaysOfSupply()).isEqualByComparingTo("38.5");
        assertThat(red.daysOfSupplyAtAmazon()).isEqualByComparingTo("32.9");
        assertThat(red.recommendedReplenishmentQty()).isEqualTo(120);
        assertThat(red.recommendedShipDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(red.unitStorageSize()).isEqualTo("0.1736 ft3");
        RestockRecommendation mug =
                snapshots.restock(account, Marketplace.US, "SKU-MUG", today).orElseThrow();
        assertThat(mug.recommendedShipDate()).isNull();
        assertThat(mug.totalDaysOfSupply()).isNull();
        assertThat(snapshots.toReplenish(account, today))
                .extracting(RestockRecommendation::sku)
                .containsExactly("SKU-RED-M");
    }

    @Test
    void placesEachLineInTheMarketplaceOfItsCountryAndReadsEuropeanFiles() {
        long account = account(Marketplace.DE, Marketplace.FR);
        Path file = write(
                dir,
                "restock-eu.txt",
                Charset.forName("windows-1252"),
                HEADER,
                tsv(
                        "DE",
                        "Grüne Tasse – groß",
                        "X002TAS01",
                        "TASSE",
                        "B0TAS00001",
                        "Neu",
                        "",
                        "",
                        "EUR",
                        "12,99",
                        "1.234,50",
                        "95",
                        "40",
                        "10",
                        "30",
                        "0",
                        "0",
                        "0",
                        "0",
                        "10",
                        "0",
                        "0",
                        "Amazon",
                        "12,6",
                        "9,5",
                        "reorder_now",
                        "60",
                        "27/11/2026",
                        "Jetzt nachbestellen",
                        ""),
                tsv(
                        "FR",
                        "Tasse verte",
                        "X002TAS01",
                        "TASSE",
                        "B0TAS00001",
                        "Neuf",
                        "",
                        "",
                        "EUR",
                        "13,49",
                        "0,00",
                        "0",
                        "5",
                        "0",
                        "5",
                        "0",
                        "0",
                        "0",
                        "0",
                        "0",
                        "0",
                        "0",
                        "Amazon",
                        "",
                        "",
                        "",
                        "0",
                        "none",
                        "",
                        ""));

        ImportResult result = importOne(imports, account, file, on(LocalDate.of(2026, 11, 24)));

        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.marketplaces()).containsExactly("DE", "FR");
        RestockRecommendation de = snapshots
                .restock(account, Marketplace.DE, "TASSE", LocalDate.of(2026, 11, 24))
                .orElseThrow();
        assertThat(de.productName()).isEqualTo("Grüne Tasse – groß");
        assertThat(de.price()).isEqualByComparingTo("12.99");
        assertThat(de.salesLast30Days()).isEqualByComparingTo("1234.50");
        assertThat(de.totalDaysOfSupply()).isEqualByComparingTo("12.6");
        assertThat(de.recommendedShipDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(snapshots
                        .restock(account, Marketplace.FR, "TASSE", LocalDate.of(2026, 11, 24))
                        .orElseThrow()
                        .price())
                .isEqualByComparingTo("13.49");
    }

    @Test
    void importingAgainChangesNothingAndALaterReportOfTheDayReplacesIt() {
        long account = account(Marketplace.US);
        LocalDate day = LocalDate.of(2026, 11, 24);
        Path file = write(dir, "restock.txt", StandardCharsets.UTF_8, HEADER, RED, MUG);
        importOne(imports, account, file, on(day));

        ImportResult again = importOne(imports, account, file, on(day));
        ImportResult later = importOne(
                imports,
                account,
                write(dir, "later.txt", StandardCharsets.UTF_8, HEADER, RED.replace("\t120\t", "\t140\t"), MUG),
                on(day));

        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(later.inserted()).isZero();
        assertThat(later.updated()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from inventory_restock_recommendations where account_id = ?",
                        Long.class,
                        account))
                .isEqualTo(2);
        assertThat(snapshots
                        .restock(account, Marketplace.US, "SKU-RED-M", day)
                        .orElseThrow()
                        .recommendedReplenishmentQty())
                .isEqualTo(140);
    }

    @Test
    void aBadQuantityRefusesTheFileUnlessLenient() {
        long account = account(Marketplace.US);
        Path file = write(dir, "bad.txt", StandardCharsets.UTF_8, HEADER, RED.replace("\t120\t", "\tlots\t"), MUG);

        ImportResult strict = importOne(imports, account, file, strict());
        ImportResult lenient = importOne(imports, account, file, lenient());

        assertThat(strict.status()).isEqualTo("REJECTED");
        assertThat(strict.problems().get(0).describe("bad.txt"))
                .isEqualTo("bad.txt:2:27: (Recommended replenishment qty) expected a whole number, found \"lots\"");
        assertThat(lenient.status()).isEqualTo("PARTIAL");
        assertThat(lenient.inserted()).isEqualTo(1);
    }

    /**
     * Airbyte's connector recorded two restock lines of its real sandbox account (as parsed records, keyed by the
     * report's headers in the report's order); written back as the tab-separated report they came from.
     */
    @Test
    void readsTheLinesOfARealSandboxAccount() throws IOException {
        Path records = Reports.SAMPLES.resolve("airbyte/source-amazon-seller-partner_expected_records.jsonl");
        assumeTrue(Files.exists(records), "shared samples not present");
        List<String> lines = new ArrayList<>();
        var mapper = JsonMapper.builder().build();
        for (String json : Files.readAllLines(records)) {
            JsonNode record = mapper.readTree(json);
            if (!record.path("stream").asString().equals("GET_RESTOCK_INVENTORY_RECOMMENDATIONS_REPORT")) {
                continue;
            }
            List<String> names = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (var field : record.path("data").properties()) {
                if (!field.getKey().equals("dataEndTime")) {
                    names.add(field.getKey());
                    values.add(field.getValue().asString());
                }
            }
            if (lines.isEmpty()) {
                lines.add(String.join("\t", names));
            }
            lines.add(String.join("\t", values));
        }
        assertThat(lines).hasSize(3);
        long account = account(Marketplace.US);
        Path file = write(dir, "restock-sandbox.txt", StandardCharsets.UTF_8, lines.toArray(String[]::new));

        ImportResult result = importOne(imports, account, file, on(LocalDate.of(2022, 7, 31)));

        assertThat(result.type()).isEqualTo("inventory.restock");
        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.inserted()).isEqualTo(2);
        RestockRecommendation shirt = snapshots
                .restock(account, Marketplace.US, "IA-VREM-8L92", LocalDate.of(2022, 7, 31))
                .orElseThrow();
        assertThat(shirt.productName()).isEqualTo("Airbyte T-Shirt Black");
        assertThat(shirt.fnsku()).isEqualTo("X0041NMBPF");
        assertThat(shirt.price()).isEqualByComparingTo("15.00");
        assertThat(shirt.alert()).isEqualTo("out_of_stock");
        assertThat(shirt.recommendedShipDate()).isNull();
        assertThat(shirt.unitStorageSize()).isNull();
        assertThat(snapshots
                        .restock(account, Marketplace.US, "KW-J7BQ-WNKL", LocalDate.of(2022, 7, 31))
                        .orElseThrow()
                        .unitStorageSize())
                .isEqualTo("0.1736 ft3");
    }

    private long account(Marketplace... marketplaces) {
        return directory
                .create(directory.defaultOrganisation(), TestDatabase.unique("Restock"), List.of(marketplaces), null)
                .id();
    }
}
