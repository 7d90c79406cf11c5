package dev.bosun.inventory;

import static dev.bosun.inventory.Reports.importOne;
import static dev.bosun.inventory.Reports.in;
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
import java.math.BigDecimal;
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

/** The Manage FBA Inventory report becomes one stock snapshot per marketplace, SKU and day. */
@BosunTest
class ManageInventoryImportTests {

    static final String HEADER = tsv(
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
            "afn-future-supply-buyable");
    static final String RED = tsv(
            "SKU-RED-M",
            "X001RED01",
            "B0RED00001",
            "Red Shirt M",
            "New",
            "19.99",
            "No",
            "0",
            "Yes",
            "35",
            "20",
            "5",
            "10",
            "55",
            "0.12",
            "10",
            "5",
            "5",
            "0",
            "0",
            "0");
    static final String BLUE = tsv(
            "SKU-BLUE-L",
            "X001BLU01",
            "B0BLU00001",
            "Blue Shirt 12\" L",
            "New",
            "1,299.00",
            "No",
            "0",
            "Yes",
            "12",
            "10",
            "0",
            "1",
            "14",
            "0.2",
            "0",
            "2",
            "0",
            "3",
            "",
            "");
    static final String MUG = tsv(
            "SKU-MUG",
            "X001MUG01",
            "B0MUG00001",
            "Old Mug",
            "Used - Good",
            "",
            "Yes",
            "4",
            "No",
            "0",
            "0",
            "0",
            "0",
            "0",
            "",
            "0",
            "0",
            "0",
            "0",
            "0",
            "0");

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
    void recordsEachSkuOfTheImportDayInTheMarketplaceZone() {
        long account = account(Marketplace.US);
        Path file = write(dir, "myi.txt", StandardCharsets.UTF_8, HEADER, RED, BLUE, MUG);

        ImportResult result = importOne(imports, account, file, strict());

        LocalDate today = LocalDate.now(clock.withZone(Marketplace.US.zone()));
        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("inventory.manage-inventory");
        assertThat(result.inserted()).isEqualTo(3);
        assertThat(result.marketplaces()).containsExactly("US");
        assertThat(result.periodFrom()).isEqualTo(today);
        assertThat(result.periodTo()).isEqualTo(today);

        StockSnapshot red =
                snapshots.stock(account, Marketplace.US, "SKU-RED-M", today).orElseThrow();
        assertThat(red.fnsku()).isEqualTo("X001RED01");
        assertThat(red.asin()).isEqualTo("B0RED00001");
        assertThat(red.condition()).isEqualTo("New");
        assertThat(red.yourPrice()).isEqualByComparingTo("19.99");
        assertThat(red.currency()).isEqualTo("USD");
        assertThat(red.mfnListingExists()).isFalse();
        assertThat(red.afnListingExists()).isTrue();
        assertThat(List.of(red.warehouse(), red.fulfillable(), red.unsellable(), red.reserved(), red.total()))
                .containsExactly(35, 20, 5, 10, 55);
        assertThat(List.of(red.inboundWorking(), red.inboundShipped(), red.inboundReceiving(), red.researching()))
                .containsExactly(10, 5, 5, 0);
        assertThat(red.perUnitVolume()).isEqualByComparingTo("0.12");
        assertThat(red.figuresAgree()).isTrue();

        StockSnapshot blue =
                snapshots.stock(account, Marketplace.US, "SKU-BLUE-L", today).orElseThrow();
        assertThat(blue.productName()).isEqualTo("Blue Shirt 12\" L");
        assertThat(blue.yourPrice()).isEqualByComparingTo("1299.00");
        assertThat(blue.reservedFutureSupply()).isNull();

        StockSnapshot mug =
                snapshots.stock(account, Marketplace.US, "SKU-MUG", today).orElseThrow();
        assertThat(mug.yourPrice()).isNull();
        assertThat(mug.mfnListingExists()).isTrue();
        assertThat(mug.mfnFulfillable()).isEqualTo(4);
        assertThat(mug.afnListingExists()).isFalse();
    }

