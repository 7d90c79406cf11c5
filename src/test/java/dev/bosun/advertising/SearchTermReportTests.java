package dev.bosun.advertising;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.advertising.AdReportFiles.DateCell;
import dev.bosun.advertising.AdReportFiles.Percent;
import dev.bosun.amazon.ImportProblem;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sponsored Products search term reports from the Ads console: the US 7-day xlsx (with the trailing spaces some
 * of its headers have) and the Amazon.in 14-day csv (with ₹ in the headers and Rs. in the cells).
 */
@BosunTest
class SearchTermReportTests {

    /** The header row of a US search term download, trailing spaces included (REFERENCE.md §1i). */
    static final List<Object> US_HEADERS = List.of(
            "Start Date",
            "End Date",
            "Portfolio name",
            "Currency",
            "Campaign Name",
            "Ad Group Name",
            "Targeting",
            "Match Type",
            "Customer Search Term",
            "Impressions",
            "Clicks",
            "Click-Thru Rate (CTR)",
            "Cost Per Click (CPC)",
            "Spend",
            "7 Day Total Sales ",
            "Total Advertising Cost of Sales (ACOS) ",
            "Total Return on Advertising Spend (ROAS)",
            "7 Day Total Orders (#)",
            "7 Day Total Units (#)",
            "7 Day Conversion Rate",
            "7 Day Advertised SKU Units (#)",
            "7 Day Other SKU Units (#)",
            "7 Day Advertised SKU Sales ",
            "7 Day Other SKU Sales ");

    static final String IN_HEADER = "Date,Portfolio name,Currency,Campaign Name,Ad Group Name,Targeting,Match Type,"
            + "Customer Search Term,Impressions,Clicks,Click-Thru Rate (CTR),Cost Per Click (CPC),Spend,"
            + "14 Day Total Sales (₹),Total Advertising Cost of Sales (ACoS),Total Return on Advertising Spend (RoAS),"
            + "14 Day Total Orders (#),14 Day Total Units (#),14 Day Conversion Rate,14 Day Advertised ASIN Units (#),"
            + "14 Day Brand Halo ASIN Units (#),14 Day Advertised ASIN Sales (₹),14 Day Brand Halo ASIN Sales (₹)\n";

    @Autowired
    ReportImports imports;

    @Autowired
    dev.bosun.advertising.db.SearchTermLineSummaries lineSummaries;

    @Autowired
    AccountDirectory directory;

    @Autowired
    AdPerformance performance;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    AdReportFiles files;

    @BeforeEach
    void files() {
        files = new AdReportFiles(imports, directory, dir);
    }

