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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
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
    void aShareOutsideZeroToOneRefusesTheReportNamingItsPath() throws IOException {
        long account = account(Marketplace.US);
        Path file = write(
                "bad.json", Files.readString(fixture("search-terms-week.json")).replace("0.1102", "11.02"));

        ImportResult result = importOne(account, file, strict());

        assertThat(result.status()).isEqualTo("REJECTED");
        assertThat(result.problems())
                .extracting(p -> p.describe("bad.json"))
                .containsExactly(
                        "bad.json: (dataByDepartmentAndSearchTerm[1].clickShare) expected a fraction from 0 to 1, found 11.02");
        assertThat(jdbc.queryForObject(
                        "select count(*) from brand_search_terms where account_id = ?", Long.class, account))
                .isZero();
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
