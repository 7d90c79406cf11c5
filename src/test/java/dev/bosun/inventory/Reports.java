package dev.bosun.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Writes report fixtures and imports them the way the CLI and the upload page do. */
final class Reports {

    /** The shared sample files, when the checkout has them (tests using them skip otherwise). */
    static final Path SAMPLES = Path.of("..", "shared", "amazon", "samples");

    private Reports() {}

    static Path write(Path dir, String name, Charset charset, String... lines) {
        try {
            Path file = dir.resolve(name);
            Files.write(file, (String.join("\n", lines) + "\n").getBytes(charset));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportResult importOne(ReportImports imports, long accountId, Path file, ImportOptions options) {
        List<ImportResult> results =
                imports.importFile(accountId, file, file.getFileName().toString(), options);
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    static ImportOptions strict() {
        return ImportOptions.strict("test");
    }

    static ImportOptions lenient() {
        return new ImportOptions(true, null, null, null, "test");
    }

    static ImportOptions on(LocalDate day) {
        return new ImportOptions(false, null, day, day, "test");
    }

    static ImportOptions in(Marketplace marketplace) {
        return new ImportOptions(false, marketplace, null, null, "test");
    }

    static String tsv(String... cells) {
        return String.join("\t", cells);
    }
}
