package dev.bosun.amazon.reading;

import dev.bosun.amazon.ImportProblem;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportRow;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import tools.jackson.databind.JsonNode;

/**
 * The rows of a table report for its importer, read once. It counts rows read and rows rejected (a row with a
 * problem once the importer moves past it, or a JSON array element that is not an object of cells, which the
 * importer never sees).
 */
public final class TableContent implements ReportContent {

    private final Table table;
    private final Map<String, Integer> index;
    private final Conventions conventions;
    private final Problems problems;
    private boolean consumed;
    private long read;
    private long rejected;

    public TableContent(Table table, Map<String, Integer> index, Conventions conventions, Problems problems) {
        this.table = table;
        this.index = index;
        this.conventions = conventions;
        this.problems = problems;
    }

    @Override
    public Iterable<ReportRow> rows() {
        if (consumed) {
            throw new IllegalStateException("the rows of a report can be read once");
        }
        consumed = true;
        Iterator<Table.Record> records = table.records();
        List<String> headers = table.headers();
        return () -> new Iterator<>() {
            private ParsedRow current;
            private Table.Record ahead;

            @Override
            public boolean hasNext() {
                settle();
                return look() != null;
            }

            @Override
            public ReportRow next() {
                settle();
                Table.Record record = look();
                if (record == null) {
                    throw new NoSuchElementException();
                }
                ahead = null;
                read++;
                current = new ParsedRow(record.line(), record.cells(), index, headers, conventions, problems);
                return current;
            }

            /** The next well-formed record; malformed ones on the way are counted read and rejected. */
            private Table.Record look() {
                while (ahead == null && records.hasNext()) {
                    Table.Record record = records.next();
                    if (record.malformed() == null) {
                        ahead = record;
                    } else {
                        read++;
                        rejected++;
                        problems.add(new ImportProblem(record.line(), 0, null, record.malformed()));
                    }
                }
                return ahead;
            }

            private void settle() {
                if (current != null) {
                    if (!current.valid()) {
                        rejected++;
                    }
                    current = null;
                }
            }
        };
    }

    @Override
    public List<String> preamble() {
        return table.preamble();
    }

    @Override
    public JsonNode document() {
        throw new IllegalStateException("this report is a table; read its rows");
    }

    @Override
    public void reject(String path, String expected, String found) {
        problems.add(new ImportProblem(0, 0, path, "expected " + expected + ", found " + found));
    }

    public long read() {
        return read;
    }

    public long rejected() {
        return rejected;
    }
}
