package dev.bosun.amazon.reading;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Opens an uploaded file as the reports it holds: a plain report, a gzip-compressed one (as the SP-API delivers
 * them), a zip with one or more reports, or an xlsx workbook (which is itself a zip).
 */
public final class ReportFiles {

    private ReportFiles() {}

    public static List<ReportSource> open(Path file, String displayName, ReadLimits limits) {
        return open(file, displayName, limits, null);
    }

    /** As {@link #open(Path, String, ReadLimits)}, telling {@code progress} how much of the file has been read. */
    public static List<ReportSource> open(Path file, String displayName, ReadLimits limits, LongConsumer given) {
        LongConsumer progress = given == null ? null : forwardOnly(given);
        try {
            long size = Files.size(file);
            byte[] head = new byte[4];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, 4);
            }
            if (n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
                return List.of(new Plain(
                        displayName,
                        false,
                        () -> new LimitedInputStream(
                                new GZIPInputStream(new BufferedInputStream(raw(file, progress)), 65536),
                                displayName,
                                size,
                                limits)));
            }
            if (n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                return zip(file, displayName, size, limits);
            }
            return List.of(new Plain(
                    displayName,
                    false,
                    () -> new LimitedInputStream(Files.newInputStream(file), displayName, size, limits)));
        } catch (IOException e) {
            throw new ReportRejectedException(displayName + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Tells {@code listener} only of progress beyond what it was told, so that reading a source a second time (a
     * streamed JSON array) does not move a progress bar back.
     */
    private static LongConsumer forwardOnly(LongConsumer listener) {
        long[] furthest = {-1};
        return bytes -> {
            if (bytes > furthest[0]) {
                furthest[0] = bytes;
                listener.accept(bytes);
            }
        };
    }

    private static InputStream raw(Path file, LongConsumer progress) throws IOException {
        InputStream in = Files.newInputStream(file);
        return progress == null ? in : new ProgressInputStream(in, progress);
    }

    private static List<ReportSource> zip(Path file, String displayName, long size, ReadLimits limits)
            throws IOException {
        List<ReportSource> sources = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("xl/workbook.xml") != null) {
                return List.of(new Plain(
                        displayName,
                        true,
                        () -> new LimitedInputStream(Files.newInputStream(file), displayName, size, limits)));
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || name.startsWith("__MACOSX/") || name.endsWith(".DS_Store")) {
                    continue;
                }
                if (name.contains("..")) {
                    throw new ReportRejectedException(
                            displayName + " holds an entry with '..' in its path (" + name + "); refused");
                }
                String entryName = displayName + "!/" + name;
                long compressed = Math.max(1, entry.getCompressedSize());
                boolean xlsx = name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
                sources.add(new Plain(entryName, xlsx, () -> {
                    ZipFile again = new ZipFile(file.toFile());
                    InputStream raw = again.getInputStream(again.getEntry(name));
                    return new LimitedInputStream(
                            new java.io.FilterInputStream(raw) {
                                @Override
                                public void close() throws IOException {
                                    super.close();
                                    again.close();
                                }
                            },
                            entryName,
                            compressed,
                            limits);
                }));
            }
        } catch (ZipException e) {
            throw new ReportRejectedException(displayName + " is a damaged zip archive: " + e.getMessage(), e);
        }
        if (sources.isEmpty()) {
            throw new ReportRejectedException(displayName + " is an empty zip archive");
        }
        return sources;
    }

    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    private record Plain(String name, boolean spreadsheet, Opener opener) implements ReportSource {
        @Override
        public InputStream open() throws IOException {
            return opener.open();
        }
    }
}
