package dev.bosun.inventory;

import static dev.bosun.inventory.Reports.importOne;
import static dev.bosun.inventory.Reports.in;
import static dev.bosun.inventory.Reports.on;
import static dev.bosun.inventory.Reports.strict;
import static dev.bosun.inventory.Reports.tsv;
import static dev.bosun.inventory.Reports.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.amazon.ImportBatch;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.amazon.SnapshotDay;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The day of the reports that are a snapshot of their download (Manage FBA Inventory, restock, stranded): from
 * the user's --period (one day), else a date in the file name, else today in the marketplace's zone; recorded with
 * the batch.
 */
@BosunTest
class SnapshotDayImportTests {

    static final String MYI = tsv(
            "sku",
            "afn-warehouse-quantity",
            "afn-fulfillable-quantity",
            "afn-unsellable-quantity",
            "afn-reserved-quantity",
            "afn-total-quantity");
    static final String RESTOCK = tsv("Country", "Merchant SKU", "Available", "Recommended replenishment qty");
    static final String STRANDED = tsv("date-stranded", "stranded-reason", "sku", "fulfillable-qty");
    static final LocalDate NOV_24 = LocalDate.of(2026, 11, 24);

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
    void theDayGivenWithTheImportComesFirstEvenOverADateInTheName() {
        long account = account(Marketplace.US);
        Path file = write(
                dir,
                "Inventory+Report+11-24-2026.txt",
                StandardCharsets.UTF_8,
                MYI,
                tsv("RED", "5", "5", "0", "0", "5"));

        ImportResult result = importOne(imports, account, file, on(LocalDate.of(2026, 11, 20)));

        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.snapshotDay())
                .isEqualTo(new SnapshotDay(LocalDate.of(2026, 11, 20), SnapshotDay.Source.PERIOD));
        assertThat(result.periodFrom()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(result.periodTo()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(snapshots.stock(account, Marketplace.US, "RED", LocalDate.of(2026, 11, 20)))
                .isPresent();
        assertThat(snapshots.stock(account, Marketplace.US, "RED", NOV_24)).isEmpty();
        ImportBatch batch = imports.batch(account, result.batchId()).orElseThrow();
        assertThat(batch.snapshotDay()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(batch.snapshotDaySource()).isEqualTo("PERIOD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Inventory+Report+11-24-2026.txt      | 2026-11-24
            Inventory-2026-11-23.csv             | 2026-11-23
            myi_2026_11_22 (1).txt               | 2026-11-22
            GET_FBA_MYI_20261121_0930.txt        | 2026-11-21
            """)
    void aDateInTheFileNameIsTheSnapshotDay(String name, LocalDate day) {
        long account = account(Marketplace.US);
        Path file = write(dir, name, StandardCharsets.UTF_8, MYI, tsv("RED", "5", "5", "0", "0", "5"));

        ImportResult result = importOne(imports, account, file, strict());

        assertThat(result.status()).as("%s", result.problems()).isEqualTo("IMPORTED");
        assertThat(result.snapshotDay()).isEqualTo(new SnapshotDay(day, SnapshotDay.Source.FILE_NAME));
        assertThat(snapshots.stock(account, Marketplace.US, "RED", day)).isPresent();
        assertThat(imports.batch(account, result.batchId()).orElseThrow().snapshotDaySource())
                .isEqualTo("FILE_NAME");
    }

    @Test
    void withoutEitherItIsTodayInTheMarketplaceZone() {
        long account = account(Marketplace.JP);
        Path file = write(dir, "12345678901017.txt", StandardCharsets.UTF_8, MYI, tsv("TEA", "1", "1", "0", "0", "1"));

        ImportResult result = importOne(imports, account, file, strict());

        LocalDate today = LocalDate.now(clock.withZone(Marketplace.JP.zone()));
        assertThat(result.snapshotDay())
                .as("a report id in the name is not a date")
                .isEqualTo(new SnapshotDay(today, SnapshotDay.Source.CLOCK));
        assertThat(snapshots.stock(account, Marketplace.JP, "TEA", today)).isPresent();
    }

    @Test
    void aRangeIsRefusedSayingThatTheReportIsOfOneDay() {
        long account = account(Marketplace.US);
        Path file = write(dir, "myi.txt", StandardCharsets.UTF_8, MYI, tsv("RED", "5", "5", "0", "0", "5"));

        ImportResult result = importOne(
                imports, account, file, new ImportOptions(false, null, LocalDate.of(2026, 11, 1), NOV_24, "test"));

        assertThat(result.status()).isEqualTo("REJECTED");
        assertThat(result.problems().get(0).message())
                .contains("a snapshot of the day it was downloaded")
                .contains("give --period 2026-11-01")
                .contains("not the range 2026-11-01..2026-11-24");
        assertThat(stockRows(account)).isZero();
    }

    @Test
    void aNameWithSeveralDatesIsRefusedAsAmbiguous() {
        long account = account(Marketplace.US);
        Path file = write(
                dir,
                "myi-2026-11-24-copy-of-2026-11-20.txt",
                StandardCharsets.UTF_8,
                MYI,
                tsv("RED", "5", "5", "0", "0", "5"));

        ImportResult result = importOne(imports, account, file, strict());

        assertThat(result.status()).isEqualTo("REJECTED");
        assertThat(result.problems().get(0).message())
                .contains("several dates (2026-11-24, 2026-11-20)")
                .contains("--period YYYY-MM-DD");
    }

    @Test
    void yesterdaysFileImportedAfterTodaysKeepsItsOwnDayAndLeavesTodayAlone() {
        long account = account(Marketplace.US);
        Path today = write(
                dir,
                "Inventory+Report+11-24-2026.txt",
                StandardCharsets.UTF_8,
                MYI,
                tsv("RED", "7", "7", "0", "0", "9"));
        Path yesterday = write(
                dir,
                "Inventory+Report+11-23-2026.txt",
                StandardCharsets.UTF_8,
                MYI,
                tsv("RED", "12", "12", "0", "0", "12"));

        importOne(imports, account, today, strict());
        ImportResult late = importOne(imports, account, yesterday, strict());

        assertThat(late.inserted()).isEqualTo(1);
        assertThat(late.updated()).isZero();
        assertThat(snapshots.stockHistory(account, Marketplace.US, "RED"))
                .extracting(StockSnapshot::snapshotDate, StockSnapshot::fulfillable)
                .containsExactly(tuple(NOV_24.minusDays(1), 12), tuple(NOV_24, 7));
    }

    @Test
    void restockAndStrandedReportsTakeTheirDayTheSameWay() {
        long account = account(Marketplace.US);
        Path restock =
                write(dir, "Restock_2026-11-24.txt", StandardCharsets.UTF_8, RESTOCK, tsv("US", "RED", "3", "40"));
        Path stranded = write(
                dir,
                "stranded-20261123.txt",
                StandardCharsets.UTF_8,
                STRANDED,
                tsv("2026-10-02", "No listing", "RED", "3"));

        ImportResult restocked = importOne(imports, account, restock, strict());
        ImportResult strandedResult = importOne(imports, account, stranded, strict());

        assertThat(restocked.snapshotDay()).isEqualTo(new SnapshotDay(NOV_24, SnapshotDay.Source.FILE_NAME));
        assertThat(snapshots.restock(account, Marketplace.US, "RED", NOV_24)).isPresent();
        assertThat(strandedResult.snapshotDay())
                .isEqualTo(new SnapshotDay(NOV_24.minusDays(1), SnapshotDay.Source.FILE_NAME));
        assertThat(snapshots.stranded(account, NOV_24.minusDays(1)))
                .extracting(StrandedListing::sku)
                .containsExactly("RED");
    }

    @Test
    void theCliJsonShowsTheSnapshotDayAndItsSource() {
        long account = account(Marketplace.US);
        Path file = write(
                dir,
                "Inventory+Report+11-24-2026.txt",
                StandardCharsets.UTF_8,
                MYI,
                tsv("RED", "5", "5", "0", "0", "5"));

        Map<String, Object> json = importOne(imports, account, file, strict()).describe("Acme");

        assertThat(json).containsEntry("snapshotDay", "2026-11-24").containsEntry("snapshotDaySource", "FILE_NAME");
    }

    @Test
    void runningABatchAgainKeepsTheDayItWasImportedFor() {
        long account = account(Marketplace.US);
        Path file = write(dir, "myi.txt", StandardCharsets.UTF_8, MYI, tsv("RED", "5", "5", "0", "0", "5"));
        ImportResult first = importOne(imports, account, file, on(LocalDate.of(2026, 11, 20)));

        List<ImportResult> again =
                imports.rerun(account, first.batchId(), "test").orElseThrow();

        assertThat(again).hasSize(1);
        assertThat(again.get(0).snapshotDay().day()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(again.get(0).unchanged()).isEqualTo(1);
    }

    @Test
    void strandedReportsOfTwoMarketplacesOnOneDayAreKeptApart() {
        long account = account(Marketplace.DE, Marketplace.FR);
        Path de = write(
                dir,
                "stranded-de-2026-11-24.txt",
                StandardCharsets.UTF_8,
                STRANDED,
                tsv("02.10.2026", "Kein Angebot", "TASSE", "4"));
        Path fr = write(
                dir,
                "stranded-fr-2026-11-24.txt",
                StandardCharsets.UTF_8,
                STRANDED,
                tsv("03.10.2026", "Pas d'offre", "TASSE", "6"));

        ImportResult unsaid = importOne(imports, account, de, strict());
        ImportResult inDe = importOne(imports, account, de, in(Marketplace.DE));
        ImportResult inFr = importOne(imports, account, fr, in(Marketplace.FR));

        assertThat(unsaid.status()).isEqualTo("REJECTED");
        assertThat(unsaid.problems().get(0).message()).contains("give it with --marketplace");
        assertThat(inDe.inserted()).isEqualTo(1);
        assertThat(inFr.inserted())
                .as("the French report does not overwrite the German one")
                .isEqualTo(1);
        assertThat(snapshots.stranded(account, NOV_24))
                .extracting(StrandedListing::marketplace, StrandedListing::fulfillable)
                .containsExactlyInAnyOrder(tuple(Marketplace.DE, 4), tuple(Marketplace.FR, 6));
    }

    private long stockRows(long account) {
        return jdbc.queryForObject(
                "select count(*) from inventory_stock_snapshots where account_id = ?", Long.class, account);
    }

    private long account(Marketplace... marketplaces) {
        return directory
                .create(directory.defaultOrganisation(), TestDatabase.unique("Snapshot"), List.of(marketplaces), null)
                .id();
    }
}
