package dev.bosun.amazon.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.amazon.ColumnSpec;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.ReportRow;
import dev.bosun.amazon.domain.DateOrder;
import dev.bosun.amazon.domain.LayoutMatch;
import dev.bosun.amazon.domain.NumberStyle;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever is thrown at the reader, it answers with rows or with a {@link ReportRejectedException}: never another
 * exception, never a hang. And a report's meaning does not depend on the order of its columns or its encoding.
 */
class ReaderFuzzProperties {

    private static final ReportLayout LAYOUT = ReportLayout.table(
            "test.orders",
            "Test orders",
            List.of(),
            List.of(
                    ColumnSpec.required("amazon-order-id"),
                    ColumnSpec.required("sku"),
                    ColumnSpec.required("quantity"),
                    ColumnSpec.optional("item-price"),
                    ColumnSpec.optional("purchase-date")));
    private static final List<String> HEADERS =
            List.of("amazon-order-id", "sku", "quantity", "item-price", "purchase-date");

    private static List<List<String>> rows(int count, long seed) {
        Random random = new Random(seed);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(List.of(
                    "111-" + i,
                    "SKU-" + (char) ('A' + random.nextInt(26)) + "ü€",
                    String.valueOf(random.nextInt(9) + 1),
                    random.nextInt(500) + "." + random.nextInt(10) + random.nextInt(10),
                    "2026-11-2" + random.nextInt(10) + "T08:00:00+00:00"));
        }
        return rows;
    }

    private static String text(List<String> headers, List<List<String>> rows, List<Integer> order) {
        StringBuilder out = new StringBuilder();
        out.append(String.join("\t", order.stream().map(headers::get).toList())).append('\n');
        for (List<String> row : rows) {
            out.append(String.join("\t", order.stream().map(row::get).toList())).append('\n');
        }
        return out.toString();
    }

    /** Reads a file with the test layout; returns sku|quantity|price per row, or the rejection message. */
    private static List<String> readAll(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("fuzz", ".txt");
        try {
            Files.write(file, bytes);
            List<String> out = new ArrayList<>();
            for (ReportSource source : ReportFiles.open(file, "fuzz.txt", ReadLimits.DEFAULT)) {
                try (OpenedReport report = OpenedReport.open(source, ReadLimits.DEFAULT)) {
                    if (report.isDocument()) {
                        out.add("document");
                        continue;
                    }
                    var match = LayoutMatch.best(report.table().headers(), List.of(LAYOUT))
                            .orElseThrow();
                    if (!match.complete()) {
                        out.add("unrecognised");
                        continue;
                    }
                    Problems problems = new Problems();
                    TableContent content = new TableContent(
                            report.table(),
                            match.columnIndex(),
                            new Conventions(NumberStyle.DECIMAL_POINT, DateOrder.MONTH_FIRST, ZoneId.of("UTC")),
                            problems);
                    for (ReportRow row : content.rows()) {
                        out.add(row.text("sku") + "|" + row.integer("quantity") + "|" + row.money("item-price") + "|"
                                + row.instant("purchase-date") + "|" + row.valid());
                    }
                }
            }
            return out;
        } catch (ReportRejectedException rejected) {
            assertThat(rejected.getMessage()).isNotBlank();
            return List.of("rejected");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Property(tries = 60)
    void columnOrderDoesNotChangeWhatIsRead(
            @ForAll("orders") List<Integer> order, @ForAll @IntRange(min = 1, max = 40) int count, @ForAll long seed)
            throws IOException {
        List<List<String>> rows = rows(count, seed);
        List<String> natural =
                readAll(text(HEADERS, rows, List.of(0, 1, 2, 3, 4)).getBytes(StandardCharsets.UTF_8));
        List<String> shuffled = readAll(text(HEADERS, rows, order).getBytes(StandardCharsets.UTF_8));
        assertThat(shuffled).isEqualTo(natural).hasSize(count);
    }

    @Property(tries = 40)
    void everyEncodingReadsTheSame(
            @ForAll("charsets") Charset charset, @ForAll @IntRange(min = 1, max = 30) int count, @ForAll long seed)
            throws IOException {
        List<List<String>> rows = rows(count, seed);
        String text = text(HEADERS, rows, List.of(0, 1, 2, 3, 4));
        assertThat(readAll(text.getBytes(charset))).isEqualTo(readAll(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 150)
    void aTruncatedFileIsReadOrRefusedCleanly(
            @ForAll @IntRange(min = 0, max = 4000) int cut,
            @ForAll @IntRange(min = 1, max = 30) int count,
            @ForAll long seed)
            throws IOException {
        byte[] whole = text(HEADERS, rows(count, seed), List.of(0, 1, 2, 3, 4)).getBytes(StandardCharsets.UTF_8);
        byte[] truncated = java.util.Arrays.copyOf(whole, Math.min(cut, whole.length));
        List<String> read = readAll(truncated);
        assertThat(read).isNotNull();
    }

    @Property(tries = 150)
    void garbageIsRefusedCleanly(@ForAll byte[] garbage) throws IOException {
        assertThat(readAll(garbage)).isNotNull();
    }

    @Property(tries = 60)
    void corruptedBytesNeverEscapeAsAnotherException(
            @ForAll @IntRange(min = 1, max = 20) int count,
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 30) int flips)
            throws IOException {
        byte[] bytes = text(HEADERS, rows(count, seed), List.of(0, 1, 2, 3, 4)).getBytes(StandardCharsets.UTF_8);
        Random random = new Random(seed);
        for (int i = 0; i < flips; i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        assertThat(readAll(bytes)).isNotNull();
    }

    @Provide
    Arbitrary<List<Integer>> orders() {
        return Arbitraries.just(List.of(0, 1, 2, 3, 4))
                .map(list -> {
                    List<Integer> copy = new ArrayList<>(list);
                    return copy;
                })
                .flatMap(list -> Arbitraries.randoms().map(r -> {
                    List<Integer> shuffled = new ArrayList<>(list);
                    Collections.shuffle(shuffled, r);
                    return shuffled;
                }));
    }

    @Provide
    Arbitrary<Charset> charsets() {
        return Arbitraries.of(
                StandardCharsets.UTF_8,
                StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16BE,
                Charset.forName("windows-1252"));
    }
}
