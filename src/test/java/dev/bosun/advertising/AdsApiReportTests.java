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
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Ads API v3 Sponsored Products reports, gzip JSON arrays of flat objects with the API's column names (ADS
 * {@code guides/reporting/v3/columns.md}); ids are JSON numbers. They land in the same tables as console reports.
 */
@BosunTest
class AdsApiReportTests {

    static final String SEARCH_TERMS = """
            [
              {"date": "2026-11-01", "campaignId": 123456789012345, "campaignName": "Broad - Utensils",
               "adGroupId": 223456789012345, "adGroupName": "Holders", "keywordId": 323456789012345,
               "keyword": "utensil holder", "targeting": "utensil holder", "matchType": "BROAD",
               "keywordType": "BROAD", "searchTerm": "black utensil holder", "campaignBudgetCurrencyCode": "USD",
               "impressions": 90, "clicks": 1, "costPerClick": 0.72, "clickThroughRate": 0.0111, "cost": 0.72,
               "purchases7d": 1, "sales7d": 15.49, "unitsSoldClicks7d": 2, "attributedSalesSameSku7d": 10.99,
               "unitsSoldSameSku7d": 1, "salesOtherSku7d": 4.50, "unitsSoldOtherSku7d": 1,
               "purchases14d": 2, "sales14d": 26.48, "unitsSoldClicks14d": 3, "acosClicks7d": 0.99},
              {"date": "2026-11-01", "campaignId": 123456789012345, "campaignName": "Broad - Utensils",
               "adGroupId": 223456789012345, "adGroupName": "Holders", "keywordId": 323456789012345,
               "keyword": "utensil holder", "targeting": "utensil holder", "matchType": "BROAD",
               "keywordType": "BROAD", "searchTerm": "*", "campaignBudgetCurrencyCode": "USD",
               "impressions": 12, "clicks": 1, "costPerClick": 0.51, "clickThroughRate": 0.0833, "cost": 0.51,
               "purchases7d": 0, "sales7d": 0, "unitsSoldClicks7d": 0, "attributedSalesSameSku7d": 0,
               "unitsSoldSameSku7d": 0, "salesOtherSku7d": 0, "unitsSoldOtherSku7d": 0,
               "purchases14d": 0, "sales14d": 0, "unitsSoldClicks14d": 0, "acosClicks7d": null}
            ]
            """;

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    AdPerformance performance;

    @TempDir
    Path dir;

    AdReportFiles files;

    @BeforeEach
    void files() {
        files = new AdReportFiles(imports, directory, dir);
    }

    @Test
    void importsADailySearchTermReportPreferringTheSevenDayWindow() {
        SellerAccount account = files.account(Marketplace.US);

        ImportResult result = files.importFile(account, files.gzip("spSearchTerm-2026-11-01.json.gz", SEARCH_TERMS));

        assertThat(result.status()).as("%s", result.problems()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("advertising.ads-api-report");
        assertThat(result.inserted()).isEqualTo(2);
        List<SearchTermPerformance> terms =
                performance.searchTerms(account.id(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1));
        SearchTermPerformance term = SearchTermReportTests.find(terms, "black utensil holder");
        assertThat(term.scope())
                .isEqualTo(new AdScope(
                        Marketplace.US, AdProduct.SP, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1), "USD", 7));
        assertThat(term.campaignId()).isEqualTo("123456789012345");
        assertThat(term.adGroupId()).isEqualTo("223456789012345");
        assertThat(term.keywordId()).isEqualTo("323456789012345");
        assertThat(term.targeting()).isEqualTo("utensil holder");
        assertThat(term.matchType()).isEqualTo("BROAD");
        assertThat(term.figures().sales()).isEqualByComparingTo("15.49");
        assertThat(term.figures().units()).isEqualTo(2L);
        assertThat(term.figures().otherSales()).isEqualByComparingTo("4.50");
        assertThat(term.figures().acos().orElseThrow()).isLessThan(new java.math.BigDecimal("0.05"));
        assertThat(SearchTermReportTests.find(terms, "*").figures().spend()).isEqualByComparingTo("0.51");

        ImportResult again = files.importFile(account, files.gzip("again.json.gz", SEARCH_TERMS));
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
    }