    @Test
    void keepsRowsWhoseFiguresBreakTheReportsOwnSumsAndListsThem() {
        long account = account(Marketplace.US);
        Path file = write(dir, "myi.txt", StandardCharsets.UTF_8, HEADER, RED, BLUE, MUG);

        importOne(imports, account, file, on(LocalDate.of(2026, 11, 20)));

        List<StockSnapshot> odd = snapshots.disagreements(account, LocalDate.of(2026, 11, 20));
        assertThat(odd).extracting(StockSnapshot::sku).containsExactly("SKU-BLUE-L");
        assertThat(odd.get(0).warehouseGap()).isEqualTo(1);
        assertThat(odd.get(0).totalGap()).isZero();
        assertThat(snapshots.stockOn(account, LocalDate.of(2026, 11, 20))).hasSize(3);
    }

    @Test
    void readsGermanFilesInWindows1252WithDecimalCommas() {
        long account = account(Marketplace.DE);
        Path file = write(
                dir,
                "myi-de.txt",
                Charset.forName("windows-1252"),
                HEADER,
                tsv(
                        "TASSE-GR",
                        "X002TAS01",
                        "B0TAS00001",
                        "Grüne Tasse – groß, 0,5 l",
                        "Neu",
                        "12,99",
                        "Nein",
                        "0",
                        "Ja",
                        "7",
                        "6",
                        "1",
                        "0",
                        "9",
                        "0,35",
                        "0",
                        "2",
                        "0",
                        "0",
                        "0",
                        "0"),
                tsv(
                        "KANNE",
                        "X002KAN01",
                        "B0KAN00001",
                        "Kaffeekanne (weiß)",
                        "Neu",
                        "1.299,00",
                        "Nein",
                        "0",
                        "Ja",
                        "1",
                        "1",
                        "0",
                        "0",
                        "1",
                        "1,5",
                        "0",
                        "0",
                        "0",
                        "0",
                        "0",
                        "0"));

        ImportResult result = importOne(imports, account, file, on(LocalDate.of(2026, 11, 21)));

        assertThat(result.status()).isEqualTo("IMPORTED");
        StockSnapshot cup = snapshots
                .stock(account, Marketplace.DE, "TASSE-GR", LocalDate.of(2026, 11, 21))
                .orElseThrow();
        assertThat(cup.productName()).isEqualTo("Grüne Tasse – groß, 0,5 l");
        assertThat(cup.yourPrice()).isEqualByComparingTo("12.99");
        assertThat(cup.currency()).isEqualTo("EUR");
        assertThat(cup.perUnitVolume()).isEqualByComparingTo("0.35");
        assertThat(cup.mfnListingExists()).isFalse();
        assertThat(cup.afnListingExists()).isTrue();
        assertThat(snapshots
                        .stock(account, Marketplace.DE, "KANNE", LocalDate.of(2026, 11, 21))
                        .orElseThrow()
                        .yourPrice())
                .isEqualByComparingTo("1299.00");
    }

    @Test
    void readsJapaneseProductNamesInShiftJis() {
        long account = account(Marketplace.JP);
        Path file = write(
                dir,
                "myi-jp.txt",
                Charset.forName("windows-31j"),
                HEADER,
                tsv(
                        "JP-TEA-01",
                        "X003TEA01",
                        "B0TEA00001",
                        "日本茶 緑茶 ティーバッグ 50袋入り",
                        "新品",
                        "1,980",
                        "いいえ",
                        "0",
                        "はい",
                        "3",
                        "3",
                        "0",
                        "0",
                        "3",
                        "",
                        "0",
                        "0",
                        "0",
                        "0",
                        "0",
                        "0"));

        ImportResult result = importOne(imports, account, file, on(LocalDate.of(2026, 11, 22)));

        assertThat(result.status()).isEqualTo("IMPORTED");
        StockSnapshot tea = snapshots
                .stock(account, Marketplace.JP, "JP-TEA-01", LocalDate.of(2026, 11, 22))
                .orElseThrow();
        assertThat(tea.productName()).isEqualTo("日本茶 緑茶 ティーバッグ 50袋入り");
        assertThat(tea.yourPrice()).isEqualByComparingTo("1980");
        assertThat(tea.currency()).isEqualTo("JPY");
        assertThat(tea.afnListingExists()).isTrue();
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        long account = account(Marketplace.US);
        Path file = write(dir, "myi.txt", StandardCharsets.UTF_8, HEADER, RED, BLUE, MUG);

        ImportResult first = importOne(imports, account, file, strict());
        ImportResult second = importOne(imports, account, file, strict());

        assertThat(first.inserted()).isEqualTo(3);
        assertThat(second.status()).isEqualTo("IMPORTED");
        assertThat(second.inserted()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(3);
    }

    @Test
    void aLaterReportOfTheSameDayReplacesItsFiguresAndOtherDaysStayAsHistory() {
        long account = account(Marketplace.US);
        LocalDate day = LocalDate.of(2026, 11, 20);
        importOne(imports, account, write(dir, "a.txt", StandardCharsets.UTF_8, HEADER, RED, BLUE, MUG), on(day));

        String redLater = RED.replace("\t35\t20\t5\t10\t55\t", "\t30\t15\t5\t10\t50\t");
        ImportResult sameDay = importOne(
                imports, account, write(dir, "b.txt", StandardCharsets.UTF_8, HEADER, redLater, BLUE, MUG), on(day));
        ImportResult nextDay = importOne(
                imports,
                account,
                write(dir, "c.txt", StandardCharsets.UTF_8, HEADER, redLater, BLUE, MUG),
                on(day.plusDays(1)));

        assertThat(sameDay.inserted()).isZero();
        assertThat(sameDay.updated()).isEqualTo(1);
        assertThat(sameDay.unchanged()).isEqualTo(2);
        assertThat(nextDay.inserted()).isEqualTo(3);
        assertThat(rows(account)).isEqualTo(6);
        assertThat(snapshots.stockHistory(account, Marketplace.US, "SKU-RED-M"))
                .extracting(StockSnapshot::snapshotDate, StockSnapshot::fulfillable)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(day, 15),
                        org.assertj.core.groups.Tuple.tuple(day.plusDays(1), 15));
    }

