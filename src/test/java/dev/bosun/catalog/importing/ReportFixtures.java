package dev.bosun.catalog.importing;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportProblem;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes report files the way Amazon does (tab-separated flat files, Business Report CSVs with every field
 * quoted, in a given encoding) and imports them.
 */
final class ReportFixtures {

    static final Charset CP1252 = Charset.forName("windows-1252");

    private ReportFixtures() {}

    /**
     * A seller account of its own organisation: the import tests make many accounts, and pages that list the
     * default organisation's accounts (the browser tests' user administration) should not grow with them.
     */
    static SellerAccount account(AccountDirectory directory, JdbcTemplate jdbc, Marketplace... marketplaces) {
        Long organisation = jdbc.queryForObject(
                "insert into organisations (name) values (?) returning id", Long.class, TestDatabase.unique("Catalog"));
        return directory.create(organisation, TestDatabase.unique("Acme"), List.of(marketplaces), null);
    }

    /** A row's cells by header; headers without a cell are written empty. */
    static Map<String, String> cells(String... headerValuePairs) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < headerValuePairs.length; i += 2) {
            cells.put(headerValuePairs[i], headerValuePairs[i + 1]);
        }
        return cells;
    }

    /** A tab-separated flat file, unquoted. */
    static String tsv(List<String> headers, List<Map<String, String>> rows) {
        return table(headers, rows, "\t", false);
    }

    /** A Business Report CSV: comma-separated, every field in double quotes. */
    static String csv(List<String> headers, List<Map<String, String>> rows) {
        return table(headers, rows, ",", true);
    }

    private static String table(List<String> headers, List<Map<String, String>> rows, String separator, boolean quote) {
        for (Map<String, String> row : rows) {
            for (String header : row.keySet()) {
                if (!headers.contains(header)) {
                    throw new IllegalArgumentException("no column " + header);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(line(headers, separator, quote));
        for (Map<String, String> row : rows) {
            out.append(line(headers.stream().map(h -> row.getOrDefault(h, "")).toList(), separator, quote));
        }
        return out.toString();
    }

    private static String line(List<String> values, String separator, boolean quote) {
        return values.stream()
                        .map(v -> quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v)
                        .collect(Collectors.joining(separator))
                + "\r\n";
    }

    static Path write(Path dir, String name, String text, Charset charset) {
        try {
            Path file = dir.resolve(name);
            Files.write(file, text.getBytes(charset));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportResult importFile(ReportImports imports, long accountId, Path file, ImportOptions options) {
        List<ImportResult> results =
                imports.importFile(accountId, file, file.getFileName().toString(), options);
        if (results.size() != 1) {
            throw new AssertionError("expected one result, got " + results);
        }
        return results.get(0);
    }

    static ImportOptions strict() {
        return ImportOptions.strict("test");
    }

    static ImportOptions lenient() {
        return new ImportOptions(true, null, null, null, "test");
    }

    static ImportOptions in(Marketplace marketplace) {
        return new ImportOptions(false, marketplace, null, null, "test");
    }

    static ImportOptions period(LocalDate from, LocalDate to) {
        return new ImportOptions(false, null, from, to, "test");
    }

    /** The problems of a result as {@code file:line:column: message} lines. */
    static String problems(ImportResult result) {
        return result.problems().stream()
                .map((ImportProblem p) -> p.describe(result.file()))
                .collect(Collectors.joining("\n"));
    }
}
