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
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.TestDatabase;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The stranded inventory report becomes one line per SKU and day. */
@BosunTest
class StrandedInventoryImportTests {

    static final String HEADER = tsv(
            "primary-action",
            "date-stranded",
            "Date-to-take-auto-removal",
            "status-primary",
            "status-secondary",
            "error-message",
            "stranded-reason",
            "asin",
            "sku",
            "fnsku",
            "product-name",
            "condition",
            "fulfilled-by",
            "fulfillable-qty",
            "your-price",
            "unfulfillable-qty",
            "reserved-quantity",
            "inbound-shipped-qty");
    static final String RED = tsv(
            "Relist",
            "2026-10-02T10:11:12+00:00",
            "2027-01-02T00:00:00+00:00",
            "Stranded",
            "",
            "Listing is closed",
            "No listing",
            "B0RED00001",
            "SKU-RED-M",
            "X001RED01",
            "Red Shirt M",
            "New",
            "Amazon",
            "10",
            "19.99",
            "0",
            "1",
            "0");
    static final String MUG = tsv(
            "Fix listing",
            "2026-11-01T08:00:00+00:00",
            "",
            "Stranded",
            "Pricing error",
            "Price outside range",
            "Pricing error",
            "B0MUG00001",
            "SKU-MUG",
            "X001MUG01",
            "Old Mug",
            "Used - Good",
            "Amazon",
            "3",
            "",
            "1",
            "0",
            "2");

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
    void recordsTheStrandedListingsOfTheImportDay() {
        long account = account(Marketplace.US);
        Path file = write(dir, "stranded.txt", StandardCharsets.UTF_8, HEADER, MUG, RED);

        ImportResult result = importOne(imports, account, file, strict());

        LocalDate today = LocalDate.now(clock.withZone(Marketplace.US.zone()));
        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("inventory.stranded");
        assertThat(result.inserted()).isEqualTo(2);
        List<StrandedListing> listings = snapshots.stranded(account, today);
        assertThat(listings).extracting(StrandedListing::sku).containsExactly("SKU-RED-M", "SKU-MUG");
        StrandedListing red = listings.get(0);
        assertThat(red.marketplace()).isEqualTo(Marketplace.US);
        assertThat(red.primaryAction()).isEqualTo("Relist");
        assertThat(red.dateStranded()).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(red.dateToTakeAutoRemoval()).isEqualTo(LocalDate.of(2027, 1, 2));
        assertThat(red.strandedReason()).isEqualTo("No listing");
        assertThat(red.yourPrice()).isEqualByComparingTo("19.99");
        assertThat(red.currency()).isEqualTo("USD");
        assertThat(List.of(red.fulfillable(), red.unfulfillable(), red.reserved(), red.inboundShipped()))
                .containsExactly(10, 0, 1, 0);
        StrandedListing mug = listings.get(1);
        assertThat(mug.dateToTakeAutoRemoval()).isNull();
        assertThat(mug.statusSecondary()).isEqualTo("Pricing error");
        assertThat(mug.yourPrice()).isNull();
    }

    @Test
    void readsEuropeanFilesOfTheMarketplaceGivenWhenTheAccountSellsInSeveral() {
        long account = account(Marketplace.DE, Marketplace.FR);
        Path file = write(
                dir,
                "stranded-de.txt",
                Charset.forName("windows-1252"),
                HEADER,
                tsv(
                        "Angebot erstellen",
                        "02.10.2026",
                        "02.01.2027",
                        "Gestrandet",
                        "",
                        "Angebot geschlossen",
                        "Kein Angebot",
                        "B0TAS00001",
                        "TASSE",
                        "X002TAS01",
                        "Grüne Tasse – groß",
                        "Neu",
                        "Amazon",
                        "4",
                        "12,99",
                        "0",
                        "0",
                        "0"));

        ImportResult unsaid = importOne(imports, account, file, on(LocalDate.of(2026, 11, 24)));
        ImportResult said = importOne(
                imports,
                account,
                file,
                new ImportOptions(false, Marketplace.DE, LocalDate.of(2026, 11, 24), null, "test"));

        assertThat(unsaid.status()).isEqualTo("REJECTED");
        assertThat(unsaid.problems().get(0).message())
                .contains("the account sells in DE, FR; give it with --marketplace");
        assertThat(said.status()).isEqualTo("IMPORTED");
        StrandedListing cup =
                snapshots.stranded(account, LocalDate.of(2026, 11, 24)).get(0);
        assertThat(cup.marketplace()).isEqualTo(Marketplace.DE);
        assertThat(cup.currency()).isEqualTo("EUR");
        assertThat(cup.productName()).isEqualTo("Grüne Tasse – groß");
        assertThat(cup.dateStranded()).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(cup.yourPrice()).isEqualByComparingTo("12.99");
    }

    @Test
    void importingAgainChangesNothingAndALaterReportOfTheDayReplacesIt() {
        long account = account(Marketplace.US);
        LocalDate day = LocalDate.of(2026, 11, 24);
        Path file = write(dir, "stranded.txt", StandardCharsets.UTF_8, HEADER, RED, MUG);
        importOne(imports, account, file, on(day));

        ImportResult again = importOne(imports, account, file, on(day));
        ImportResult later = importOne(
                imports,
                account,
                write(
                        dir,
                        "later.txt",
                        StandardCharsets.UTF_8,
                        HEADER,
                        RED.replace("\tAmazon\t10\t", "\tAmazon\t9\t"),
                        MUG),
                on(day));

        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(later.updated()).isEqualTo(1);
        assertThat(later.unchanged()).isEqualTo(1);
        assertThat(snapshots.stranded(account, day))
                .extracting(StrandedListing::fulfillable)
                .containsExactly(9, 3);
    }

    @Test
    void aBadPriceRefusesTheFileUnlessLenient() {
        long account = account(Marketplace.US);
        Path file =
                write(dir, "bad.txt", StandardCharsets.UTF_8, HEADER, RED.replace("\t19.99\t", "\tnineteen\t"), MUG);

        ImportResult strict = importOne(imports, account, file, strict());
        ImportResult lenient = importOne(imports, account, file, lenient());

        assertThat(strict.status()).isEqualTo("REJECTED");
        assertThat(strict.problems().get(0).describe("bad.txt"))
                .isEqualTo(
                        "bad.txt:2:15: (your-price) expected an amount such as 12.99 or 12,99 €, found \"nineteen\"");
        assertThat(lenient.status()).isEqualTo("PARTIAL");
        assertThat(lenient.inserted()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from inventory_stranded_listings where account_id = ?", Long.class, account))
                .isEqualTo(1);
    }

    @Test
    void amazonsSampleIsRecognisedAndItsPlaceholderRowsRefused() {
        Path sample = Reports.SAMPLES.resolve("airbyte/GET_STRANDED_INVENTORY_UI_DATA.csv");
        assumeTrue(Files.exists(sample), "shared samples not present");
        long account = account(Marketplace.US);

        ImportResult result = importOne(imports, account, sample, strict());

        assertThat(result.type()).isEqualTo("inventory.stranded");
        assertThat(result.status()).isEqualTo("REJECTED");
        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.rejected()).isEqualTo(2);
    }

    private long account(Marketplace... marketplaces) {
        return directory
                .create(directory.defaultOrganisation(), TestDatabase.unique("Stranded"), List.of(marketplaces), null)
                .id();
    }
}
