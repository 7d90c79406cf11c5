package dev.bosun.amazon.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bosun.amazon.DocumentElement;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON document reports: the top level held in memory within a bound, streamed arrays read element by element
 * from the file, and problems placed on elements by JSON path.
 */
class JsonDocumentTests {

    /** Documents held in memory may be 1 MiB here; the generated array is several times that. */
    static final ReadLimits ONE_MIB = new ReadLimits(1L << 30, 1_000_000, 200, 1 << 20);

    @TempDir
    Path dir;

    @Test
    void aStreamedArrayIsReadElementByElementAndNeedNotFitTheDocumentBound() throws IOException {
        Path file = bigDocument("big.json", 40_000);
        assertThat(Files.size(file)).isGreaterThan(3L << 20);

        List<String> terms = new ArrayList<>();
        try (OpenedReport report = open(file, ONE_MIB, Set.of("entries"))) {
            JsonDocument document = report.jsonDocument();
            assertThat(document.keys()).containsExactly("header", "entries", "footer");
            assertThat(document.isStreamed("entries")).isTrue();
            assertThat(report.document().has("entries")).isFalse();
            assertThat(report.document().path("footer").path("count").intValue())
                    .isEqualTo(40_000);
            DocumentContent content = new DocumentContent(document, new Problems());
            for (DocumentElement element : content.elements("entries")) {
                terms.add(element.node().path("term").stringValue());
            }
            assertThat(content.read()).isEqualTo(40_000);
        }

        assertThat(terms).hasSize(40_000);
        assertThat(terms.get(0)).isEqualTo("term 0");
        assertThat(terms.get(39_999)).isEqualTo("term 39999");
    }

    @Test
    void theSameDocumentHeldInMemoryIsRefusedOverTheBound() throws IOException {
        Path file = bigDocument("big.json", 40_000);

        assertThatThrownBy(() -> open(file, ONE_MIB, Set.of()).close())
                .isInstanceOf(ReportRejectedException.class)
                .hasMessage("big.json is a JSON document over 1048576 bytes; refused");
    }

    @Test
    void aGzippedDocumentStreamsToo() throws IOException {
        Path plain = bigDocument("big.json", 5_000);
        Path gzip = dir.resolve("big.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
            Files.copy(plain, out);
        }

        try (OpenedReport report = open(gzip, ONE_MIB, Set.of("entries"))) {
            DocumentContent content = new DocumentContent(report.jsonDocument(), new Problems());
            long count = 0;
            for (DocumentElement element : content.elements("entries")) {
                assertThat(element.path()).isEqualTo("entries[" + count + "]");
                count++;
            }
            assertThat(count).isEqualTo(5_000);
        }
    }

    @Test
    void oneElementOverTheBoundIsRefused() throws IOException {
        Path file = dir.resolve("huge-element.json");
        Files.writeString(
                file,
                "{\"entries\": [{\"term\": \"a\"}, {\"term\": \"" + "x".repeat(2 << 20) + "\"}]}",
                StandardCharsets.UTF_8);

        try (OpenedReport report = open(file, ONE_MIB, Set.of("entries"))) {
            DocumentContent content = new DocumentContent(report.jsonDocument(), new Problems());
            assertThatThrownBy(() -> content.elements("entries").forEach(e -> {}))
                    .isInstanceOf(ReportRejectedException.class)
                    .hasMessage("huge-element.json: element 1 of entries is over 1048576 bytes; refused");
        }
    }

    @Test
    void brokenJsonInsideAStreamedArrayIsFoundBeforeTheImporterReadsIt() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"entries\": [{\"term\": \"a\"}, {\"term\": ]}", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> open(file, ONE_MIB, Set.of("entries")).close())
                .isInstanceOf(ReportRejectedException.class)
                .hasMessageStartingWith("broken.json is not valid JSON");
    }

    @Test
    void problemsInsideAnElementRejectThatElementAndOthersTheWholeDocument() throws IOException {
        Path file = dir.resolve("doc.json");
        Files.writeString(
                file,
                "{\"spec\": {\"day\": \"x\"}, \"rows\": [{\"a\": 1}, {\"a\": 2}, {\"a\": 3}]}",
                StandardCharsets.UTF_8);
        Problems problems = new Problems();

        try (OpenedReport report = open(file, ONE_MIB, Set.of())) {
            DocumentContent content = new DocumentContent(report.jsonDocument(), problems);
            content.elements("rows").forEach(e -> {});
            content.reject("rows[1].a", "an odd number", "2");
            content.reject("$.rows[1].b", "a value", "nothing");
            content.reject("rows[2]", "an object", "3");

            assertThat(content.read()).isEqualTo(3);
            assertThat(content.rejected()).isEqualTo(2);
            assertThat(problems.wholeFile()).isFalse();
            assertThat(problems.kept())
                    .extracting(p -> p.describe("doc.json"))
                    .containsExactly(
                            "doc.json:$.rows[1].a: expected an odd number, found 2",
                            "doc.json:$.rows[1].b: expected a value, found nothing",
                            "doc.json:$.rows[2]: expected an object, found 3");
            assertThat(problems.kept()).extracting(p -> p.line()).containsExactly(2L, 2L, 3L);

            content.reject("spec.day", "a date", "\"x\"");
            assertThat(problems.wholeFile()).isTrue();
            content.elements("missing");
            assertThat(problems.kept().get(problems.kept().size() - 1).describe("doc.json"))
                    .isEqualTo("doc.json:$.missing: expected an array, found nothing");
        }
    }

    private OpenedReport open(Path file, ReadLimits limits, Set<String> streamed) {
        ReportSource source =
                ReportFiles.open(file, file.getFileName().toString(), limits).get(0);
        return OpenedReport.open(source, limits, headers -> true, streamed);
    }

    /** {"header": …, "entries": [{"term": "term 0", …}, …], "footer": {"count": n}}: about 130 bytes an entry. */
    private Path bigDocument(String name, int entries) throws IOException {
        Path file = dir.resolve(name);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"header\": {\"kind\": \"test\"}, \"entries\": [");
            for (int i = 0; i < entries; i++) {
                out.write((i == 0 ? "" : ",") + "{\"term\": \"term " + i + "\", \"rank\": " + i
                        + ", \"share\": 0.1234, \"note\": \"padding padding padding padding padding\"}");
            }
            out.write("], \"footer\": {\"count\": " + entries + "}}");
        }
        return file;
    }
}
