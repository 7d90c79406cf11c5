package dev.bosun.amazon.reading;

import java.io.IOException;
import java.io.InputStream;

/** One report inside an uploaded file: the file itself, its decompressed gzip content, or one zip entry. */
public interface ReportSource {

    /** The name shown in messages: the file name, or {@code archive.zip!/entry.txt}. */
    String name();

    /** Whether the content is an xlsx workbook. */
    boolean spreadsheet();

    /** Opens the (decompressed, size-limited) content. */
    InputStream open() throws IOException;
}
