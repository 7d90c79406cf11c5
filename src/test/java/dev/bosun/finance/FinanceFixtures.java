package dev.bosun.finance;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Seller accounts and report files for the finance importers' tests, and a way to import them. */
final class FinanceFixtures {

    /** Where the shared sample files live when the workspace has them (tests skip otherwise). */
    static final Path SAMPLES = Path.of("..", "shared", "amazon", "samples");

    private final AccountDirectory directory;
    private final ReportImports imports;
    private final JdbcTemplate jdbc;
    private final Path folder;
    private Long organisation;

    FinanceFixtures(AccountDirectory directory, ReportImports imports, JdbcTemplate jdbc, Path folder) {
        this.directory = directory;
        this.imports = imports;
        this.jdbc = jdbc;
        this.folder = folder;
    }

    /**
     * A seller account in an organisation of its own test class, so that the many accounts these tests make do not
     * crowd the default organisation's pages that browser tests click through.
     */
    SellerAccount account(Marketplace... marketplaces) {
        if (organisation == null) {
            organisation = jdbc.queryForObject(
                    "insert into organisations (name) values (?) returning id",
                    Long.class,
                    TestDatabase.unique("Finance tests"));
        }
        return directory.create(organisation, TestDatabase.unique("Acme"), Arrays.asList(marketplaces), null);
    }

    ImportResult importText(SellerAccount account, String fileName, String text) {
        return importText(account, fileName, text, StandardCharsets.UTF_8, ImportOptions.strict("test"));
    }

    ImportResult importText(SellerAccount account, String fileName, String text, ImportOptions options) {
        return importText(account, fileName, text, StandardCharsets.UTF_8, options);
    }

    ImportResult importText(
            SellerAccount account, String fileName, String text, Charset charset, ImportOptions options) {
        try {
            Path file = Files.createTempFile(folder, "report", ".txt");
            Files.write(file, text.getBytes(charset));
            return importFile(account, file, fileName, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ImportResult importFile(SellerAccount account, Path file, String fileName, ImportOptions options) {
        List<ImportResult> results = imports.importFile(account.id(), file, fileName, options);
        if (results.size() != 1) {
            throw new AssertionError("expected one result, got " + results);
        }
        return results.get(0);
    }

    static ImportOptions lenient() {
        return new ImportOptions(true, null, null, null, "test");
    }

    static ImportOptions in(Marketplace marketplace) {
        return new ImportOptions(false, marketplace, null, null, "test");
    }

    /** A tab-separated report built from a header and rows that name only their non-empty cells. */
    static final class Tsv {
        private final List<String> headers;
        private final List<String> lines = new ArrayList<>();

        private Tsv(List<String> headers) {
            this.headers = headers;
            lines.add(String.join("\t", headers));
        }

        static Tsv withHeader(String... headers) {
            return new Tsv(List.of(headers));
        }

        static Tsv withHeader(List<String> headers) {
            return new Tsv(List.copyOf(headers));
        }

        /** A row given as column, value, column, value…; other cells stay empty. */
        Tsv row(String... columnsAndValues) {
            String[] cells = new String[headers.size()];
            Arrays.fill(cells, "");
            for (int i = 0; i < columnsAndValues.length; i += 2) {
                int at = headers.indexOf(columnsAndValues[i]);
                if (at < 0) {
                    throw new IllegalArgumentException("no column " + columnsAndValues[i] + " in " + headers);
                }
                cells[at] = columnsAndValues[i + 1];
            }
            lines.add(String.join("\t", cells));
            return this;
        }

        /** A line written as is (e.g. with trailing spaces). */
        Tsv raw(String line) {
            lines.add(line);
            return this;
        }

        String text() {
            return String.join("\n", lines) + "\n";
        }
    }
}
