package dev.bosun.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Brand Analytics search terms report becomes one row per period, department, term and click share rank. */
@BosunTest
class SearchTermsImportTests {

    static final Path SAMPLES = Path.of("..", "shared", "amazon", "samples");
    static final LocalDate SUNDAY = LocalDate.of(2026, 11, 15);
    static final LocalDate SATURDAY = LocalDate.of(2026, 11, 21);

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    SearchTerms searchTerms;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void recordsTheTopClickedAsinsOfEachTermAndDepartment() throws IOException {
        long account = account(Marketplace.US);

        ImportResult result = importOne(account, fixture("search-terms-week.json"), strict());

        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("brand.search-terms");
        assertThat(result.inserted()).isEqualTo(4);
        assertThat(result.marketplaces()).containsExactly("US");
        assertThat(result.periodFrom()).isEqualTo(SUNDAY);
        assertThat(result.periodTo()).isEqualTo(SATURDAY);
        List<SearchTermClick> clicks = searchTerms.term(account, Marketplace.US, SUNDAY, SATURDAY, "garlic press");
        assertThat(clicks)
                .extracting(
                        SearchTermClick::department,
                        SearchTermClick::clickShareRank,
                        SearchTermClick::clickedAsin,
                        SearchTermClick::searchFrequencyRank)
                .containsExactly(
                        tuple("Amazon.com", 1, "B0GARLIC01", 1843),
                        tuple("Amazon.com", 2, "B0GARLIC02", 1843),
                        tuple("Amazon.com", 3, "B0GARLIC03", 1843),
                        tuple("Home & Kitchen", 1, "B0GARLIC02", 212));
        SearchTermClick top = clicks.get(0);
        assertThat(top.clickShare()).isEqualByComparingTo("0.2131");
        assertThat(top.conversionShare()).isEqualByComparingTo("0.2547");
        assertThat(top.reportPeriod()).isEqualTo("WEEK");
        assertThat(clicks.get(2).conversionShare()).isZero();
        assertThat(searchTerms.forAsin(account, Marketplace.US, "B0GARLIC02"))
                .extracting(SearchTermClick::department, SearchTermClick::searchFrequencyRank)
                .containsExactly(tuple("Home & Kitchen", 212), tuple("Amazon.com", 1843));
    }

    @Test
    void keepsNonAsciiTermsOfEuropeanMarketplaces() {
        long account = account(Marketplace.DE);
        Path file = write("de.json", """
                {"reportSpecification": {"reportType": "GET_BRAND_ANALYTICS_SEARCH_TERMS_REPORT",
                  "reportOptions": {"reportPeriod": "DAY"}, "dataStartTime": "2026-11-20T00:00:00Z",
                  "dataEndTime": "2026-11-20T23:59:59Z", "marketplaceIds": ["A1PA6795UKMFR9"]},
                 "dataByDepartmentAndSearchTerm": [
                  {"departmentName": "Küche, Haushalt & Wohnen", "searchTerm": "knoblauchpresse edelstahl spülmaschinenfest",
                   "searchFrequencyRank": 5120, "clickedAsin": "B0KNOB0001", "clickShareRank": 1,
                   "clickShare": 0.3012, "conversionShare": 0.2876}]}
                """);

        ImportResult result = importOne(account, file, strict());

        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(searchTerms.forAsin(account, Marketplace.DE, "B0KNOB0001"))
                .extracting(
                        SearchTermClick::department,
                        SearchTermClick::searchTerm,
                        SearchTermClick::periodStart,
                        SearchTermClick::periodEnd)
                .containsExactly(tuple(
                        "Küche, Haushalt & Wohnen",
                        "knoblauchpresse edelstahl spülmaschinenfest",
                        LocalDate.of(2026, 11, 20),
                        LocalDate.of(2026, 11, 20)));
    }

