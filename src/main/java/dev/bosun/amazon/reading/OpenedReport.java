package dev.bosun.amazon.reading;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Predicate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A report source opened for reading: a table, or a JSON document held in memory (bounded in size). */
public final class OpenedReport implements Closeable {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    /** For streaming array elements one by one: the rest of the array is not "trailing" content. */
    private static final ObjectMapper JSON_STREAM = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** How many lines after the first a text report's header row is looked for when the first line is not one. */
    public static final int HEADER_SEARCH_LINES = 30;

    private final String name;
    private final Table table;
    private final JsonNode document;

    private OpenedReport(String name, Table table, JsonNode document) {
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
                try (InputStream bounded = in) {
                    byte[] bytes =
                            bounded.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
                    if (bytes.length > limits.maxDocumentBytes()) {
                        throw new ReportRejectedException(source.name() + " is a JSON document over "
                                + limits.maxDocumentBytes() + " bytes; refused");
                    }
                    return new OpenedReport(source.name(), null, JSON.readTree(bytes));
                } catch (JacksonException e) {
                    throw new ReportRejectedException(
                            source.name() + " is not valid JSON: " + e.getOriginalMessage(), e);
                }
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

    public Table table() {
        return table;
    }

    public JsonNode document() {
        return document;
    }

    @Override
    public void close() throws IOException {
        if (table != null) {
            table.close();
        }
    }
}
