package dev.bosun.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.amazon.ColumnSpec;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.domain.HeaderNames;
import dev.bosun.shared.Marketplace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * Writes report files for import tests and imports them: fixture text from the test resources or the test code,
 * the shared Amazon samples when they exist (tests using them are skipped otherwise), and which report layouts a
 * header row would satisfy.
 */
public final class ImportFixture {

    /** Where the collected Amazon sample files live, next to the project (never copied into it). */
    public static final Path SAMPLES = Path.of("..", "shared", "amazon", "samples");

    private ImportFixture() {}

    public static Path write(Path dir, String name, String text) {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test resource (e.g. {@code reports/orders/fba-customer-returns.tsv}) copied to {@code dir}. */
    public static Path resource(Path dir, String resource) {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        try (InputStream in = ImportFixture.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return write(dir, name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of the shared samples folder; skips the test when the folder is not there. */
    public static Path sample(String relativePath) {
        Path file = SAMPLES.resolve(relativePath);
        Assumptions.assumeTrue(Files.isRegularFile(file), "sample " + file + " is not available");
        return file;
    }

    public static ImportOptions strict() {
        return new ImportOptions(false, null, null, null, "test");
    }

    public static ImportOptions lenient() {
        return new ImportOptions(true, null, null, null, "test");
    }

    public static ImportOptions in(Marketplace marketplace) {
        return new ImportOptions(false, marketplace, null, null, "test");
    }

    /** Imports a file that holds one report and returns its result. */
    public static ImportResult importOne(ReportImports imports, long accountId, Path file, ImportOptions options) {
        List<ImportResult> results =
                imports.importFile(accountId, file, file.getFileName().toString(), options);
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    /** The ids of every known layout whose required columns all appear among {@code headers}. */
    public static Set<String> layoutsSatisfiedBy(ReportImports imports, List<String> headers) {
        Set<String> normalised = headers.stream().map(HeaderNames::normalise).collect(Collectors.toSet());
        return imports.layouts().stream()
                .filter(layout -> layout.shape() == ReportLayout.Shape.TABLE)
                .filter(layout -> layout.requiredColumns().stream().allMatch(c -> present(c, normalised)))
                .map(ReportLayout::id)
                .collect(Collectors.toSet());
    }

    private static boolean present(ColumnSpec column, Set<String> headers) {
        return column.headers().stream().map(HeaderNames::normalise).anyMatch(headers::contains);
    }
}
