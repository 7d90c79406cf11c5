package dev.bosun.amazon.reading;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * A delimited text report. The encoding is guessed from the first 64 KiB, the delimiter from the header line
 * (tab, comma or semicolon). The header row is the first line, or follows a few lines of preamble (the Date Range
 * transaction report starts with lines such as {@code "All amounts in USD, unless specified"}); records keep the
 * file's own line numbers. Tab-separated flat files are read without quoting, since Amazon does not quote them
 * and product names contain stray {@code "} (12" pan); comma and semicolon files follow CSV quoting.
 */
final class TextTable implements Table {

    private static final int SNIFF = 64 * 1024;

    private static final int HEADER_SEARCH_LINES = OpenedReport.HEADER_SEARCH_LINES;

    private CsvReader<CsvRecord> reader;
    private Iterator<CsvRecord> iterator;
    private final long lineOffset;
    private final List<String> preamble;
    private final List<String> headers;
    private final long headerLine;
    private final String description;
    private final String name;
    private final int maxLineChars;

    TextTable(ReportSource source, ReadLimits limits) throws IOException {
        this(source, limits, headers -> true);
    }

    /**
     * Reads a text report whose header row is the first record, or, when that record is not a header
     * ({@code isHeader} says no), the first of the next {@value #HEADER_SEARCH_LINES} lines that is; the lines
     * before it are the report's preamble. When no line is a header, the first record stays the header (and the
     * caller explains which report it resembles).
     */
    TextTable(ReportSource source, ReadLimits limits, Predicate<List<String>> isHeader) throws IOException {
        this.name = source.name();
        this.maxLineChars = limits.maxLineChars();
        BufferedInputStream in = new BufferedInputStream(source.open(), SNIFF * 2);
        in.mark(SNIFF + 1);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        TextEncoding encoding = TextEncoding.detect(head, head.length);
        in.skipNBytes(encoding.bomLength());
        String sample = new String(head, encoding.bomLength(), head.length - encoding.bomLength(), encoding.charset());
        boolean wholeFile = head.length < SNIFF;
        char delimiter = delimiter(firstLine(sample));
        open(new InputStreamReader(in, encoding.charset()), delimiter);
        CsvRecord header = nextOrNull();
        if (header == null) {
            close();
            throw new ReportRejectedException(name + " is empty: expected a header row and data rows");
        }
        long offset = 0;
        List<String> lead = List.of();
        if (!isHeader.test(header.getFields())) {
            HeaderLine found = findHeader(sample, wholeFile, isHeader);
            if (found != null) {
                reader.close();
                InputStream again = new BufferedInputStream(source.open(), SNIFF * 2);
                again.skipNBytes(encoding.bomLength());
                InputStreamReader text = new InputStreamReader(again, encoding.charset());
                skipChars(text, found.offset());
                delimiter = found.delimiter();
                open(text, delimiter);
                header = nextOrNull();
                offset = found.line() - 1;
                lead = found.preamble();
            }
        }
        this.lineOffset = offset;
        this.preamble = lead;
        this.headers = List.copyOf(header.getFields());
        this.headerLine = header.getStartingLineNumber() + offset;
        this.description = encoding.charset().name() + (encoding.bomLength() > 0 ? " with BOM" : "") + ", "
                + (delimiter == '\t' ? "tab" : delimiter == ',' ? "comma" : "semicolon") + " separated"
                + (lead.isEmpty() ? "" : ", header on line " + headerLine);
    }

    private void open(Reader text, char delimiter) {
        this.reader = builder(delimiter, Math.max(maxLineChars, 16 * 1024)).ofCsvRecord(text);
        this.iterator = reader.iterator();
    }

    private static CsvReader.CsvReaderBuilder builder(char delimiter, int maxBuffer) {
        CsvReader.CsvReaderBuilder builder = CsvReader.builder()
                .fieldSeparator(delimiter)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .maxBufferSize(maxBuffer);
        if (delimiter == '\t') {
            builder.quoteCharacter('\u0000');
        } else {
            builder.quoteCharacter('"').allowExtraCharsAfterClosingQuote(true);
        }
        return builder;
    }

    /** A header row found after a preamble: its 1-based line, its first character, its delimiter. */
    private record HeaderLine(long line, int offset, char delimiter, List<String> preamble) {}

    /**
     * The first of lines 2 to {@value #HEADER_SEARCH_LINES}+1 of the sample that {@code isHeader} accepts, each
     * split with the delimiter its own line suggests; lines are counted as the CSV reader counts them (CR LF, LF
     * or CR end a line). Only complete lines of the sample are considered.
     */
    private static HeaderLine findHeader(String sample, boolean wholeFile, Predicate<List<String>> isHeader) {
        List<int[]> lines = new ArrayList<>(); // start, end of each line
        int start = 0;
        int i = 0;
        while (i < sample.length() && lines.size() <= HEADER_SEARCH_LINES) {
            char c = sample.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new int[] {start, i});
                i += c == '\r' && i + 1 < sample.length() && sample.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (wholeFile && start < sample.length() && lines.size() <= HEADER_SEARCH_LINES) {
            lines.add(new int[] {start, sample.length()});
        }
        for (int n = 1; n < lines.size(); n++) {
            String line = sample.substring(lines.get(n)[0], lines.get(n)[1]);
            if (line.isBlank()) {
                continue;
            }
            char delimiter = delimiter(line);
            if (isHeader.test(fields(line, delimiter))) {
                List<String> preamble = new ArrayList<>();
                for (int p = 0; p < n; p++) {
                    String before = sample.substring(lines.get(p)[0], lines.get(p)[1]);
                    String text = String.join(String.valueOf(delimiter), fields(before, delimiter))
                            .strip();
                    if (!text.isEmpty()) {
                        preamble.add(text);
                    }
                }
                return new HeaderLine(n + 1, lines.get(n)[0], delimiter, List.copyOf(preamble));
            }
        }
        return null;
    }

    /** The cells of one line; a line whose quotes do not close is read as it stands. */
    private static List<String> fields(String line, char delimiter) {
        try (CsvReader<CsvRecord> one =
                builder(delimiter, Math.max(16 * 1024, line.length() + 1)).ofCsvRecord(line)) {
            Iterator<CsvRecord> records = one.iterator();
            return records.hasNext() ? records.next().getFields() : List.of();
        } catch (CsvParseException | IOException | UncheckedIOException e) {
            return List.of(line);
        }
    }

    private static void skipChars(Reader text, long count) throws IOException {
        long left = count;
        while (left > 0) {
            long skipped = text.skip(left);
            if (skipped <= 0) {
                throw new IOException("the file ended before its header row");
            }
            left -= skipped;
        }
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
    public List<String> preamble() {
        return preamble;
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
                        current.getStartingLineNumber() + lineOffset,
                        current.getFields().toArray(String[]::new));
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
