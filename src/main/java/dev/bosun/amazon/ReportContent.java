package dev.bosun.amazon;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The content of one report file, handed to its importer: the rows of a table, read once in file order
 * (streamed, never held in memory), or a JSON document: its root and the elements of its top-level arrays.
 */
public interface ReportContent {

    /** The rows of a table-shaped report. */
    Iterable<ReportRow> rows();

    /**
     * The lines a table report has before its header row (such as {@code All amounts in USD, unless specified}),
     * each as text without its quotes; empty for most reports.
     */
    default List<String> preamble() {
        return List.of();
    }

    /**
     * The root of a JSON document report. Arrays the layout streams ({@link ReportLayout#streaming}) are not in
     * it: read them with {@link #elements}.
     */
    JsonNode document();

    /**
     * The elements of the top-level array {@code key} of a JSON document report, in order, each counted as a row
     * read. Arrays the layout streams are read from the file one element at a time (so hold no element longer than
     * needed); others come from the document in memory. When the document has no such array, that is recorded as
     * a problem with the whole file and there are no elements.
     */
    default Iterable<DocumentElement> elements(String key) {
        throw new IllegalStateException("this report is a table; read its rows");
    }

    /**
     * Records a problem with a JSON document at a JSON path such as {@code salesAndTrafficByAsin[3].sku} (the
     * leading {@code $.} may be left out). A path inside an element of a top-level array rejects that element
     * alone; any other path is a problem with the whole document, which refuses the file even when lenient.
     */
    void reject(String path, String expected, String found);
}