    @Test
    void importingTheSameReportAgainChangesNothingAndARestatedOneUpdates() throws IOException {
        long account = account(Marketplace.US);
        Path file = fixture("search-terms-week.json");
        importOne(account, file, strict());

        ImportResult again = importOne(account, file, strict());
        ImportResult restated = importOne(
                account, write("restated.json", Files.readString(file).replace("0.1875", "0.1911")), strict());

        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(restated.inserted()).isZero();
        assertThat(restated.updated()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from brand_search_terms where account_id = ?", Long.class, account))
                .isEqualTo(4);
        assertThat(searchTerms.term(account, Marketplace.US, SUNDAY, SATURDAY, "garlic press"))
                .filteredOn(c -> c.department().equals("Home & Kitchen"))
                .extracting(c -> c.clickShare().stripTrailingZeros().toPlainString())
                .containsExactly("0.1911");
    }

    @Test
    void aBadEntryIsRejectedByItsPathAndRefusesTheReportUnlessLenient() throws IOException {
        long account = account(Marketplace.US);
        Path file = write(
                "bad.json",
                Files.readString(fixture("search-terms-week.json"))
                        .replace("0.1102", "11.02")
                        .replace("\"clickedAsin\": \"B0GARLIC03\"", "\"clickedAsin\": 7"));

        ImportResult strict = importOne(account, file, strict());

        assertThat(strict.status()).isEqualTo("REJECTED");
        assertThat(strict.rows()).isEqualTo(4);
        assertThat(strict.rejected()).isEqualTo(2);
        assertThat(strict.problems())
                .extracting(p -> p.describe("bad.json"))
                .containsExactly(
                        "bad.json:$.dataByDepartmentAndSearchTerm[1].clickShare: expected a fraction from 0 to 1,"
                                + " found 11.02",
                        "bad.json:$.dataByDepartmentAndSearchTerm[2].clickedAsin: expected a text, found 7");
        assertThat(rows(account)).isZero();

        ImportResult lenient = importOne(account, file, lenient());

        assertThat(lenient.status()).isEqualTo("PARTIAL");
        assertThat(lenient.rows()).isEqualTo(4);
        assertThat(lenient.rejected()).isEqualTo(2);
        assertThat(lenient.inserted()).isEqualTo(2);
        assertThat(searchTerms.term(account, Marketplace.US, SUNDAY, SATURDAY, "garlic press"))
                .extracting(SearchTermClick::department, SearchTermClick::clickShareRank)
                .containsExactly(tuple("Amazon.com", 1), tuple("Home & Kitchen", 1));
    }

    @Test
    void anEntryThatIsNotAnObjectIsRejectedAlone() throws IOException {
        long account = account(Marketplace.US);
        Path file = write(
                "odd.json",
                Files.readString(fixture("search-terms-week.json"))
                        .replace(
                                "\"dataByDepartmentAndSearchTerm\": [",
                                "\"dataByDepartmentAndSearchTerm\": [ \"oops\","));

        ImportResult lenient = importOne(account, file, lenient());

        assertThat(lenient.status()).isEqualTo("PARTIAL");
        assertThat(lenient.problems())
                .extracting(p -> p.describe("odd.json"))
                .containsExactly("odd.json:$.dataByDepartmentAndSearchTerm[0]: expected an object, found \"oops\"");
        assertThat(lenient.rows()).isEqualTo(5);
        assertThat(lenient.inserted()).isEqualTo(4);
    }

    @Test
    void aBadSpecificationRefusesTheReportEvenWhenLenient() throws IOException {
        long account = account(Marketplace.US);
        Path file = write(
                "spec.json",
                Files.readString(fixture("search-terms-week.json")).replace("\"2026-11-21\"", "\"someday\""));

        ImportResult lenient = importOne(account, file, lenient());

        assertThat(lenient.status()).isEqualTo("REJECTED");
        assertThat(lenient.problems())
                .extracting(p -> p.describe("spec.json"))
                .containsExactly(
                        "spec.json:$.reportSpecification.dataEndTime: expected a date such as 2021-06-06, found"
                                + " \"someday\"");
        assertThat(rows(account)).isZero();
    }

    @Test
    void readsTheSpecificationAlsoWhenItFollowsTheEntries() throws IOException {
        long account = account(Marketplace.US);
        JsonNode week = JsonMapper.builder().build().readTree(Files.readString(fixture("search-terms-week.json")));
        String reordered = "{\"dataByDepartmentAndSearchTerm\": " + week.get("dataByDepartmentAndSearchTerm")
                + ", \"reportSpecification\": " + week.get("reportSpecification") + "}";

        ImportResult result = importOne(account, write("entries-first.json", reordered), strict());

        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.inserted()).isEqualTo(4);
        assertThat(result.periodFrom()).isEqualTo(SUNDAY);
        assertThat(searchTerms.forAsin(account, Marketplace.US, "B0GARLIC03")).hasSize(1);
    }

