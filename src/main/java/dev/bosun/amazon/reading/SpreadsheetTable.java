package dev.bosun.amazon.reading;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an xlsx download (Ads console reports, bulk sheets), streamed. Cells become the text a
 * flat file would hold: numbers in plain notation, cells formatted as percentages with a {@code %} (so 0.0123
 * formatted {@code 0.00%} reads as {@code 1.23%}), cells formatted as dates as ISO dates.
 */
final class SpreadsheetTable implements Table {

    private final ReadableWorkbook workbook;
    private final Stream<Row> rows;
    private final Iterator<Row> iterator;
    private final List<String> headers;
    private final long headerLine;
    private final String sheet;

    SpreadsheetTable(ReportSource source) throws IOException {
        this(source, headers -> true);
    }

    /**
     * Opens the first sheet whose header row {@code isHeader} accepts (bulk downloads put the sponsored products
     * sheet after a Portfolios sheet), else the first sheet.
     */
    SpreadsheetTable(ReportSource source, java.util.function.Predicate<List<String>> isHeader) throws IOException {
        InputStream in = source.open();
        try {
            workbook = new ReadableWorkbook(in, new ReadingOptions(true, false));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw new ReportRejectedException(source.name() + " is not a readable xlsx workbook: " + e.getMessage(), e);
        }
        List<org.dhatim.fastexcel.reader.Sheet> sheets = workbook.getSheets().toList();
        org.dhatim.fastexcel.reader.Sheet chosen = sheets.get(0);
        for (org.dhatim.fastexcel.reader.Sheet candidate : sheets) {
            try (Stream<Row> probe = candidate.openStream()) {
                Row first = probe.filter(SpreadsheetTable::hasText).findFirst().orElse(null);
                if (first != null && isHeader.test(headerCells(first))) {
                    chosen = candidate;
                    break;
                }
            }
        }
        sheet = chosen.getName();
        rows = chosen.openStream();
        iterator = rows.iterator();
        Row header = nextNonEmpty();
        if (header == null) {
            close();
            throw new ReportRejectedException(
                    source.name() + ": sheet '" + sheet + "' is empty; expected a header row");
        }
        headers = headerCells(header);
        headerLine = header.getRowNum();
    }

    /** An empty header cell (real console downloads have one) becomes "", as in text reports. */
    private static List<String> headerCells(Row row) {
        return java.util.Arrays.stream(cells(row)).map(h -> h == null ? "" : h).toList();
    }

    private static boolean hasText(Row row) {
        for (String cell : cells(row)) {
            if (cell != null && !cell.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private Row nextNonEmpty() {
        while (iterator.hasNext()) {
            Row row = iterator.next();
            for (String cell : cells(row)) {
                if (cell != null && !cell.isBlank()) {
                    return row;
                }
            }
        }
        return null;
    }

    private static String[] cells(Row row) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            while (out.size() < i) {
                out.add(null);
            }
            out.add(cell == null ? null : text(cell));
        }
        return out.toArray(String[]::new);
    }

    private static String text(Cell cell) {
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal value = cell.asNumber();
            String format = cell.getDataFormatString() == null
                    ? ""
                    : cell.getDataFormatString().toLowerCase(Locale.ROOT);
            if (format.contains("%")) {
                return value.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            }
            if (isDateFormat(format)) {
                return cell.asDate().toLocalDate().toString();
            }
            return value.stripTrailingZeros().toPlainString();
        }
        if (cell.getType() == CellType.BOOLEAN) {
            return String.valueOf(cell.asBoolean());
        }
        if (cell.getType() == CellType.EMPTY) {
            return null;
        }
        return cell.getText();
    }

    private static boolean isDateFormat(String format) {
        String stripped = format.replaceAll("\\[[^]]*]", "").replaceAll("\"[^\"]*\"", "");
        return (stripped.contains("d") || stripped.contains("y"))
                && !stripped.contains("0.0")
                && !stripped.contains("#");
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public long headerLine() {
        return headerLine;
    }

    @Override
    public String description() {
        return "xlsx, sheet '" + sheet + "'";
    }

    @Override
    public Iterator<Record> records() {
        return new Iterator<>() {
            private Row next = nextNonEmpty();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Record next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Row current = next;
                next = nextNonEmpty();
                return new Record(current.getRowNum(), cells(current));
            }
        };
    }

    @Override
    public void close() throws IOException {
        rows.close();
        workbook.close();
    }
}