    /** Excel serial 44774 is 2022-08-01, as the console writes the dates of its xlsx downloads. */
    static List<List<Object>> usRows(Object spendOfSecondRow, double clicksOfFirstRow, double spendOfFirstRow) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(US_HEADERS);
        rows.add(List.of(
                44774,
                44774,
                "Kitchen",
                "USD",
                "Broad - Utensils",
                "Holders",
                "utensil holder",
                "BROAD",
                "black utensil holder",
                90,
                clicksOfFirstRow,
                new Percent(0.0111),
                spendOfFirstRow,
                spendOfFirstRow,
                15.49,
                // A wrong ACOS in the file: Bosun derives its own.
                new Percent(0.99),
                21.51,
                1,
                2,
                new Percent(1.0),
                1,
                1,
                10.99,
                4.5));
        List<Object> second = new ArrayList<>(List.of(
                44774,
                44774,
                "Kitchen",
                "USD",
                "ASIN - Competitors",
                "Ad group - 7/22/2022",
                "asin=\"B09Y66H7BZ\"",
                "-",
                "b09y66h7bz",
                108,
                1,
                new Percent(0.0093),
                0.58));
        second.add(spendOfSecondRow);
        second.addAll(List.of(0, "", 0, 0, 0, 0, 0, 0, 0, 0));
        rows.add(second);
        // The third row's dates are date-formatted cells, which the reader gives as ISO dates.
        List<Object> third = new ArrayList<>(List.of(
                new DateCell(LocalDate.of(2022, 8, 2)),
                new DateCell(LocalDate.of(2022, 8, 2)),
                "Not grouped",
                "USD",
                "Automatic Campaign - 6/17/22",
                "Automatic Campaign - 6/17/22",
                "*",
                "-",
                "b0020ml3sy",
                4,
                1,
                new Percent(0.25),
                0.49,
                0.49,
                0,
                "",
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0));
        rows.add(third);
        return rows;
    }

    @Test
    void importsTheUsSevenDayXlsxWithTrailingSpacesInItsHeaders() {
        SellerAccount account = files.account(Marketplace.US);
        Path file = files.xlsx(
                "Sponsored Products Search term report.xlsx", "Sponsored Product Search Term R", usRows(0.58, 1, 0.72));

        ImportResult result = files.importFile(account, file);

        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("advertising.console-report");
        assertThat(result.rows()).isEqualTo(3);
        assertThat(result.inserted()).isEqualTo(3);
        assertThat(result.marketplaces()).containsExactly("US");
        assertThat(result.periodFrom()).isEqualTo(LocalDate.of(2022, 8, 1));
        assertThat(result.periodTo()).isEqualTo(LocalDate.of(2022, 8, 2));

        List<SearchTermPerformance> terms =
                performance.searchTerms(account.id(), LocalDate.of(2022, 8, 1), LocalDate.of(2022, 8, 31));
        assertThat(terms).hasSize(3);
        SearchTermPerformance broad = find(terms, "black utensil holder");
        assertThat(broad.scope())
                .isEqualTo(new AdScope(
                        Marketplace.US, AdProduct.SP, LocalDate.of(2022, 8, 1), LocalDate.of(2022, 8, 1), "USD", 7));
        assertThat(broad.campaignName()).isEqualTo("Broad - Utensils");
        assertThat(broad.adGroupName()).isEqualTo("Holders");
        assertThat(broad.targeting()).isEqualTo("utensil holder");
        assertThat(broad.matchType()).isEqualTo("BROAD");
        assertThat(broad.portfolio()).isEqualTo("Kitchen");
        AdFigures f = broad.figures();
        assertThat(f.impressions()).isEqualTo(90);
        assertThat(f.clicks()).isEqualTo(1);
        assertThat(f.spend()).isEqualByComparingTo("0.72");
        assertThat(f.sales()).isEqualByComparingTo("15.49");
        assertThat(f.orders()).isEqualTo(1L);
        assertThat(f.units()).isEqualTo(2L);
        assertThat(f.advertisedUnits()).isEqualTo(1L);
        assertThat(f.otherUnits()).isEqualTo(1L);
        assertThat(f.advertisedSales()).isEqualByComparingTo("10.99");
        assertThat(f.otherSales()).isEqualByComparingTo("4.50");
        assertThat(f.acos().orElseThrow())
                .isEqualByComparingTo(
                        new BigDecimal("0.72").divide(new BigDecimal("15.49"), java.math.MathContext.DECIMAL64));
        assertThat(f.acos().orElseThrow()).isLessThan(new BigDecimal("0.05"));

        SearchTermPerformance asin = find(terms, "b09y66h7bz");
        assertThat(asin.targeting()).isEqualTo("asin=\"B09Y66H7BZ\"");
        assertThat(asin.matchType()).isEqualTo("TARGETING_EXPRESSION");
        assertThat(asin.figures().acos()).isEmpty();
        assertThat(find(terms, "b0020ml3sy").scope().from()).isEqualTo(LocalDate.of(2022, 8, 2));
    }

    @Test
    void theJobAnImportQueuesSumsTheSearchTermLines() {
        SellerAccount account = files.account(Marketplace.US);
        files.importFile(account, files.xlsx("terms.xlsx", "Sheet1", usRows(0.58, 1, 0.72)));
        // the job server runs in tests as in `serve`: the lines catch up without anyone asking
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> !lineSummaries.isBehind(account.id()));
        assertThat(jdbc.queryForList(
                        "select search_term || ' ' || days || ' ' || clicks || ' ' || spend from ad_search_term_lines"
                                + " where account_id = ? order by search_term",
                        String.class,
                        account.id()))
                .containsExactly("b0020ml3sy 1 1 0.4900", "b09y66h7bz 1 1 0.5800", "black utensil holder 1 1 0.7200");
    }

    @Test
    void importsTheIndianFourteenDayCsvWithRupees() {
        SellerAccount account = files.account(Marketplace.IN);
        Path file = files.csv(
                "Sponsored Products Search term report.csv",
                IN_HEADER
                        + "\"Feb 2, 2020\",Not grouped,INR,Pain relief Oil || SP || Generic,Pain Relief Oil -SP-Generic,"
                        + "pain relief oil,EXACT,pain relief oil,195,4,2.05%,Rs.34.94,Rs.139.75,Rs.320.54,43.60%,2.29,"
                        + "1,1,25.00%,1,0,Rs.320.54,Rs.0.0\n"
                        + "\"Feb 3, 2020\",Not grouped,INR,Pain relief Oil || SP || Generic,Pain Relief Oil -SP-Generic,"
                        + "knee pain oil,EXACT,knee pain oil,14,1,7.14%,Rs.31.35,Rs.31.35,Rs.0.0,,0.00,0,0,0.00%,0,0,"
                        + "Rs.0.0,Rs.0.0\n");

        ImportResult result = files.importFile(account, file);

        assertThat(result.status()).as("%s", result.problems()).isEqualTo("IMPORTED");
        assertThat(result.inserted()).isEqualTo(2);
        assertThat(result.marketplaces()).containsExactly("IN");
        SearchTermPerformance oil = find(
                performance.searchTerms(account.id(), LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29)),
                "pain relief oil");
        assertThat(oil.scope())
                .isEqualTo(new AdScope(
                        Marketplace.IN, AdProduct.SP, LocalDate.of(2020, 2, 2), LocalDate.of(2020, 2, 2), "INR", 14));
        assertThat(oil.campaignName()).isEqualTo("Pain relief Oil || SP || Generic");
        assertThat(oil.matchType()).isEqualTo("EXACT");
        assertThat(oil.figures().spend()).isEqualByComparingTo("139.75");
        assertThat(oil.figures().sales()).isEqualByComparingTo("320.54");
        assertThat(oil.figures().advertisedSales()).isEqualByComparingTo("320.54");
        assertThat(oil.figures().otherSales()).isEqualByComparingTo("0");
        assertThat(oil.figures().orders()).isEqualTo(1L);
        assertThat(oil.figures().costPerClick().orElseThrow()).isEqualByComparingTo("34.9375");
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        SellerAccount account = files.account(Marketplace.US);
        Path file = files.xlsx("Sponsored Products Search term report.xlsx", "Sheet1", usRows(0.58, 1, 0.72));

        ImportResult first = files.importFile(account, file);
        ImportResult again = files.importFile(account, file);

        assertThat(first.inserted()).isEqualTo(3);
        assertThat(again.status()).isEqualTo("IMPORTED");
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(rows(account)).isEqualTo(3);
    }

    @Test
    void aRestatedDownloadOfTheSameDaysReplacesTheFiguresInsteadOfAddingThem() {
        SellerAccount account = files.account(Marketplace.US);
        files.importFile(account, files.xlsx("first.xlsx", "Sheet1", usRows(0.58, 1, 0.72)));

        ImportResult restated = files.importFile(account, files.xlsx("restated.xlsx", "Sheet1", usRows(0.58, 2, 1.44)));

        assertThat(restated.status()).isEqualTo("IMPORTED");
        assertThat(restated.inserted()).isZero();
        assertThat(restated.updated()).isEqualTo(1);
        assertThat(restated.unchanged()).isEqualTo(2);
        assertThat(rows(account)).isEqualTo(3);
        SearchTermPerformance broad = find(
                performance.searchTerms(account.id(), LocalDate.of(2022, 8, 1), LocalDate.of(2022, 8, 1)),
                "black utensil holder");
        assertThat(broad.figures().clicks()).isEqualTo(2);
        assertThat(broad.figures().spend()).isEqualByComparingTo("1.44");
        assertThat(jdbc.queryForObject(
                        "select batch_id from ad_search_term_metrics where account_id = ? and search_term = ?",
                        Long.class,
                        account.id(),
                        "black utensil holder"))
                .isEqualTo(restated.batchId());
    }

    @Test
    void aMalformedAmountRefusesTheFileNamingLineAndColumn() {
        SellerAccount account = files.account(Marketplace.US);
        Path file = files.xlsx("bad.xlsx", "Sheet1", usRows("abc", 1, 0.72));

        ImportResult refused = files.importFile(account, file);

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(refused.rejected()).isEqualTo(1);
        ImportProblem problem = refused.problems().get(0);
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo(14);
        assertThat(problem.columnName()).isEqualTo("Spend");
        assertThat(problem.message()).contains("expected an amount").contains("\"abc\"");
        assertThat(rows(account)).isZero();

        ImportResult lenient = files.importFile(account, file, true, null);

        assertThat(lenient.status()).isEqualTo("PARTIAL");
        assertThat(lenient.inserted()).isEqualTo(2);
        assertThat(lenient.rejected()).isEqualTo(1);
        assertThat(rows(account)).isEqualTo(2);
    }

    private long rows(SellerAccount account) {
        return jdbc.queryForObject(
                "select count(*) from ad_search_term_metrics where account_id = ?", Long.class, account.id());
    }

    static SearchTermPerformance find(List<SearchTermPerformance> terms, String searchTerm) {
        return terms.stream()
                .filter(t -> t.searchTerm().equals(searchTerm))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no search term " + searchTerm + " in " + terms));
    }
}
