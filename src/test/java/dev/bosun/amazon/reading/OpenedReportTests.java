package dev.bosun.amazon.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every container and text form Amazon delivers, read into the same headers and cells. */
class OpenedReportTests {

    @TempDir
    Path dir;

    private List<List<String>> read(Path file) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (ReportSource source : ReportFiles.open(file, file.getFileName().toString(), ReadLimits.DEFAULT)) {
            try (OpenedReport report = OpenedReport.open(source, ReadLimits.DEFAULT)) {
                out.add(report.table().headers());
                report.table().records().forEachRemaining(r -> out.add(java.util.Arrays.asList(r.cells())));
            }
        }
        return out;
    }

    private Path write(String name, String text, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    @Test
    void readsTabSeparatedFlatFilesWithoutQuoting() throws IOException {
        Path file = write(
                "orders.txt", "sku\tproduct-name\tprice\nPAN-12\t12\" Pan \"Pro\t24.99\n", StandardCharsets.UTF_8);
        assertThat(read(file))
                .containsExactly(List.of("sku", "product-name", "price"), List.of("PAN-12", "12\" Pan \"Pro", "24.99"));
    }

    @Test
    void readsQuotedCommaAndSemicolonFiles() throws IOException {
        assertThat(read(write(
                        "br.csv",
                        "\"(Child) ASIN\",\"Sessions - Total\"\n\"B0001\",\"1,250\"\n",
                        StandardCharsets.UTF_8)))
                .containsExactly(List.of("(Child) ASIN", "Sessions - Total"), List.of("B0001", "1,250"));
        assertThat(read(write("eu.csv", "ASIN;Umsatz\nB0001;\"1.234,56 €\"\n", StandardCharsets.UTF_8)))
                .containsExactly(List.of("ASIN", "Umsatz"), List.of("B0001", "1.234,56 €"));
    }

    @Test
    void readsEveryEncoding() throws IOException {
        String text = "sku\titem-name\nTOPF-1\tGröße Topf 12,99 €\n";
        for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, TextEncoding.WINDOWS_1252)) {
            assertThat(read(write("e.txt", text, charset)).get(1)).containsExactly("TOPF-1", "Größe Topf 12,99 €");
        }
        Path bom = dir.resolve("bom.txt");
        Files.write(
                bom, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)));
        assertThat(read(bom).get(0)).containsExactly("sku", "item-name");
        String japanese = "出品者SKU\t商品名\nPAN-1\tフライパン 26cm\n";
        assertThat(read(write("jp.txt", japanese, TextEncoding.WINDOWS_31J)))
                .containsExactly(List.of("出品者SKU", "商品名"), List.of("PAN-1", "フライパン 26cm"));
    }

    @Test
    void readsGzipAndZip() throws IOException {
        Path gz = dir.resolve("report.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("sku\tqty\nA\t1\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(read(gz)).containsExactly(List.of("sku", "qty"), List.of("A", "1"));
        Path zip = dir.resolve("reports.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("a.txt"));
            out.write("sku\tqty\nA\t1\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("__MACOSX/._a.txt"));
            out.write(new byte[] {0, 1, 2});
            out.putNextEntry(new ZipEntry("b.txt"));
            out.write("sku\tqty\nB\t2\n".getBytes(StandardCharsets.UTF_8));
        }
        List<ReportSource> sources = ReportFiles.open(zip, "reports.zip", ReadLimits.DEFAULT);
        assertThat(sources).extracting(ReportSource::name).containsExactly("reports.zip!/a.txt", "reports.zip!/b.txt");
        assertThat(read(zip))
                .containsExactly(List.of("sku", "qty"), List.of("A", "1"), List.of("sku", "qty"), List.of("B", "2"));
    }

    @Test
    void readsXlsxCellsAsAFlatFileWouldHoldThem() throws IOException {
        Path xlsx = dir.resolve("search-terms.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx);
                Workbook wb = new Workbook(out, "Bosun", "1.0")) {
            Worksheet ws = wb.newWorksheet("Sponsored Product Search Term R");
            ws.value(0, 0, "Start Date");
            ws.value(0, 1, "Customer Search Term");
            ws.value(0, 2, "Click-Thru Rate (CTR)");
            ws.value(0, 3, "7 Day Total Sales ");
            ws.value(0, 4, "Impressions");
            ws.value(1, 0, LocalDate.of(2026, 11, 24));
            ws.style(1, 0).format("mmm dd, yyyy").set();
            ws.value(1, 1, "garlic press");
            ws.value(1, 2, new BigDecimal("0.0123"));
            ws.style(1, 2).format("0.0000%").set();
            ws.value(1, 3, new BigDecimal("1234.5"));
            ws.value(1, 4, 1500);
        }
        assertThat(read(xlsx))
                .containsExactly(
                        List.of(
                                "Start Date",
                                "Customer Search Term",
                                "Click-Thru Rate (CTR)",
                                "7 Day Total Sales ",
                                "Impressions"),
                        List.of("2026-11-24", "garlic press", "1.23%", "1234.5", "1500"));
    }

    @Test
    void readsJsonArraysAsTablesAndJsonObjectsAsDocuments() throws IOException {
        Path array = write(
                "sp.json",
                "[{\"date\":\"2026-11-24\",\"cost\":12.345,\"searchTerm\":\"pan\"},"
                        + "{\"date\":\"2026-11-25\",\"cost\":1E+1,\"searchTerm\":null}]",
                StandardCharsets.UTF_8);
        assertThat(read(array))
                .containsExactly(
                        List.of("date", "cost", "searchTerm"),
                        List.of("2026-11-24", "12.345", "pan"),
                        java.util.Arrays.asList("2026-11-25", "10", null));
        Path doc = write("health.json", "{\"accountStatuses\":[],\"performanceMetrics\":[]}", StandardCharsets.UTF_8);
        try (OpenedReport report = OpenedReport.open(
                ReportFiles.open(doc, "health.json", ReadLimits.DEFAULT).get(0), ReadLimits.DEFAULT)) {
            assertThat(report.isDocument()).isTrue();
            assertThat(report.document().has("performanceMetrics")).isTrue();
        }
    }

    @Test
    void refusesEmptyFilesAndOverlongLines() throws IOException {
        assertThatThrownBy(() -> read(write("empty.txt", "", StandardCharsets.UTF_8)))
                .isInstanceOf(ReportRejectedException.class)
                .hasMessageContaining("is empty");
        Path longLine = write("long.txt", "sku\tname\nA\t" + "x".repeat(1_200_000) + "\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(longLine))
                .isInstanceOf(ReportRejectedException.class)
                .hasMessageContaining("longer than 1000000 characters");
    }

    @Test
    void refusesZipBombs() throws IOException {
        Path bomb = dir.resolve("bomb.txt.gz");
        byte[] zeros = new byte[1 << 20];
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            out.write("sku\tname\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 300; i++) {
                out.write(zeros);
            }
        }
        ReadLimits small = new ReadLimits(100L << 20, 1_000_000, 200, 1 << 20);
        assertThatThrownBy(() -> {
                    for (ReportSource source : ReportFiles.open(bomb, "bomb.txt.gz", small)) {
                        try (OpenedReport report = OpenedReport.open(source, small)) {
                            report.table().records().forEachRemaining(r -> {});
                        }
                    }
                })
                .isInstanceOf(ReportRejectedException.class)
                .hasMessageContaining("bomb.txt.gz");
    }

    @Test
    void refusesDamagedArchives() throws IOException {
        Path zip = dir.resolve("broken.zip");
        Files.write(zip, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        assertThatThrownBy(() -> read(zip))
                .isInstanceOf(ReportRejectedException.class)
                .hasMessageContaining("broken.zip");
    }

    private static final java.util.function.Predicate<List<String>> HAS_SETTLEMENT_ID =
            headers -> headers.contains("settlement id");

    @Test
    void findsTheHeaderRowAfterAPreambleAndKeepsTheFileLineNumbers() throws IOException {
        String text =
                "\uFEFF\"Includes Amazon Marketplace, Fulfillment by Amazon (FBA), and Amazon Webstore transactions\"\r\n"
                        + "\"All amounts in USD, unless specified\"\r\n"
                        + "\"Other: see the \"\"Type\"\" column; each; row\"\r\n"
                        + "\r\n"
                        + "date/time,settlement id,type,total\r\n"
                        + "\"Dec 1, 2019 12:07:47 AM PST\",12447169531,Order,17.04\r\n"
                        + "\r\n"
                        + "\"Dec 2, 2019 1:00:00 PM PST\",12447169531,Refund,\"-1,234.50\"\r\n";
        Path file = write("range.csv", text, StandardCharsets.UTF_8);
        ReportSource source =
                ReportFiles.open(file, "range.csv", ReadLimits.DEFAULT).get(0);
        try (OpenedReport report = OpenedReport.open(source, ReadLimits.DEFAULT, HAS_SETTLEMENT_ID)) {
            Table table = report.table();
            assertThat(table.headers()).containsExactly("date/time", "settlement id", "type", "total");
            assertThat(table.headerLine()).isEqualTo(5);
            assertThat(table.preamble())
                    .containsExactly(
                            "Includes Amazon Marketplace, Fulfillment by Amazon (FBA), and Amazon Webstore transactions",
                            "All amounts in USD, unless specified",
                            "Other: see the \"Type\" column; each; row");
            assertThat(table.description()).contains("comma separated").contains("header on line 5");
            List<Table.Record> records = new ArrayList<>();
            table.records().forEachRemaining(records::add);
            assertThat(records).extracting(Table.Record::line).containsExactly(6L, 8L);
            assertThat(records.get(1).cells())
                    .containsExactly("Dec 2, 2019 1:00:00 PM PST", "12447169531", "Refund", "-1,234.50");
        }
    }

    @Test
    void takesTheDelimiterFromTheHeaderLineNotFromThePreamble() throws IOException {
        String text = "Report; generated; for; Acme\nsettlement id\ttype\ttotal\n1\tOrder\t1,5\n";
        Path file = write("tabs.txt", text, StandardCharsets.UTF_8);
        ReportSource source =
                ReportFiles.open(file, "tabs.txt", ReadLimits.DEFAULT).get(0);
        try (OpenedReport report = OpenedReport.open(source, ReadLimits.DEFAULT, HAS_SETTLEMENT_ID)) {
            assertThat(report.table().headers()).containsExactly("settlement id", "type", "total");
            assertThat(report.table().preamble()).containsExactly("Report; generated; for; Acme");
            assertThat(report.table().description()).contains("tab separated");
            Table.Record only = report.table().records().next();
            assertThat(only.line()).isEqualTo(3);
            assertThat(only.cells()).containsExactly("1", "Order", "1,5");
        }
    }

    @Test
    void keepsTheFirstLineAsHeaderWhenNoLaterLineIsOne() throws IOException {
        StringBuilder text = new StringBuilder("\"Some preamble\"\n");
        for (int i = 0; i < 31; i++) {
            text.append("line ").append(i).append(",x\n");
        }
        text.append("settlement id,type\n1,Order\n");
        Path file = write("late.csv", text.toString(), StandardCharsets.UTF_8);
        ReportSource source =
                ReportFiles.open(file, "late.csv", ReadLimits.DEFAULT).get(0);
        try (OpenedReport report = OpenedReport.open(source, ReadLimits.DEFAULT, HAS_SETTLEMENT_ID)) {
            assertThat(report.table().headers()).containsExactly("Some preamble");
            assertThat(report.table().headerLine()).isEqualTo(1);
            assertThat(report.table().preamble()).isEmpty();
            assertThat(report.table().records().next().line()).isEqualTo(2);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
