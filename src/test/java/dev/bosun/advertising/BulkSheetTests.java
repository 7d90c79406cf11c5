package dev.bosun.advertising;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Sponsored Products sheet of a bulk operations download becomes the campaign structure, keyed by Amazon's
 * ids. Header list as several independent bulk-sheet tools spell it (2022+ layout, 52 columns).
 */
@BosunTest
class BulkSheetTests {

    static final List<String> HEADERS = List.of(
            "Product",
            "Entity",
            "Operation",
            "Campaign ID",
            "Ad Group ID",
            "Portfolio ID",
            "Ad ID",
            "Keyword ID",
            "Product Targeting ID",
            "Campaign Name",
            "Ad Group Name",
            "Campaign Name (Informational only)",
            "Ad Group Name (Informational only)",
            "Portfolio Name (Informational only)",
            "Start Date",
            "End Date",
            "Targeting Type",
            "State",
            "Campaign State (Informational only)",
            "Ad Group State (Informational only)",
            "Daily Budget",
            "SKU",
            "ASIN (Informational only)",
            "Eligibility Status (Informational only)",
            "Reason for Ineligibility (Informational only)",
            "Ad Group Default Bid",
            "Ad Group Default Bid (Informational only)",
            "Bid",
            "Keyword Text",
            "Native Language Keyword",
            "Native Language Locale",
            "Match Type",
            "Bidding Strategy",
            "Placement",
            "Percentage",
            "Product Targeting Expression",
            "Resolved Product Targeting Expression (Informational only)",
            "Impressions",
            "Clicks",
            "Click-through Rate",
            "Spend",
            "Sales",
            "Orders",
            "Units",
            "Conversion Rate",
            "ACOS",
            "CPC",
            "ROAS");

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    AdStructure structure;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    AdReportFiles files;

    @BeforeEach
    void files() {
        files = new AdReportFiles(imports, directory, dir);
    }

    /** One bulk row: the named columns filled, the others empty. */
    static List<Object> row(Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("Product", "Sponsored Products");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        List<Object> cells = new ArrayList<>();
        for (String header : HEADERS) {
            if (!values.containsKey(header) && !header.equals("Product")) {
                cells.add("");
            } else {
                cells.add(values.remove(header));
            }
        }
        if (!values.isEmpty()) {
            throw new IllegalArgumentException("not bulk columns: " + values.keySet());
        }
        return cells;
    }

