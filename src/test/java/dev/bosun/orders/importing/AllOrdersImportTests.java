package dev.bosun.orders.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.TestDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The All Orders report end to end: file → reader → importer → order_items, with batches and problems. */
@BosunTest
class AllOrdersImportTests {

    static final String HEADER = "amazon-order-id\tmerchant-order-id\tpurchase-date\tlast-updated-date\torder-status\t"
            + "fulfillment-channel\tsales-channel\torder-channel\tship-service-level\tproduct-name\tsku\tasin\titem-status\t"
            + "quantity\tcurrency\titem-price\titem-tax\tshipping-price\tshipping-tax\tgift-wrap-price\tgift-wrap-tax\t"
            + "item-promotion-discount\tship-promotion-discount\tship-city\tship-state\tship-postal-code\tship-country\t"
            + "promotion-ids\tis-business-order\tpurchase-order-number\tprice-designation\n";

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    SellerAccount us;
    SellerAccount eu;

    @BeforeEach
    void accounts() {
        long org = directory.defaultOrganisation();
        us = directory.create(org, TestDatabase.unique("Orders US"), List.of(Marketplace.US), null);
        eu = directory.create(org, TestDatabase.unique("Orders EU"), List.of(Marketplace.DE, Marketplace.FR), null);
    }