    @Test
    void aBadQuantityRefusesTheFileNamingLineAndColumn() {
        long account = account(Marketplace.US);
        String bad = BLUE.replace("\t12\t10\t0\t", "\t12\tabc\t0\t");
        Path file = write(dir, "bad.txt", StandardCharsets.UTF_8, HEADER, RED, bad, MUG);

        ImportResult result = importOne(imports, account, file, strict());

        assertThat(result.status()).isEqualTo("REJECTED");
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).line()).isEqualTo(3);
        assertThat(result.problems().get(0).column()).isEqualTo(11);
        assertThat(result.problems().get(0).describe("bad.txt"))
                .isEqualTo("bad.txt:3:11: (afn-fulfillable-quantity) expected a whole number, found \"abc\"");
        assertThat(rows(account)).isZero();

        ImportResult lenient = importOne(imports, account, file, lenient());

        assertThat(lenient.status()).isEqualTo("PARTIAL");
        assertThat(lenient.inserted()).isEqualTo(2);
        assertThat(lenient.rejected()).isEqualTo(1);
        assertThat(rows(account)).isEqualTo(2);
    }

    @Test
    void anAccountSellingInSeveralMarketplacesMustSayWhichOneTheReportIsOf() {
        long account = account(Marketplace.DE, Marketplace.FR);
        Path file = write(dir, "myi.txt", StandardCharsets.UTF_8, HEADER, RED);

        ImportResult unsaid = importOne(imports, account, file, strict());
        ImportResult said = importOne(imports, account, file, in(Marketplace.FR));

        assertThat(unsaid.status()).isEqualTo("REJECTED");
        assertThat(unsaid.problems().get(0).message())
                .contains("the account sells in DE, FR; give it with --marketplace");
        assertThat(said.status()).isEqualTo("IMPORTED");
        assertThat(said.marketplaces()).containsExactly("FR");
        assertThat(jdbc.queryForObject(
                        "select currency from inventory_stock_snapshots where account_id = ?", String.class, account))
                .isEqualTo("EUR");
    }

    @Test
    void amazonsSampleIsRecognisedAndItsPlaceholderRowsRefused() {
        Path sample = Reports.SAMPLES.resolve("airbyte/GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA.csv");
        assumeTrue(Files.exists(sample), "shared samples not present");
        long account = account(Marketplace.US);

        ImportResult result = importOne(imports, account, sample, strict());

        assertThat(result.type()).isEqualTo("inventory.manage-inventory");
        assertThat(result.status()).isEqualTo("REJECTED");
        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.rejected()).isEqualTo(2);
        assertThat(rows(account)).isZero();
    }

    private long rows(long account) {
        return jdbc.queryForObject(
                "select count(*) from inventory_stock_snapshots where account_id = ?", Long.class, account);
    }

    private long account(Marketplace... marketplaces) {
        return directory
                .create(directory.defaultOrganisation(), TestDatabase.unique("Stock"), List.of(marketplaces), null)
                .id();
    }

    static BigDecimal amount(String text) {
        return new BigDecimal(text);
    }
}
