package dev.bosun;

import static dev.bosun.testing.ImportFixture.importOne;
import static dev.bosun.testing.ImportFixture.strict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.amazon.ColumnSpec;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.domain.HeaderNames;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.ImportFixture;
import dev.bosun.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The import templates Bosun ships ({@code src/main/resources/import-templates}) and their documentation
 * ({@code docs/import-templates.md}) cannot drift from the importers: every template imports as shipped, names
 * every column of its layout, and every header spelling the importer accepts is documented.
 */
@BosunTest
class ImportTemplatesTests {

    private static final Path DOCUMENTATION = Path.of("docs", "import-templates.md");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "buyer-messages.csv, orders.buyer-messages, DE",
        "product-reviews.csv, reviews.product-reviews, US",
        "seller-feedback.csv, reviews.seller-feedback, US"
    })
    void theShippedTemplateImports(String template, String layoutId, Marketplace marketplace) {
        long account = directory
                .create(directory.defaultOrganisation(), TestDatabase.unique("Acme"), List.of(marketplace), null)
                .id();

        ImportResult result =
                importOne(imports, account, ImportFixture.resource(dir, "import-templates/" + template), strict());

        assertThat(result.problems()).isEmpty();
        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo(layoutId);
        assertThat(result.rows()).isEqualTo(1);
        assertThat(result.inserted()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "buyer-messages.csv, orders.buyer-messages",
        "product-reviews.csv, reviews.product-reviews",
        "seller-feedback.csv, reviews.seller-feedback"
    })
    void theTemplateHasEveryColumnOfItsLayoutInEnglishAndNothingElse(String template, String layoutId)
            throws Exception {
        ReportLayout layout = layout(layoutId);
        byte[] bytes = ImportTemplatesTests.class
                .getClassLoader()
                .getResourceAsStream("import-templates/" + template)
                .readAllBytes();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).as("UTF-8 with BOM, so that Excel opens it as UTF-8").startsWith("\uFEFF");
        List<String> headers = List.of(text.substring(1, text.indexOf('\r')).split(","));

        assertThat(headers).allMatch(h -> h.chars().allMatch(c -> c < 128), "English headers");
        assertThat(headers.stream().map(h -> column(layout, h)).toList())
                .doesNotContainNull()
                .containsExactlyInAnyOrderElementsOf(
                        layout.columns().stream().map(ColumnSpec::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"orders.buyer-messages", "reviews.product-reviews", "reviews.seller-feedback"})
    void everyAcceptedHeaderIsDocumented(String layoutId) throws Exception {
        String documentation = Files.readString(DOCUMENTATION);
        Set<String> documented = codeSpans(documentation);

        for (ColumnSpec column : layout(layoutId).columns()) {
            assertThat(column.headers())
                    .as("header spellings of %s in %s", column.name(), DOCUMENTATION)
                    .allMatch(h -> documented.contains(key(h)));
        }
        assertThat(documentation).contains(layoutId);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"orders.buyer-messages", "reviews.product-reviews", "reviews.seller-feedback"})
    void spacesAndHyphensInHeadersAreAlikeAsDocumented(String layoutId) {
        ReportLayout layout = layout(layoutId);

        for (ColumnSpec column : layout.columns()) {
            for (String header : column.headers()) {
                assertThat(column(layout, header.replace(' ', '-'))).isEqualTo(column.name());
                assertThat(column(layout, header.replace('-', ' '))).isEqualTo(column.name());
            }
        }
    }

    private ReportLayout layout(String id) {
        return imports.layouts().stream()
                .filter(l -> l.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static String column(ReportLayout layout, String header) {
        return layout.columns().stream()
                .filter(c -> c.headers().stream()
                        .map(HeaderNames::normalise)
                        .anyMatch(HeaderNames.normalise(header)::equals))
                .map(ColumnSpec::name)
                .findFirst()
                .orElse(null);
    }

    private static Set<String> codeSpans(String text) {
        Matcher m = CODE.matcher(text);
        Set<String> spans = new java.util.HashSet<>();
        while (m.find()) {
            spans.add(key(m.group(1)));
        }
        return spans.stream().collect(Collectors.toSet());
    }

    /** As the reader compares headers; the documentation says spaces and hyphens are alike, and they are. */
    private static String key(String header) {
        return HeaderNames.normalise(header).replace(' ', '-');
    }
}