    @Test
    void importsAReportOfTwoHundredThousandEntriesReadOneByOne() throws IOException {
        long account = account(Marketplace.DE);
        int entries = 200_000;
        Path file = dir.resolve("big-search-terms.json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("""
                    {"reportSpecification": {"reportType": "GET_BRAND_ANALYTICS_SEARCH_TERMS_REPORT",
                      "reportOptions": {"reportPeriod": "WEEK"}, "dataStartTime": "2026-11-15",
                      "dataEndTime": "2026-11-21", "marketplaceIds": ["A1PA6795UKMFR9"]},
                     "dataByDepartmentAndSearchTerm": [
                    """);
            for (int i = 0; i < entries; i++) {
                int term = i / 3;
                int rank = i % 3 + 1;
                out.write((i == 0 ? "" : ",\n")
                        + "{\"departmentName\": \"Küche\", \"searchTerm\": \"suchbegriff " + term
                        + "\", \"searchFrequencyRank\": " + (term + 1) + ", \"clickedAsin\": \"B0"
                        + String.format("%08d", i)
                        + "\", \"clickShareRank\": " + rank + ", \"clickShare\": 0." + (4 - rank)
                        + ", \"conversionShare\": 0.0" + rank + "}");
            }
            out.write("]}\n");
        }

        ImportResult result = importOne(account, file, strict());

        assertThat(result.status()).as("%s", result.problems()).isEqualTo("IMPORTED");
        assertThat(result.rows()).isEqualTo(entries);
        assertThat(result.inserted()).isEqualTo(entries);
        assertThat(rows(account)).isEqualTo(entries);
        assertThat(searchTerms.forAsin(account, Marketplace.DE, "B0" + String.format("%08d", entries - 1)))
                .extracting(SearchTermClick::searchTerm, SearchTermClick::clickShareRank)
                .containsExactly(tuple("suchbegriff " + (entries - 1) / 3, (entries - 1) % 3 + 1));
    }

    @Test
    void readsAirbytesSampleAndTheExampleOfAmazonsSchema() throws IOException {
        Path sample = SAMPLES.resolve("airbyte/GET_BRAND_ANALYTICS_SEARCH_TERMS_REPORT.json");
        Path schema = SAMPLES.resolve("spapi-schemas/sellingPartnerSearchTermsReport.json");
        assumeTrue(Files.exists(sample) && Files.exists(schema), "shared samples not present");
        long account = account(Marketplace.US);
        Path example = write(
                "example.json",
                JsonMapper.builder()
                        .build()
                        .readTree(schema.toFile())
                        .path("examples")
                        .get(0)
                        .toString());

        ImportResult fromSample = importOne(account, sample, strict());
        ImportResult fromExample = importOne(account, example, strict());

        assertThat(fromSample.type()).isEqualTo("brand.search-terms");
        assertThat(fromSample.inserted()).isEqualTo(2);
        assertThat(fromExample.status()).isEqualTo("IMPORTED");
        assertThat(fromExample.inserted()).isEqualTo(10);
        assertThat(fromExample.unchanged()).isEqualTo(2);
        List<SearchTermClick> beauty = searchTerms.term(
                account,
                Marketplace.US,
                LocalDate.of(2021, 6, 6),
                LocalDate.of(2021, 6, 12),
                "beauty search term rank one");
        assertThat(beauty)
                .extracting(
                        SearchTermClick::clickedAsin,
                        c -> c.clickShare().stripTrailingZeros().toPlainString())
                .containsExactly(
                        tuple("B1212134343", "0.1118"), tuple("B1313145454", "0.0767"), tuple("B1414156565", "0.0734"));
    }

    @Test
    void otherBrandAnalyticsReportsAreNotTakenForSearchTerms() {
        Path basket = SAMPLES.resolve("airbyte/GET_BRAND_ANALYTICS_MARKET_BASKET_REPORT.json");
        assumeTrue(Files.exists(basket), "shared samples not present");
        long account = account(Marketplace.US);

        ImportResult result = importOne(account, basket, strict());

        assertThat(result.type()).isNotEqualTo("brand.search-terms");
        assertThat(jdbc.queryForObject(
                        "select count(*) from brand_search_terms where account_id = ?", Long.class, account))
                .isZero();
    }

    private ImportResult importOne(long account, Path file, ImportOptions options) {
        List<ImportResult> results =
                imports.importFile(account, file, file.getFileName().toString(), options);
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private static ImportOptions strict() {
        return ImportOptions.strict("test");
    }

    private static ImportOptions lenient() {
        return new ImportOptions(true, null, null, null, "test");
    }

    private long rows(long account) {
        return jdbc.queryForObject("select count(*) from brand_search_terms where account_id = ?", Long.class, account);
    }

    private Path fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/reports/brand/" + name)) {
            return write(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long account(Marketplace... marketplaces) {
        return directory
                .create(directory.defaultOrganisation(), TestDatabase.unique("Brand"), List.of(marketplaces), null)
                .id();
    }
}