    static List<List<Object>> sheet(Object keywordBid, String campaignState) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(HEADERS));
        rows.add(row(
                "Entity",
                "Campaign",
                "Campaign ID",
                "111",
                "Campaign Name",
                "Exact - Holders",
                "Campaign Name (Informational only)",
                "Exact - Holders",
                "Portfolio ID",
                "999",
                "Start Date",
                "20230115",
                "Targeting Type",
                "Manual",
                "State",
                campaignState,
                "Daily Budget",
                25,
                "Bidding Strategy",
                "Dynamic bids - down only",
                "Impressions",
                4000,
                "Spend",
                55.2,
                "Sales",
                210.5));
        rows.add(row(
                "Entity",
                "Bidding Adjustment",
                "Campaign ID",
                "111",
                "Placement",
                "Placement Top",
                "Percentage",
                50,
                "Bidding Strategy",
                "Dynamic bids - down only"));
        rows.add(row(
                "Entity",
                "Ad Group",
                "Campaign ID",
                "111",
                "Ad Group ID",
                "222",
                "Ad Group Name",
                "Holders",
                "Campaign Name (Informational only)",
                "Exact - Holders",
                "State",
                "enabled",
                "Ad Group Default Bid",
                0.75));
        rows.add(row(
                "Entity",
                "Product Ad",
                "Campaign ID",
                "111",
                "Ad Group ID",
                "222",
                "Ad ID",
                "333",
                "Ad Group Name (Informational only)",
                "Holders",
                "State",
                "enabled",
                "SKU",
                "UH-BLACK-01",
                "ASIN (Informational only)",
                "B09Y66H7BZ"));
        rows.add(row(
                "Entity",
                "Keyword",
                "Campaign ID",
                "111",
                "Ad Group ID",
                "222",
                "Keyword ID",
                "444",
                "State",
                "enabled",
                "Bid",
                keywordBid,
                "Keyword Text",
                "utensil holder",
                "Match Type",
                "exact"));
        rows.add(row(
                "Entity",
                "Negative Keyword",
                "Campaign ID",
                "111",
                "Ad Group ID",
                "222",
                "Keyword ID",
                "445",
                "State",
                "enabled",
                "Keyword Text",
                "cheap",
                "Match Type",
                "negativeExact"));
        rows.add(row(
                "Entity",
                "Campaign Negative Keyword",
                "Campaign ID",
                "111",
                "Keyword ID",
                "446",
                "State",
                "enabled",
                "Keyword Text",
                "free",
                "Match Type",
                "Negative Phrase"));
        rows.add(row(
                "Entity",
                "Product Targeting",
                "Campaign ID",
                "111",
                "Ad Group ID",
                "222",
                "Product Targeting ID",
                "555",
                "State",
                "paused",
                "Bid",
                0.9,
                "Product Targeting Expression",
                "asin=\"B0COMPETE1\"",
                "Resolved Product Targeting Expression (Informational only)",
                "asin=\"B0COMPETE1\""));
        rows.add(row(
                "Entity",
                "Negative Product Targeting",
                "Campaign ID",
                "111",
                "Ad Group ID",
                "222",
                "Product Targeting ID",
                "556",
                "State",
                "enabled",
                "Product Targeting Expression",
                "asin=\"B0BADBAD01\""));
        return rows;
    }

    @Test
    void importsTheCampaignStructure() {
        SellerAccount account = files.account(Marketplace.US);
        Path file = files.xlsx("bulk-a1b2c3-20261101.xlsx", "Sponsored Products Campaigns", sheet(1.10, "enabled"));

        ImportResult result = files.importFile(account, file);

        assertThat(result.status()).as("%s", result.problems()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("advertising.bulk-sheet");
        assertThat(result.rows()).isEqualTo(9);
        assertThat(result.inserted()).isEqualTo(9);
        assertThat(result.marketplaces()).containsExactly("US");

        assertThat(structure.campaigns(account.id()))
                .containsExactly(new AdCampaign(
                        "111",
                        AdProduct.SP,
                        Marketplace.US,
                        "Exact - Holders",
                        "999",
                        "ENABLED",
                        "MANUAL",
                        new java.math.BigDecimal("25.0000"),
                        "USD",
                        "Dynamic bids - down only",
                        LocalDate.of(2023, 1, 15),
                        null));
        assertThat(structure.adGroups(account.id(), "111"))
                .containsExactly(
                        new AdGroup("222", "111", "Holders", "ENABLED", new java.math.BigDecimal("0.7500"), "USD"));
        assertThat(structure.productAds(account.id(), "111"))
                .containsExactly(new ProductAd("333", "111", "222", "UH-BLACK-01", "B09Y66H7BZ", "ENABLED"));
        assertThat(structure.keywords(account.id(), "111"))
                .extracting(k -> k.keywordId() + " " + k.adGroupId() + " " + k.keywordText() + " " + k.matchType() + " "
                        + k.negative() + " " + k.bid())
                .containsExactly(
                        "444 222 utensil holder EXACT false 1.1000",
                        "445 222 cheap NEGATIVE_EXACT true null",
                        "446 null free NEGATIVE_PHRASE true null");
        assertThat(structure.targets(account.id(), "111"))
                .extracting(
                        t -> t.targetId() + " " + t.expression() + " " + t.negative() + " " + t.state() + " " + t.bid())
                .containsExactly(
                        "555 asin=\"B0COMPETE1\" false PAUSED 0.9000", "556 asin=\"B0BADBAD01\" true ENABLED null");
        assertThat(structure.placementAdjustments(account.id(), "111"))
                .containsExactly(new PlacementAdjustment("111", "Placement Top", new java.math.BigDecimal("50.00")));
    }

    @Test
    void aNewerSheetUpdatesWhatChangedAndNothingElse() {
        SellerAccount account = files.account(Marketplace.US);
        files.importFile(account, files.xlsx("bulk-1.xlsx", "Sponsored Products Campaigns", sheet(1.10, "enabled")));

        ImportResult same = files.importFile(
                account, files.xlsx("bulk-2.xlsx", "Sponsored Products Campaigns", sheet(1.10, "enabled")));
        ImportResult newer = files.importFile(
                account, files.xlsx("bulk-3.xlsx", "Sponsored Products Campaigns", sheet(1.25, "paused")));

        assertThat(same.inserted()).isZero();
        assertThat(same.updated()).isZero();
        assertThat(same.unchanged()).isEqualTo(9);
        assertThat(newer.inserted()).isZero();
        assertThat(newer.updated()).isEqualTo(2);
        assertThat(structure.campaigns(account.id()).get(0).state()).isEqualTo("PAUSED");
        assertThat(structure.keywords(account.id(), "111").get(0).bid()).isEqualByComparingTo("1.25");
        assertThat(jdbc.queryForObject(
                        "select count(*) from ad_keywords where account_id = ?", Long.class, account.id()))
                .isEqualTo(3);
    }

    @Test
    void aMalformedBidRefusesTheSheetUnlessLenient() {
        SellerAccount account = files.account(Marketplace.US);
        Path file = files.xlsx("bulk.xlsx", "Sponsored Products Campaigns", sheet("abc", "enabled"));

        ImportResult refused = files.importFile(account, file);

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(refused.problems().get(0).line()).isEqualTo(6);
        assertThat(refused.problems().get(0).columnName()).isEqualTo("Bid");
        assertThat(structure.campaigns(account.id())).isEmpty();

        ImportResult lenient = files.importFile(account, file, true, null);

        assertThat(lenient.status()).isEqualTo("PARTIAL");
        assertThat(lenient.inserted()).isEqualTo(8);
        assertThat(structure.keywords(account.id(), "111"))
                .extracting(AdKeyword::keywordId)
                .containsExactly("445", "446");
    }

    @Test
    void theSheetNeedsItsMarketplaceWhenTheAccountSellsInSeveral() {
        SellerAccount account = files.account(Marketplace.DE, Marketplace.FR);
        Path file = files.xlsx("bulk.xlsx", "Sponsored Products Campaigns", sheet(1.10, "enabled"));

        ImportResult refused = files.importFile(account, file);
        ImportResult given = files.importFile(account, file, false, Marketplace.FR);

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(refused.problems().get(0).message()).contains("--marketplace");
        assertThat(given.status()).isEqualTo("IMPORTED");
        assertThat(structure.campaigns(account.id()).get(0).currency()).isEqualTo("EUR");
        assertThat(structure.campaigns(account.id()).get(0).marketplace()).isEqualTo(Marketplace.FR);
    }

    @Test
    void anUnknownEntityIsAProblemOfItsRow() {
        SellerAccount account = files.account(Marketplace.US);
        List<List<Object>> rows = sheet(1.10, "enabled");
        rows.add(row("Entity", "Audience Targeting", "Campaign ID", "111"));

        ImportResult result = files.importFile(account, files.xlsx("bulk.xlsx", "Sponsored Products Campaigns", rows));

        assertThat(result.status()).isEqualTo("REJECTED");
        assertThat(result.problems().get(0).columnName()).isEqualTo("Entity");
        assertThat(result.problems().get(0).message())
                .contains("Campaign Negative Keyword")
                .contains("\"Audience Targeting\"");
    }

    /**
     * Newer downloads put a "Portfolios" sheet first; the reader opens the first sheet whose header row is a
     * report's, here the Sponsored Products sheet.
     */
    @Test
    void aWorkbookWithThePortfoliosSheetFirstIsReadFromItsSponsoredProductsSheet() {
        SellerAccount account = files.account(Marketplace.US);
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put(
                "Portfolios",
                List.of(
                        List.of(
                                "Product",
                                "Entity",
                                "Operation",
                                "Portfolio ID",
                                "Portfolio Name",
                                "Budget Amount",
                                "Budget Currency Code",
                                "Budget Policy",
                                "Budget Start Date",
                                "Budget End Date",
                                "State (Informational only)",
                                "In Budget (Informational only)"),
                        List.of(
                                "Portfolios",
                                "Portfolio",
                                "",
                                "999",
                                "Kitchen",
                                "",
                                "",
                                "No Cap",
                                "",
                                "",
                                "enabled",
                                "true")));
        sheets.put("Sponsored Products Campaigns", sheet(1.10, "enabled"));

        ImportResult result = files.importFile(account, files.xlsx("bulk-full.xlsx", sheets));

        assertThat(result.status()).as("%s", result.problems()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("advertising.bulk-sheet");
        assertThat(structure.campaigns(account.id())).isNotEmpty();
    }
}
