package dev.bosun.amazon;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The content of one report file, handed to its importer: the rows of a table, read once in file order
 * (streamed, never held in memory), or the root of a JSON document.
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

    /** The root of a JSON document report. */
    JsonNode document();

    /** Records a problem with a JSON document, at a JSON path such as {@code salesAndTrafficByAsin[3].sku}. */
    void reject(String path, String expected, String found);
}
