package dev.bosun.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.amazon.ColumnSpec;
import dev.bosun.amazon.ReportImports;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.domain.HeaderNames;
import dev.bosun.testing.BosunTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The cost and exchange-rate templates cannot drift from their importers nor from {@code docs/import-templates.md}:
 * each template names every column of its layout in English (UTF-8 with BOM, for Excel), and every header spelling
 * an importer accepts, in English or Chinese, is documented.
 */
@BosunTest
class CostTemplatesTests {

    private static final Path DOCUMENTATION = Path.of("docs", "import-templates.md");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    @Autowired
    ReportImports imports;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "sku-costs.csv, finance.sku-costs",
        "inbound-shipment-costs.csv, finance.inbound-shipment-costs",
        "expenses.csv, finance.expenses",
        "exchange-rates.csv, finance.exchange-rates"
    })
    void theTemplateHasEveryColumnOfItsLayoutInEnglish(String template, String layoutId) {
        String text = CostImportTests.template(template);
        assertThat(text).startsWith("\uFEFF");
        List<String> headers = List.of(text.substring(1, text.indexOf('\r')).split(","));

        assertThat(headers).allMatch(h -> h.chars().allMatch(c -> c < 128), "English headers");
        assertThat(headers.stream().map(h -> column(layout(layoutId), h)).toList())
                .doesNotContainNull()
                .containsExactlyInAnyOrderElementsOf(layout(layoutId).columns().stream()
                        .map(ColumnSpec::name)
                        .toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "finance.sku-costs",
                "finance.inbound-shipment-costs",
                "finance.expenses",
                "finance.exchange-rates",
                "finance.ecb-reference-rates"
            })
    void everyAcceptedHeaderIsDocumentedAndSpacesAndHyphensAreAlike(String layoutId) throws Exception {
        String documentation = Files.readString(DOCUMENTATION);
        Set<String> documented = codeSpans(documentation);
        ReportLayout layout = layout(layoutId);

        assertThat(documentation).contains("`" + layoutId + "`");
        for (ColumnSpec column : layout.columns()) {
            assertThat(column.headers())
                    .as("header spellings of %s in %s", column.name(), DOCUMENTATION)
                    .allMatch(h -> documented.contains(key(h)));
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
        Set<String> spans = new HashSet<>();
        while (m.find()) {
            spans.add(key(m.group(1)));
        }
        return spans;
    }

    private static String key(String header) {
        return HeaderNames.normalise(header).replace(' ', '-');
    }
}
