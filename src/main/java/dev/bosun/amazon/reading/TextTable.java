package dev.bosun.amazon.reading;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A delimited text report. The encoding is guessed from the first 64 KiB, the delimiter from the header line
 * (tab, comma or semicolon). Tab-separated flat files are read without quoting, since Amazon does not quote them
 * and product names contain stray {@code "} (12" pan); comma and semicolon files follow CSV quoting.
 */
final class TextTable implements Table {

    private static final int SNIFF = 64 * 1024;

    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> iterator;
    private final List<String> headers;
    private final long headerLine;
    private final String description;
    private final String name;
    private final int maxLineChars;

    TextTable(ReportSource source, ReadLimits limits) throws IOException {
        this.name = source.name();
        this.maxLineChars = limits.maxLineChars();
        BufferedInputStream in = new BufferedInputStream(source.open(), SNIFF * 2);
        in.mark(SNIFF + 1);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        TextEncoding encoding = TextEncoding.detect(head, head.length);
        in.skipNBytes(encoding.bomLength());
        String firstLine = firstLine(
                new String(head, encoding.bomLength(), head.length - encoding.bomLength(), encoding.charset()));
        char delimiter = delimiter(firstLine);
        CsvReader.CsvReaderBuilder builder = CsvReader.builder()
                .fieldSeparator(delimiter)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .maxBufferSize(Math.max(maxLineChars, 16 * 1024));
        if (delimiter == '\t') {
            builder.quoteCharacter('\u0000');
        } else {
            builder.quoteCharacter('"').allowExtraCharsAfterClosingQuote(true);
        }
        this.reader = builder.ofCsvRecord(new InputStreamReader(in, encoding.charset()));
        this.iterator = reader.iterator();
        CsvRecord header = nextOrNull();
        if (header == null) {
            close();
            throw new ReportRejectedException(name + " is empty: expected a header row and data rows");
        }
        this.headers = List.copyOf(header.getFields());
        this.headerLine = header.getStartingLineNumber();
        this.description = encoding.charset().name() + (encoding.bomLength() > 0 ? " with BOM" : "") + ", "
                + (delimiter == '\t' ? "tab" : delimiter == ',' ? "comma" : "semicolon") + " separated";
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static char delimiter(String line) {
        int tabs = count(line, '\t');
        int commas = count(line, ',');
        int semicolons = count(line, ';');
        if (tabs > 0 && tabs >= commas / 2) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private CsvRecord nextOrNull() {
        try {
            return iterator.hasNext() ? iterator.next() : null;
        } catch (CsvParseException e) {
            throw new ReportRejectedException(
                    name + ": a line is longer than " + maxLineChars + " characters or cannot be parsed ("
                            + rootMessage(e) + ")",
                    e);
        } catch (UncheckedIOException e) {
            throw new ReportRejectedException(name + " cannot be read: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            if (root.getCause() instanceof ReportRejectedException rejected) {
                throw rejected;
            }
            root = root.getCause();
        }
        return root.getMessage();
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
        return description;
    }

    @Override
    public Iterator<Record> records() {
        return new Iterator<>() {
            private CsvRecord next = nextOrNull();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Record next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                CsvRecord current = next;
                next = nextOrNull();
                return new Record(
                        current.getStartingLineNumber(), current.getFields().toArray(String[]::new));
            }
        };
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    static List<String> copy(List<String> fields) {
        return new ArrayList<>(fields);
    }
}
