package dev.bosun.amazon.reading;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;

/**
 * A report read as a table: its header row and its records, streamed. Each record carries the line (or sheet
 * row) it starts on; cells are raw text, null for missing trailing cells.
 */
public interface Table extends Closeable {

    List<String> headers();

    /** The line of the header row. */
    long headerLine();

    /**
     * The non-blank lines before the header row, as text (a line that is one quoted cell without its quotes);
     * empty when the header is the first line.
     */
    default List<String> preamble() {
        return List.of();
    }

    /** The records after the header; blank lines are skipped. */
    Iterator<Record> records();

    /** How the file was read, for the batch record: {@code UTF-8, tab} or {@code xlsx}. */
    String description();

    /**
     * One record: its line and cells, or, for an element of a JSON array that is not an object of cells, what is
     * wrong with it (the record is then rejected without reaching the importer).
     */
    record Record(long line, String[] cells, String malformed) {
        public Record(long line, String[] cells) {
            this(line, cells, null);
        }
    }
}
