package dev.bosun.inventory;

import static dev.bosun.inventory.Reports.importOne;
import static dev.bosun.inventory.Reports.lenient;
import static dev.bosun.inventory.Reports.strict;
import static dev.bosun.inventory.Reports.tsv;
import static dev.bosun.inventory.Reports.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The inventory ledger: detail lines become events without doubles, summary lines daily balances. */
@BosunTest
class LedgerImportTests {

    static final String DETAIL = tsv(
            "Date",
            "FNSKU",
            "ASIN",
            "MSKU",
            "Title",
            "EventType",
            "ReferenceID",
            "Quantity",
            "FulfillmentCenter",
            "Disposition",
            "Reason",
            "Country",
            "ReconciledQuantity",
            "UnreconciledQuantity");
    static final String SHIPPED = tsv(
            "11/20/2026",
            "X001RED01",
            "B0RED00001",
            "SKU-RED-M",
            "Red Shirt M",
            "Shipments",
            "113-1234567-1234567",
            "-1",
            "PHX7",
            "SELLABLE",
            "",
            "US",
            "",
            "");
    static final String RECEIVED = tsv(
            "11/20/2026",
            "X001RED01",
            "B0RED00001",
            "SKU-RED-M",
            "Red Shirt M",
            "Receipts",
            "FBA15ABCDEFG",
            "24",
            "PHX7",
            "SELLABLE",
            "",
            "US",
            "",
            "");
    static final String DAMAGED = tsv(
            "11/21/2026",
            "X001RED01",
            "B0RED00001",
            "SKU-RED-M",
            "Red Shirt M",
            "Adjustments",
            "7712345678",
            "-1",
            "PHX7",
            "SELLABLE",
            "E",
            "US",
            "0",
            "1");
    static final String RETURNED = tsv(
            "11/21/2026",
            "X001RED01",
            "B0RED00001",
            "SKU-RED-M",
            "Red Shirt M",
            "CustomerReturns",
            "113-7654321-7654321",
            "1",
            "ONT8",
            "CUSTOMER_DAMAGED",
            "",
            "US",
            "",
            "");
    static final String SUMMARY = tsv(
            "Date",
            "FNSKU",
            "ASIN",
            "MSKU",
            "Title",
            "Disposition",
            "StartingWarehouseBalance",
            "InTransitBetweenWarehouses",
            "Receipts",
            "CustomerShipments",
            "CustomerReturns",
            "VendorReturns",
            "WarehouseTransferIn/Out",
            "Found",
            "Lost",
            "Damaged",
            "Disposed",
            "OtherEvents",
            "EndingWarehouseBalance",
            "UnknownEvents",
            "Location");
    static final String SELLABLE = tsv(
            "11/20/2026",
            "X001RED01",
            "B0RED00001",
            "SKU-RED-M",
            "Red Shirt M",
            "SELLABLE",
            "100",
            "6",
            "24",
            "-2",
            "0",
            "0",
            "-3",
            "0",
            "0",
            "-1",
            "0",
            "0",
            "118",
            "0",
            "US");
    static final String UNSELLABLE = tsv(
            "11/20/2026",
            "X001RED01",
            "B0RED00001",
            "SKU-RED-M",
            "Red Shirt M",
            "UNSELLABLE",
            "3",
            "0",
            "0",
            "0",
            "1",
            "0",
            "0",
            "0",
            "0",
            "1",
            "0",
            "0",
            "5",
            "0",
            "US");

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    StockLedger ledger;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void recordsEveryMovementAndNumbersIdenticalLines() {
        long account = account(Marketplace.US);
        Path file =
                write(dir, "ledger.txt", StandardCharsets.UTF_8, DETAIL, SHIPPED, SHIPPED, RECEIVED, DAMAGED, RETURNED);

        ImportResult result = importOne(imports, account, file, strict());

        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("inventory.ledger-detail");
        assertThat(result.inserted()).isEqualTo(5);
        assertThat(result.marketplaces()).containsExactly("US");
        assertThat(result.periodFrom()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(result.periodTo()).isEqualTo(LocalDate.of(2026, 11, 21));
        List<LedgerEvent> events =
                ledger.events(account, "X001RED01", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 21));
        assertThat(events)
                .extracting(
                        LedgerEvent::date,
                        LedgerEvent::eventType,
                        LedgerEvent::quantity,
                        LedgerEvent::fulfillmentCenter,
                        LedgerEvent::occurrence)
                .containsExactly(
                        tuple(LocalDate.of(2026, 11, 20), "Receipts", 24, "PHX7", 1),
                        tuple(LocalDate.of(2026, 11, 20), "Shipments", -1, "PHX7", 1),
                        tuple(LocalDate.of(2026, 11, 20), "Shipments", -1, "PHX7", 2),
                        tuple(LocalDate.of(2026, 11, 21), "Adjustments", -1, "PHX7", 1),
                        tuple(LocalDate.of(2026, 11, 21), "CustomerReturns", 1, "ONT8", 1));
        LedgerEvent damaged = events.get(3);
        assertThat(damaged.reason()).isEqualTo("E");
        assertThat(damaged.referenceId()).isEqualTo("7712345678");
        assertThat(damaged.reconciledQuantity()).isZero();
        assertThat(damaged.unreconciledQuantity()).isEqualTo(1);
        assertThat(damaged.msku()).isEqualTo("SKU-RED-M");
        assertThat(events.get(0).reason()).isNull();
        assertThat(events.get(0).reconciledQuantity()).isNull();
    }

