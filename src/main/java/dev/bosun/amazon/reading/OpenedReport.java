package dev.bosun.amazon.reading;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report source opened for reading: a table, or a JSON document whose top level is held in memory (bounded in
 * size) and whose big arrays are read element by element (see {@link JsonDocument}).
 */
public final class OpenedReport implements Closeable {

    /** For reading values one by one from a stream: what follows a value is not "trailing" content. */
    private static final ObjectMapper JSON_STREAM = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** How many lines after the first a text report's header row is looked for when the first line is not one. */
    public static final int HEADER_SEARCH_LINES = 30;

    private final String name;
    private final Table table;
    private final JsonDocument document;

    private OpenedReport(String name, Table table, JsonDocument document) {
        this.name = name;
        this.table = table;
        this.document = document;
    }

    public static OpenedReport open(ReportSource source, ReadLimits limits) {
        return open(source, limits, headers -> true);
    }

    /**
     * Opens a report whose header row may follow a preamble: a text table whose first record {@code isHeader}
     * rejects is searched for a later line it accepts (see {@link TextTable}).
     */
    public static OpenedReport open(ReportSource source, ReadLimits limits, Predicate<List<String>> isHeader) {
        return open(source, limits, isHeader, Set.of());
    }

    /**
     * As {@link #open(ReportSource, ReadLimits, Predicate)}; a JSON document's top-level arrays named in
     * {@code streamedArrays} are left in the file, to be read element by element.
     */
    public static OpenedReport open(
            ReportSource source, ReadLimits limits, Predicate<List<String>> isHeader, Set<String> streamedArrays) {
        try {
            if (source.spreadsheet()) {
                return new OpenedReport(source.name(), new SpreadsheetTable(source, isHeader), null);
            }
            BufferedInputStream in = new BufferedInputStream(source.open(), 65536);
            int first = firstSignificantByte(in);
            if (first == '[') {
                return new OpenedReport(source.name(), new JsonTable(source, in, JSON_STREAM), null);
            }
            if (first == '{') {
                return new OpenedReport(
                        source.name(), null, JsonDocument.read(source, in, limits, streamedArrays, JSON_STREAM));
            }
            in.close();
            return new OpenedReport(source.name(), new TextTable(source, limits, isHeader), null);
        } catch (IOException e) {
            throw new ReportRejectedException(source.name() + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The first byte that is not white space or a UTF-8 byte order mark; the stream is left unread. */
    private static int firstSignificantByte(BufferedInputStream in) throws IOException {
        in.mark(4096);
        try {
            for (int i = 0; i < 4096; i++) {
                int b = in.read();
                if (b < 0) {
                    return -1;
                }
                if (b == 0xEF || b == 0xBB || b == 0xBF || b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                    continue;
                }
                return b;
            }
            return -1;
        } finally {
            in.reset();
        }
    }

    public String name() {
        return name;
    }

    public boolean isDocument() {
        return document != null;
    }

    /** Whether the report is a JSON array of rows (its problems are placed by JSON path). */
    public boolean isJsonArray() {
        return table instanceof JsonTable;
    }

    public Table table() {
        return table;
    }

    /** The members of a JSON document held in memory (all but its streamed arrays). */
    public JsonNode document() {
        return document == null ? null : document.held();
    }

    /** The JSON document, with its streamed arrays. */
    public JsonDocument jsonDocument() {
        return document;
    }

    @Override
    public void close() throws IOException {
        if (table != null) {
            table.close();
        }
        if (document != null) {
            document.close();
        }
    }
}
