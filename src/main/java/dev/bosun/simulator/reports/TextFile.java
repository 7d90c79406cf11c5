package dev.bosun.simulator.reports;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A report file written row by row: tab separated without quoting (Amazon's flat files) or comma separated with
 * every value quoted (Seller Central and Ads console CSV downloads). Characters the encoding cannot hold become
 * "?", as in Amazon's own Windows-1252 files.
 */
final class TextFile implements Closeable {

    private final Writer out;
    private final boolean csv;
    private long rows;

    private TextFile(Path path, Charset charset, boolean csv, boolean byteOrderMark) {
        this.csv = csv;
        try {
            Files.createDirectories(path.getParent());
            var encoder = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), encoder), 1 << 16);
            if (byteOrderMark) {
                out.write('\uFEFF');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    /** A tab-separated flat file. */
    static TextFile tab(Path path, Charset charset, List<String> header) {
        TextFile file = new TextFile(path, charset, false, false);
        file.header(header);
        return file;
    }

    /** A comma-separated file with quoted values (UTF-8, with a byte order mark when {@code bom}). */
    static TextFile csv(Path path, Charset charset, boolean bom, List<String> header) {
        TextFile file = new TextFile(path, charset, true, bom);
        file.header(header);
        return file;
    }

    /** A comma-separated file whose header follows description lines, each a single quoted value. */
    static TextFile csvWithPreamble(Path path, Charset charset, List<String> preamble, List<String> header) {
        TextFile file = new TextFile(path, charset, true, false);
        for (String line : preamble) {
            file.line(new String[] {line});
        }
        file.header(header);
        return file;
    }

    private void header(List<String> header) {
        line(header.toArray(String[]::new));
        rows = 0;
    }

    /** Writes a row; null values are empty cells. */
    void row(String... cells) {
        line(cells);
        rows++;
    }

    long rows() {
        return rows;
    }

    private void line(String[] cells) {
        try {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    out.write(csv ? ',' : '\t');
                }
                String cell = cells[i] == null ? "" : cells[i];
                if (csv) {
                    out.write('"');
                    out.write(cell.indexOf('"') < 0 ? cell : cell.replace("\"", "\"\""));
                    out.write('"');
                } else {
                    out.write(
                            plain(cell)
                                    ? cell
                                    : cell.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
                }
            }
            out.write(csv ? "\r\n" : "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a cell holds no tab or line break (the common case, written as it is). */
    private static boolean plain(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