    @Test
    void downloadingTheSameDaysAgainAddsNothingAndReconciliationUpdatesTheLine() {
        long account = account(Marketplace.US);
        Path first = write(dir, "a.txt", StandardCharsets.UTF_8, DETAIL, SHIPPED, SHIPPED, RECEIVED, DAMAGED, RETURNED);
        importOne(imports, account, first, strict());

        ImportResult again = importOne(imports, account, first, strict());
        String reconciled = DAMAGED.replace("\t0\t1", "\t1\t0");
        String nextDay = SHIPPED.replace("11/20/2026", "11/22/2026");
        ImportResult overlap = importOne(
                imports,
                account,
                write(
                        dir,
                        "b.txt",
                        StandardCharsets.UTF_8,
                        DETAIL,
                        RECEIVED,
                        SHIPPED,
                        SHIPPED,
                        reconciled,
                        RETURNED,
                        nextDay),
                strict());

        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(overlap.inserted()).isEqualTo(1);
        assertThat(overlap.updated()).isEqualTo(1);
        assertThat(overlap.unchanged()).isEqualTo(4);
        assertThat(jdbc.queryForObject(
                        "select count(*) from inventory_ledger_events where account_id = ?", Long.class, account))
                .isEqualTo(6);
        assertThat(ledger.events(account, "X001RED01", LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 21)))
                .filteredOn(e -> e.eventType().equals("Adjustments"))
                .extracting(LedgerEvent::reconciledQuantity, LedgerEvent::unreconciledQuantity)
                .containsExactly(tuple(1, 0));
    }

    @Test
    void readsEuropeanDatesDayFirstAndSellerCentralHeadersWithSpaces() {
        long account = account(Marketplace.DE);
        Path file = write(
                dir,
                "ledger-de.csv",
                Charset.forName("windows-1252"),
                "\"Date\",\"FNSKU\",\"ASIN\",\"MSKU\",\"Title\",\"Event Type\",\"Reference ID\",\"Quantity\","
                        + "\"Fulfillment Center\",\"Disposition\",\"Reason\",\"Country\",\"Reconciled Quantity\","
                        + "\"Unreconciled Quantity\"",
                "\"05/11/2026\",\"X002TAS01\",\"B0TAS00001\",\"TASSE\",\"Grüne Tasse – groß, 0,5 l\",\"Shipments\","
                        + "\"302-1234567-1234567\",\"-2\",\"LEJ1\",\"SELLABLE\",\"\",\"DE\",\"\",\"\"");

        ImportResult result = importOne(imports, account, file, strict());

        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("inventory.ledger-detail");
        assertThat(ledger.events(account, LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 5)))
                .extracting(LedgerEvent::title, LedgerEvent::quantity, LedgerEvent::country)
                .containsExactly(tuple("Grüne Tasse – groß, 0,5 l", -2, "DE"));
    }

    @Test
    void aBadQuantityRefusesTheFileUnlessLenient() {
        long account = account(Marketplace.US);
        Path file = write(
                dir, "bad.txt", StandardCharsets.UTF_8, DETAIL, RECEIVED, SHIPPED.replace("\t-1\t", "\tminus one\t"));

        ImportResult strict = importOne(imports, account, file, strict());
        ImportResult lenient = importOne(imports, account, file, lenient());

        assertThat(strict.status()).isEqualTo("REJECTED");
        assertThat(strict.problems().get(0).describe("bad.txt"))
                .isEqualTo("bad.txt:3:8: (Quantity) expected a whole number, found \"minus one\"");
        assertThat(lenient.status()).isEqualTo("PARTIAL");
        assertThat(lenient.inserted()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from inventory_ledger_events where account_id = ?", Long.class, account))
                .isEqualTo(1);
    }

    @Test
    void recordsDailyBalancesPerDispositionAndLocation() {
        long account = account(Marketplace.US);
        Path file = write(dir, "summary.txt", StandardCharsets.UTF_8, SUMMARY, SELLABLE, UNSELLABLE);

        ImportResult result = importOne(imports, account, file, strict());

        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("inventory.ledger-summary");
        assertThat(result.inserted()).isEqualTo(2);
        assertThat(result.marketplaces()).containsExactly("US");
        List<LedgerBalance> balances =
                ledger.balances(account, "X001RED01", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20));
        assertThat(balances).extracting(LedgerBalance::disposition).containsExactly("SELLABLE", "UNSELLABLE");
        LedgerBalance sellable = balances.get(0);
        assertThat(sellable.location()).isEqualTo("US");
        assertThat(List.of(
                        sellable.startingWarehouseBalance(),
                        sellable.inTransitBetweenWarehouses(),
                        sellable.receipts(),
                        sellable.customerShipments(),
                        sellable.warehouseTransferInOut(),
                        sellable.damaged(),
                        sellable.endingWarehouseBalance()))
                .containsExactly(100, 6, 24, -2, -3, -1, 118);
    }

    @Test
    void aRestatedBalanceReplacesTheDayAndTheSameFileChangesNothing() {
        long account = account(Marketplace.US);
        Path file = write(dir, "summary.txt", StandardCharsets.UTF_8, SUMMARY, SELLABLE, UNSELLABLE);
        importOne(imports, account, file, strict());

        ImportResult again = importOne(imports, account, file, strict());
        String restated = SELLABLE.replace("\t0\t0\t-1\t0\t0\t118\t", "\t0\t-1\t-1\t0\t0\t117\t");
        ImportResult later = importOne(
                imports,
                account,
                write(dir, "restated.txt", StandardCharsets.UTF_8, SUMMARY, restated, UNSELLABLE),
                strict());

        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(later.inserted()).isZero();
        assertThat(later.updated()).isEqualTo(1);
        assertThat(ledger.balances(account, "X001RED01", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20)))
                .extracting(LedgerBalance::disposition, LedgerBalance::lost, LedgerBalance::endingWarehouseBalance)
                .containsExactly(tuple("SELLABLE", -1, 117), tuple("UNSELLABLE", 0, 5));
    }

    @Test
    void readsSellerCentralSummaryDownloadsWithSpacedHeaders() {
        long account = account(Marketplace.DE);
        Path file = write(
                dir,
                "summary-de.csv",
                StandardCharsets.UTF_8,
                "Date,FNSKU,ASIN,MSKU,Title,Disposition,Starting Warehouse Balance,In Transit Between Warehouses,"
                        + "Receipts,Customer Shipments,Customer Returns,Vendor Returns,Warehouse Transfer In/Out,"
                        + "Found,Lost,Damaged,Disposed,Other Events,Ending Warehouse Balance,Unknown Events,Location",
                "21/11/2026,X002TAS01,B0TAS00001,TASSE,\"Grüne Tasse, groß\",SELLABLE,10,0,0,-2,1,0,0,0,0,0,0,0,9,0,DE");

        ImportResult result = importOne(imports, account, file, strict());

        assertThat(result.type()).isEqualTo("inventory.ledger-summary");
        assertThat(ledger.balances(account, "X002TAS01", LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 21)))
                .extracting(
                        LedgerBalance::title, LedgerBalance::customerShipments, LedgerBalance::endingWarehouseBalance)
                .containsExactly(tuple("Grüne Tasse, groß", -2, 9));
    }

    @Test
    void amazonsSamplesAreRecognisedAndTheirPlaceholderRowsRefused() {
        Path detail = Reports.SAMPLES.resolve("airbyte/GET_LEDGER_DETAIL_VIEW_DATA.csv");
        Path summary = Reports.SAMPLES.resolve("airbyte/GET_LEDGER_SUMMARY_VIEW_DATA.csv");
        assumeTrue(Files.exists(detail) && Files.exists(summary), "shared samples not present");
        long account = account(Marketplace.US);

        ImportResult events = importOne(imports, account, detail, strict());
        ImportResult balances = importOne(imports, account, summary, strict());

        assertThat(events.type()).isEqualTo("inventory.ledger-detail");
        assertThat(events.status()).isEqualTo("REJECTED");
        assertThat(events.rows()).isEqualTo(2);
        assertThat(events.problems())
                .extracting(p -> p.columnName())
                .contains("Quantity", "ReconciledQuantity", "UnreconciledQuantity")
                .doesNotContain("Date");
        assertThat(balances.type()).isEqualTo("inventory.ledger-summary");
        assertThat(balances.status()).isEqualTo("REJECTED");
        assertThat(balances.problems()).extracting(p -> p.columnName()).doesNotContain("Date");
    }

    private long account(Marketplace... marketplaces) {
        return directory
                .create(directory.defaultOrganisation(), TestDatabase.unique("Ledger"), List.of(marketplaces), null)
                .id();
    }
}
