package dev.bosun.advertising;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.TestDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the report files the advertising tests import (csv, xlsx as the Ads console writes them, gzip JSON as
 * the Ads API delivers it) and imports them for fresh seller accounts.
 */
final class AdReportFiles {

    private final ReportImports imports;
    private final AccountDirectory directory;
    private final Path dir;

    AdReportFiles(ReportImports imports, AccountDirectory directory, Path dir) {
        this.imports = imports;
        this.directory = directory;
        this.dir = dir;
    }

    /** A number cell formatted as a percentage, as the console formats CTR and ACoS. */
    record Percent(double fraction) {}

    /** A cell holding a date with a date format. */
    record DateCell(LocalDate date) {}

    SellerAccount account(Marketplace... marketplaces) {
        return directory.create(
                directory.defaultOrganisation(), TestDatabase.unique("Acme"), List.of(marketplaces), null);
    }

    Path csv(String name, String text) {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** UTF-8 with a byte order mark, as Excel and the 2026 console export write csv. */
    Path csvWithBom(String name, String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        return write(name, bytes);
    }

    Path gzip(String name, String text) {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    Path xlsx(String name, String sheet, List<List<Object>> rows) {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put(sheet, rows);
        return xlsx(name, sheets);
    }

    /** A workbook with the sheets in the given order; cells are text, numbers, {@link Percent} or {@link DateCell}. */
    Path xlsx(String name, Map<String, List<List<Object>>> sheets) {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "Bosun tests", "1.0");
            for (var sheet : sheets.entrySet()) {
                Worksheet ws = workbook.newWorksheet(sheet.getKey());
                List<List<Object>> rows = sheet.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    List<Object> cells = rows.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        Object value = cells.get(c);
                        if (value instanceof String s) {
                            ws.value(r, c, s);
                        } else if (value instanceof Number n) {
                            ws.value(r, c, n);
                        } else if (value instanceof Percent p) {
                            ws.value(r, c, p.fraction());
                            ws.style(r, c).format("0.00%").set();
                        } else if (value instanceof DateCell d) {
                            ws.value(r, c, d.date());
                            ws.style(r, c).format("mmm dd, yyyy").set();
                        } else if (value != null) {
                            throw new IllegalArgumentException("cell type " + value.getClass());
                        }
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    ImportResult importFile(SellerAccount account, Path file) {
        return importFile(account, file, false, null);
    }

    ImportResult importFile(SellerAccount account, Path file, boolean lenient, Marketplace marketplace) {
        List<ImportResult> results = imports.importFile(
                account.id(),
                file,
                file.getFileName().toString(),
                new ImportOptions(lenient, marketplace, null, null, "test"));
        if (results.size() != 1) {
            throw new AssertionError("expected one result, got " + results);
        }
        return results.get(0);
    }

    private Path write(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