    static String row(
            String orderId,
            String purchased,
            String updated,
            String status,
            String channel,
            String sku,
            String quantity,
            String currency,
            String price) {
        return String.join(
                        "\t",
                        orderId,
                        "",
                        purchased,
                        updated,
                        status,
                        "Amazon",
                        channel,
                        "",
                        "Standard",
                        "Product " + sku,
                        sku,
                        "B0" + sku.hashCode(),
                        status.equals("Cancelled") ? "Cancelled" : "Shipped",
                        quantity,
                        currency,
                        price,
                        "1.00",
                        "0.00",
                        "0.00",
                        "",
                        "",
                        "",
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

    Path file(String name, String text, Charset charset) throws IOException {
        Path path = dir.resolve(name);
        Files.write(path, text.getBytes(charset));
        return path;
    }

    ImportResult importOne(SellerAccount account, Path file, ImportOptions options) {
        List<ImportResult> results =
                imports.importFile(account.id(), file, file.getFileName().toString(), options);
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    long orderRows(SellerAccount account) {
        return jdbc.queryForObject("select count(*) from order_items where account_id = ?", Long.class, account.id());
    }

    @Test
    void importsOrderItemsWithTheirValuesAndRecordsTheBatch() throws IOException {
        Path report = file(
                "orders.txt",
                HEADER
                        + row(
                                "111-1",
                                "2026-11-20T08:04:21+00:00",
                                "2026-11-21T10:00:00+00:00",
                                "Shipped",
                                "Amazon.com",
                                "PAN-12",
                                "2",
                                "USD",
                                "49.98")
                        + row(
                                "111-2",
                                "2026-11-22T23:30:00+00:00",
                                "2026-11-22T23:30:00+00:00",
                                "Pending",
                                "Amazon.com",
                                "MUG-1",
                                "1",
                                "",
                                ""),
                StandardCharsets.UTF_8);

        ImportResult result = importOne(us, report, ImportOptions.strict("tester"));

        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("orders.all-orders");
        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.inserted()).isEqualTo(2);
        assertThat(result.marketplaces()).containsExactly("US");
        assertThat(result.periodFrom()).hasToString("2026-11-20");
        assertThat(result.periodTo()).hasToString("2026-11-22");
        Map<String, Object> pan =
                jdbc.queryForMap("select * from order_items where account_id = ? and sku = 'PAN-12'", us.id());
        assertThat((BigDecimal) pan.get("item_price")).isEqualByComparingTo("49.98");
        assertThat(pan.get("quantity")).isEqualTo(2);
        assertThat(pan.get("fulfillment_channel")).isEqualTo("AFN");
        assertThat(pan.get("marketplace")).isEqualTo("US");
        assertThat(pan.get("batch_id")).isEqualTo(result.batchId());
        Map<String, Object> mug =
                jdbc.queryForMap("select * from order_items where account_id = ? and sku = 'MUG-1'", us.id());
        assertThat(mug.get("item_price")).as("pending orders carry no price").isNull();
        assertThat(mug.get("currency"))
                .as("currency from the marketplace when the report leaves it empty")
                .isEqualTo("USD");
        assertThat(imports.history(us.id(), 10)).first().satisfies(b -> {
            assertThat(b.id()).isEqualTo(result.batchId());
            assertThat(b.importedBy()).isEqualTo("tester");
            assertThat(b.sha256()).hasSize(64);
            assertThat(b.readAs()).contains("UTF-8").contains("tab");
        });
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() throws IOException {
        Path report = file(
                "twice.txt",
                HEADER
                        + row(
                                "222-1",
                                "2026-11-20T08:00:00+00:00",
                                "2026-11-20T09:00:00+00:00",
                                "Shipped",
                                "Amazon.com",
                                "A",
                                "1",
                                "USD",
                                "10.00")
                        + row(
                                "222-2",
                                "2026-11-20T08:00:00+00:00",
                                "2026-11-20T09:00:00+00:00",
                                "Shipped",
                                "Amazon.com",
                                "B",
                                "3",
                                "USD",
                                "30.00"),
                StandardCharsets.UTF_8);
        importOne(us, report, ImportOptions.strict("t"));

        ImportResult again = importOne(us, report, ImportOptions.strict("t"));

        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(orderRows(us)).isEqualTo(2);
    }

    @Test
    void aNewerReportRestatesAnOrderAndAnOlderOneCannotUndoIt() throws IOException {
        String old = HEADER
                + row(
                        "333-1",
                        "2026-11-20T08:00:00+00:00",
                        "2026-11-20T09:00:00+00:00",
                        "Pending",
                        "Amazon.com",
                        "A",
                        "1",
                        "USD",
                        "10.00");
        String newer = HEADER
                + row(
                        "333-1",
                        "2026-11-20T08:00:00+00:00",
                        "2026-11-23T09:00:00+00:00",
                        "Cancelled",
                        "Amazon.com",
                        "A",
                        "1",
                        "USD",
                        "0.00")
                + row(
                        "333-2",
                        "2026-11-23T08:00:00+00:00",
                        "2026-11-23T09:00:00+00:00",
                        "Shipped",
                        "Amazon.com",
                        "C",
                        "1",
                        "USD",
                        "5.00");
        importOne(us, file("old.txt", old, StandardCharsets.UTF_8), ImportOptions.strict("t"));

        ImportResult restated =
                importOne(us, file("newer.txt", newer, StandardCharsets.UTF_8), ImportOptions.strict("t"));
        assertThat(restated.updated()).isEqualTo(1);
        assertThat(restated.inserted()).isEqualTo(1);

        ImportResult stale =
                importOne(us, file("old-again.txt", old, StandardCharsets.UTF_8), ImportOptions.strict("t"));
        assertThat(stale.updated()).isZero();
        assertThat(jdbc.queryForObject(
                        "select order_status from order_items where account_id = ? and amazon_order_id = '333-1'",
                        String.class,
                        us.id()))
                .isEqualTo("Cancelled");
        assertThat(orderRows(us)).isEqualTo(2);
    }

    @Test
    void aFileWithABadRowIsRefusedWholeAndChangesNothing() throws IOException {
        importOne(
                us,
                file(
                        "base.txt",
                        HEADER
                                + row(
                                        "444-0",
                                        "2026-11-19T08:00:00+00:00",
                                        "",
                                        "Shipped",
                                        "Amazon.com",
                                        "Z",
                                        "1",
                                        "USD",
                                        "1.00"),
                        StandardCharsets.UTF_8),
                ImportOptions.strict("t"));
        Path bad = file(
                "bad.txt",
                HEADER
                        + row(
                                "444-1",
                                "2026-11-20T08:00:00+00:00",
                                "",
                                "Shipped",
                                "Amazon.com",
                                "A",
                                "1",
                                "USD",
                                "10.00")
                        + row(
                                "444-2",
                                "2026-11-20T08:00:00+00:00",
                                "",
                                "Shipped",
                                "Amazon.com",
                                "B",
                                "two",
                                "USD",
                                "12,3,4")
                        + row("444-3", "not a date", "", "Shipped", "Amazon.com", "C", "1", "USD", "1.00"),
                StandardCharsets.UTF_8);

        ImportResult result = importOne(us, bad, ImportOptions.strict("t"));

        assertThat(result.status()).isEqualTo("REJECTED");
        assertThat(result.inserted()).isZero();
        assertThat(result.rejected()).isEqualTo(2);
        assertThat(result.problems())
                .extracting(p -> p.describe("bad.txt"))
                .containsExactly(
                        "bad.txt:3:14: (quantity) expected a whole number, found \"two\"",
                        "bad.txt:4:3: (purchase-date) expected a date and time such as 2026-11-25T08:04:21+00:00 or 2026-11-25 08:04:21 UTC, found \"not a date\"");
        assertThat(orderRows(us)).as("nothing of the refused file was kept").isEqualTo(1);
        assertThat(imports.batch(us.id(), result.batchId()))
                .hasValueSatisfying(b -> assertThat(b.status()).isEqualTo("REJECTED"));
        assertThat(imports.problems(us.id(), result.batchId())).hasSize(2);
    }

    @Test
    void aLenientImportKeepsTheGoodRowsAndListsTheRejectedOnes() throws IOException {
        Path bad = file(
                "lenient.txt",
                HEADER
                        + row(
                                "555-1",
                                "2026-11-20T08:00:00+00:00",
                                "",
                                "Shipped",
                                "Amazon.com",
                                "A",
                                "1",
                                "USD",
                                "10.00")
                        + row(
                                "555-2",
                                "2026-11-20T08:00:00+00:00",
                                "",
                                "Shipped",
                                "Amazon.com",
                                "B",
                                "-4",
                                "USD",
                                "12.00"),
                StandardCharsets.UTF_8);

        ImportResult result = importOne(us, bad, new ImportOptions(true, null, null, null, "t"));

        assertThat(result.status()).isEqualTo("PARTIAL");
        assertThat(result.inserted()).isEqualTo(1);
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(result.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("expected a quantity from 0 to 1,000,000, found -4"));
        assertThat(orderRows(us)).isEqualTo(1);
    }

    @Test
    void readsEuropeanFilesInWindows1252WithDecimalCommas() throws IOException {
        Path report = file(
                "de.txt",
                HEADER
                        + row(
                                "302-1",
                                "2026-11-20T08:00:00+01:00",
                                "",
                                "Shipped",
                                "Amazon.de",
                                "TOPF-Größe",
                                "1",
                                "EUR",
                                "1.234,56")
                        + row(
                                "302-2",
                                "2026-11-20T08:00:00+01:00",
                                "",
                                "Shipped",
                                "Amazon.fr",
                                "POÊLE",
                                "1",
                                "EUR",
                                "95,00"),
                Charset.forName("windows-1252"));

        ImportResult result = importOne(eu, report, ImportOptions.strict("t"));

        assertThat(result.status()).as(String.valueOf(result.problems())).isEqualTo("IMPORTED");
        assertThat(result.marketplaces()).containsExactly("DE", "FR");
        assertThat(jdbc.queryForObject(
                        "select item_price from order_items where account_id = ? and sku = 'TOPF-Größe'",
                        BigDecimal.class,
                        eu.id()))
                .isEqualByComparingTo("1234.56");
        assertThat(jdbc.queryForObject(
                        "select item_price from order_items where account_id = ? and sku = 'POÊLE'",
                        BigDecimal.class,
                        eu.id()))
                .isEqualByComparingTo("95.00");
    }

    @Test
    void aFileCutOffMidwayLeavesNothingBehind() throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 45_000; i++) {
            text.append(row(
                    "666-" + i, "2026-11-20T08:00:00+00:00", "", "Shipped", "Amazon.com", "S" + i, "1", "USD", "1.00"));
        }
        byte[] whole;
        try (var bytes = new java.io.ByteArrayOutputStream();
                OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.toString().getBytes(StandardCharsets.UTF_8));
            gz.close();
            whole = bytes.toByteArray();
        }
        Path cut = dir.resolve("cut.txt.gz");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length * 3 / 4));

        ImportResult result = importOne(us, cut, ImportOptions.strict("t"));

        assertThat(result.status()).isEqualTo("REJECTED");
        assertThat(result.problems().get(0).message()).contains("cannot be read");
        assertThat(orderRows(us))
                .as("rows flushed before the failure were rolled back")
                .isZero();
    }

    @Test
    void manyRowsAreCountedExactlyAcrossFlushes() throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 50_001; i++) {
            text.append(
                    row("777-" + i, "2026-11-20T08:00:00+00:00", "", "Shipped", "Amazon.com", "S", "1", "USD", "1.00"));
        }
        Path big = file("big.txt", text.toString(), StandardCharsets.UTF_8);
        ImportResult first = importOne(us, big, ImportOptions.strict("t"));
        assertThat(first.inserted()).isEqualTo(50_001);
        ImportResult second = importOne(us, big, ImportOptions.strict("t"));
        assertThat(second.unchanged()).isEqualTo(50_001);
        assertThat(second.inserted() + second.updated()).isZero();
    }

    @Test
    void valuesTooLongForTheTablesAreProblemsNotCrashes() throws IOException {
        String longSku = "S".repeat(201);
        String longName = "N".repeat(1001);
        ImportResult sku = importOne(
                us,
                file(
                        "long-sku.txt",
                        HEADER
                                + row(
                                        "991-1",
                                        "2026-11-20T08:00:00+00:00",
                                        "",
                                        "Shipped",
                                        "Amazon.com",
                                        longSku,
                                        "1",
                                        "USD",
                                        "1.00"),
                        StandardCharsets.UTF_8),
                ImportOptions.strict("t"));
        assertThat(sku.status()).isEqualTo("REJECTED");
        assertThat(sku.problems().get(0).describe("long-sku.txt"))
                .isEqualTo("long-sku.txt:2:11: (sku) expected at most 200 characters, found 201 characters");
        ImportResult name = importOne(
                us,
                file(
                        "long-name.txt",
                        HEADER
                                + row(
                                                "991-2",
                                                "2026-11-20T08:00:00+00:00",
                                                "",
                                                "Shipped",
                                                "Amazon.com",
                                                "OK",
                                                "1",
                                                "USD",
                                                "1.00")
                                        .replace("Product OK", longName),
                        StandardCharsets.UTF_8),
                ImportOptions.strict("t"));
        assertThat(name.status())
                .as("the database refuses it; the import reports it")
                .isEqualTo("REJECTED");
        assertThat(name.problems().get(0).message()).contains("cannot store").contains("nothing was imported");
        assertThat(orderRows(us)).isZero();
    }

    @Test
    void anUnknownFileIsRefusedNamingTheClosestReport() throws IOException {
        Path odd = file("odd.txt", "amazon-order-id\tpurchase-date\tsku\n1\t2\t3\n", StandardCharsets.UTF_8);
        ImportResult result = importOne(us, odd, ImportOptions.strict("t"));
        assertThat(result.status()).isEqualTo("REJECTED");
        assertThat(result.problems().get(0).message())
                .contains("All Orders report")
                .contains("'quantity'")
                .contains("'item-price'");
    }
}