    @Test
    void aFourteenDayReportIsStoredWithItsWindow() {
        SellerAccount account = files.account(Marketplace.DE);
        String json = """
                [{"startDate": "2026-10-01", "endDate": "2026-10-31", "campaignId": 42, "campaignName": "Kampagne",
                  "adGroupId": 43, "adGroupName": "Gruppe", "adId": 44, "advertisedSku": "SKU-1",
                  "advertisedAsin": "b0abcdefgh", "campaignBudgetCurrencyCode": "EUR", "impressions": 1000,
                  "clicks": 20, "cost": 12.34, "purchases14d": 3, "sales14d": 89.70, "unitsSoldClicks14d": 3,
                  "attributedSalesSameSku14d": 59.80, "unitsSoldSameSku14d": 2}]
                """;

        ImportResult result = files.importFile(account, files.gzip("spAdvertisedProduct.json.gz", json));

        assertThat(result.status()).as("%s", result.problems()).isEqualTo("IMPORTED");
        AdvertisedProductPerformance product = performance
                .advertisedProducts(account.id(), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31))
                .get(0);
        assertThat(product.scope())
                .isEqualTo(new AdScope(
                        Marketplace.DE,
                        AdProduct.SP,
                        LocalDate.of(2026, 10, 1),
                        LocalDate.of(2026, 10, 31),
                        "EUR",
                        14));
        assertThat(product.asin()).isEqualTo("B0ABCDEFGH");
        assertThat(product.sku()).isEqualTo("SKU-1");
        assertThat(product.adId()).isEqualTo("44");
        assertThat(product.figures().sales()).isEqualByComparingTo("89.70");
        assertThat(product.figures().advertisedSales()).isEqualByComparingTo("59.80");
        assertThat(product.figures().otherSales()).isNull();
    }

    @Test
    void targetingAndPlacementReports() {
        SellerAccount account = files.account(Marketplace.US);
        String targeting = """
                [{"date": "2026-11-02", "campaignName": "Auto", "campaignId": 1, "adGroupName": "Auto", "adGroupId": 2,
                  "keywordId": 3, "keyword": "close-match", "targeting": "close-match", "matchType": "TARGETING_EXPRESSION_PREDEFINED",
                  "keywordType": "TARGETING_EXPRESSION_PREDEFINED", "topOfSearchImpressionShare": 0.1234,
                  "impressions": 800, "clicks": 4, "cost": 2.00, "purchases7d": 0, "sales7d": 0, "unitsSoldClicks7d": 0}]
                """;
        String placement = """
                [{"date": "2026-11-02", "campaignName": "Auto", "campaignId": 1, "campaignBiddingStrategy": "legacyForSales",
                  "placementClassification": "Top of Search on-Amazon", "impressions": 100, "clicks": 2, "cost": 1.10,
                  "purchases7d": 1, "sales7d": 19.99, "unitsSoldClicks7d": 1}]
                """;

        ImportResult first = files.importFile(account, files.gzip("spTargeting.json.gz", targeting));
        ImportResult second = files.importFile(account, files.gzip("spCampaigns-placement.json.gz", placement));

        assertThat(first.status()).as("%s", first.problems()).isEqualTo("IMPORTED");
        assertThat(second.status()).as("%s", second.problems()).isEqualTo("IMPORTED");
        TargetPerformance target = performance
                .targets(account.id(), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2))
                .get(0);
        assertThat(target.matchType()).isEqualTo("TARGETING_EXPRESSION");
        assertThat(target.targeting()).isEqualTo("close-match");
        assertThat(target.topOfSearchShare()).isEqualByComparingTo("0.1234");
        PlacementPerformance top = performance
                .placements(account.id(), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2))
                .get(0);
        assertThat(top.placement()).isEqualTo("Top of Search on-Amazon");
        assertThat(top.biddingStrategy()).isEqualTo("legacyForSales");
        assertThat(top.figures().sales()).isEqualByComparingTo("19.99");
    }

    @Test
    void aConsoleDownloadOfTheSameDayRestatesTheApiFiguresInsteadOfDoublingThem() {
        SellerAccount account = files.account(Marketplace.US);
        String api = """
                [{"date": "2026-11-03", "campaignId": 77, "campaignName": "Exact - Holders", "campaignStatus": "ENABLED",
                  "campaignBudgetAmount": 25, "campaignBudgetCurrencyCode": "USD", "impressions": 400, "clicks": 8,
                  "cost": 7.20, "purchases7d": 1, "sales7d": 18.00, "unitsSoldClicks7d": 1}]
                """;
        files.importFile(account, files.gzip("spCampaigns.json.gz", api));

        ImportResult console = files.importFile(
                account,
                files.csv(
                        "Sponsored Products Campaign report.csv",
                        "Date,Campaign Name,Status,Currency,Budget,Impressions,Clicks,Spend,7 Day Total Sales,"
                                + "7 Day Total Orders (#)\n"
                                + "11/03/2026,Exact - Holders,ENABLED,USD,$25.00,410,8,$7.20,$36.00,2\n"));

        assertThat(console.status()).as("%s", console.problems()).isEqualTo("IMPORTED");
        assertThat(console.inserted()).isZero();
        assertThat(console.updated()).isEqualTo(1);
        List<CampaignPerformance> days =
                performance.campaignDays(account.id(), LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 3));
        assertThat(days).hasSize(1);
        assertThat(days.get(0).figures().impressions()).isEqualTo(410);
        assertThat(days.get(0).figures().sales()).isEqualByComparingTo("36.00");
        assertThat(String.valueOf(days.get(0).campaignId()))
                .as("the console report has no id; the one the API gave stays")
                .isEqualTo("77");
    }

    @Test
    void aMalformedElementIsRejectedByItsJsonPathAndRefusesTheReportUnlessLenient() {
        SellerAccount account = files.account(Marketplace.US);
        String json = """
                [{"date": "2026-11-01", "campaignName": "A", "impressions": 10, "clicks": 1, "cost": 1.00, "sales7d": 0},
                 {"date": "2026-11-01", "campaignName": "B", "impressions": 10, "clicks": 1, "cost": "abc", "sales7d": 0},
                 42,
                 {"date": "2026-11-01", "campaignName": "C", "impressions": 12, "clicks": 2, "cost": 2.50, "sales7d": 9}]
                """;
        Path file = files.gzip("spCampaigns-bad.json.gz", json);

        ImportResult strict = files.importFile(account, file);

        assertThat(strict.status()).isEqualTo("REJECTED");
        assertThat(strict.rows()).isEqualTo(4);
        assertThat(strict.rejected()).isEqualTo(2);
        assertThat(strict.problems())
                .extracting(p -> p.describe("spCampaigns-bad.json.gz"))
                .containsExactly(
                        "spCampaigns-bad.json.gz:$[1].cost: expected an amount such as 12.99 or 12,99 €, found \"abc\"",
                        "spCampaigns-bad.json.gz:$[2]: expected an object of report columns, found 42");
        assertThat(strict.problems().get(0).line()).isEqualTo(2);
        assertThat(performance.campaignDays(account.id(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1)))
                .isEmpty();

        ImportResult lenient = files.importFile(account, file, true, null);

        assertThat(lenient.status()).isEqualTo("PARTIAL");
        assertThat(lenient.rejected()).isEqualTo(2);
        assertThat(lenient.inserted()).isEqualTo(2);
        assertThat(performance.campaignDays(account.id(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1)))
                .extracting(CampaignPerformance::campaignName)
                .containsExactlyInAnyOrder("A", "C");
    }
}
