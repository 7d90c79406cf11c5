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
 * The other console reports share the search term report's columns; what they break the campaign down by
 * (target, advertised product, placement, nothing) decides the table, the file name and columns the ad product.
 */
@BosunTest
class ConsoleReportLevelsTests {

    /** The Amazon.in campaign report csv: "Date" is the row's day, "Start Date" the campaign's; Rs. amounts. */
    static final String IN_CAMPAIGN_HEADER =
            "Date,Start Date,End Date,Portfolio name,Campaign Type,Campaign Name,Status,"
                    + "Currency,Budget,Targeting Type,Bidding strategy,Impressions,Last Year Impressions,Clicks,"
                    + "Last Year Clicks,Click-Thru Rate (CTR),Spend,Last Year Spend,Cost Per Click (CPC),"
                    + "Last Year Cost Per Click (CPC),14 Day Total Orders (#),Total Advertising Cost of Sales (ACoS),"
                    + "14 Day Total Sales (₹)\n";

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
    void campaignReportRowsAreDailyCampaignFigures() {
        SellerAccount account = files.account(Marketplace.IN);
        Path file = files.csv(
                "Sponsored Products Campaign report.csv",
                IN_CAMPAIGN_HEADER
                        + "\"Feb 1, 2020\",\"Jan 18, 2020\",,No Portfolio,Sponsored Products,Oil || SP || Generic-New,"
                        + "ENABLED,INR,Rs.1000.0,Manual targeting,Dynamic bids - up and down,782,,13,,1.66%,Rs.201.68,,"
                        + "Rs.15.5138462,,3,20.97%,Rs.961.62\n"
                        + "\"Feb 2, 2020\",\"Jan 18, 2020\",,No Portfolio,Sponsored Products,Oil || SP || Generic-New,"
                        + "ENABLED,INR,Rs.1000.0,Manual targeting,Dynamic bids - up and down,743,,9,,1.21%,Rs.44.86,,"
                        + "Rs.4.9844444,,2,3.50%,Rs.1282.16\n"
                        + "\"Feb 2, 2020\",\"Nov 22, 2019\",,No Portfolio,Sponsored Products,Oil || SP || Automatic,"
                        + "PAUSED,INR,\"Rs.1,496.0\",Automatic targeting,Dynamic bids - down only,1574,,1,,0.06%,Rs.12.76,,"
                        + "Rs.12.76,,0,0.00%,Rs.0.0\n");

        ImportResult result = files.importFile(account, file);

        assertThat(result.status()).as("%s", result.problems()).isEqualTo("IMPORTED");
        assertThat(result.inserted()).isEqualTo(3);
        assertThat(result.periodFrom()).isEqualTo(LocalDate.of(2020, 2, 1));
        assertThat(result.periodTo()).isEqualTo(LocalDate.of(2020, 2, 2));
        List<CampaignPerformance> days =
                performance.campaignDays(account.id(), LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29));
        assertThat(days).hasSize(3);
        CampaignPerformance first = days.get(0);
        assertThat(first.scope())
                .isEqualTo(new AdScope(
                        Marketplace.IN, AdProduct.SP, LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 1), "INR", 14));
        assertThat(first.campaignName()).isEqualTo("Oil || SP || Generic-New");
        assertThat(first.status()).isEqualTo("ENABLED");
        assertThat(first.budget()).isEqualByComparingTo("1000");
        assertThat(first.targetingType()).isEqualTo("MANUAL");
        assertThat(first.biddingStrategy()).isEqualTo("Dynamic bids - up and down");
        assertThat(first.portfolio()).isEqualTo("No Portfolio");
        assertThat(first.figures().impressions()).isEqualTo(782);
        assertThat(first.figures().spend()).isEqualByComparingTo("201.68");
        assertThat(first.figures().sales()).isEqualByComparingTo("961.62");
        assertThat(first.figures().orders()).isEqualTo(3L);
        assertThat(first.figures().units()).isNull();
        CampaignPerformance automatic = days.stream()
                .filter(d -> d.campaignName().equals("Oil || SP || Automatic"))
                .findFirst()
                .orElseThrow();
        assertThat(automatic.budget()).isEqualByComparingTo("1496");
        assertThat(automatic.status()).isEqualTo("PAUSED");
        assertThat(automatic.targetingType()).isEqualTo("AUTO");

        List<CampaignTotal> totals =
                performance.campaignTotals(account.id(), LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29));
        CampaignTotal generic = totals.stream()
                .filter(t -> t.campaignName().equals("Oil || SP || Generic-New"))
                .findFirst()
                .orElseThrow();
        assertThat(generic.days()).isEqualTo(2);
        assertThat(generic.from()).isEqualTo(LocalDate.of(2020, 2, 1));
        assertThat(generic.to()).isEqualTo(LocalDate.of(2020, 2, 2));
        assertThat(generic.figures().impressions()).isEqualTo(1525);
        assertThat(generic.figures().spend()).isEqualByComparingTo("246.54");
        assertThat(generic.figures().sales()).isEqualByComparingTo("2243.78");
        assertThat(generic.figures().acos().orElseThrow())
                .isBetween(new java.math.BigDecimal("0.1098"), new java.math.BigDecimal("0.1099"));
    }

    @Test
    void advertisedProductSummaryReportKeepsItsPeriodAndStaysOutOfDailyTotals() {
        SellerAccount account = files.account(Marketplace.US);
        Path file = files.csv(
                "Sponsored Products Advertised product report.csv",
                "Start Date,End Date,Portfolio name,Currency,Campaign Name,Ad Group Name,Advertised SKU,Advertised ASIN,"
                        + "Impressions,Clicks,Click-Thru Rate (CTR),Cost Per Click (CPC),Spend,7 Day Total Sales,"
                        + "Total Advertising Cost of Sales (ACoS),Total Return on Advertising Spend (RoAS),"
                        + "7 Day Total Orders (#),7 Day Total Units (#),7 Day Conversion Rate,"
                        + "7 Day Advertised SKU Units (#),7 Day Other SKU Units (#),7 Day Advertised SKU Sales,"
                        + "7 Day Other SKU Sales\n"
                        + "\"Dec 01, 2019\",\"Dec 21, 2019\",Not grouped,USD,Flag Football Auto,Ad Group 1,PF-EV1C-1R5B,"
                        + "B01AQKSLMC,50293,47,0.0935%,$ 0.35,$ 16.22,$ 86.48,18.7558%,5.33,3,3,6.3830%,3,1,$ 86.48,"
                        + "$ 1.00\n");

        ImportResult result = files.importFile(account, file);

        assertThat(result.status()).as("%s", result.problems()).isEqualTo("IMPORTED");
        List<AdvertisedProductPerformance> products =
                performance.advertisedProducts(account.id(), LocalDate.of(2019, 12, 1), LocalDate.of(2019, 12, 31));
        assertThat(products).hasSize(1);
        AdvertisedProductPerformance product = products.get(0);
        assertThat(product.scope().from()).isEqualTo(LocalDate.of(2019, 12, 1));
        assertThat(product.scope().to()).isEqualTo(LocalDate.of(2019, 12, 21));
        assertThat(product.scope().daily()).isFalse();
        assertThat(product.sku()).isEqualTo("PF-EV1C-1R5B");
        assertThat(product.asin()).isEqualTo("B01AQKSLMC");
        assertThat(product.adGroupName()).isEqualTo("Ad Group 1");
        assertThat(product.figures().spend()).isEqualByComparingTo("16.22");
        assertThat(product.figures().sales()).isEqualByComparingTo("86.48");
        assertThat(product.figures().otherSales()).isEqualByComparingTo("1.00");
        assertThat(product.figures().otherUnits()).isEqualTo(1L);
        assertThat(performance.campaignTotals(account.id(), LocalDate.of(2019, 12, 1), LocalDate.of(2019, 12, 31)))
                .isEmpty();
    }

    @Test
    void placementReportRowsArePerCampaignAndPlacement() {
        SellerAccount account = files.account(Marketplace.IN);
        Path file = files.xlsx(
                "Sponsored Products Placement report.xlsx",
                "Sponsored Product Placement Re",
                List.of(
                        List.of(
                                "Date",
                                "Portfolio name",
                                "Currency",
                                "Campaign Name",
                                "Bidding strategy",
                                "Placement",
                                "Impressions",
                                "Clicks",
                                "Cost Per Click (CPC)",
                                "Spend",
                                "14 Day Total Sales (₹)",
                                "Total Advertising Cost of Sales (ACoS)",
                                "Total Return on Advertising Spend (RoAS)",
                                "14 Day Total Orders (#)",
                                "14 Day Total Units (#)"),
                        List.of(
                                43862,
                                "Not grouped",
                                "INR",
                                "Sunscreen || SP",
                                "Dynamic bids - down only",
                                "Top of Search on-Amazon",
                                120,
                                3,
                                12.5,
                                37.5,
                                641.08,
                                0.0585,
                                17.1,
                                2,
                                2),
                        List.of(
                                43862,
                                "Not grouped",
                                "INR",
                                "Sunscreen || SP",
                                "Dynamic bids - down only",
                                "Other on-Amazon",
                                2400,
                                5,
                                10.2,
                                51,
                                0,
                                "",
                                0,
                                0,
                                0)));

        ImportResult result = files.importFile(account, file);

        assertThat(result.status()).as("%s", result.problems()).isEqualTo("IMPORTED");
        assertThat(result.inserted()).isEqualTo(2);
        List<PlacementPerformance> placements =
                performance.placements(account.id(), LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 1));
        assertThat(placements)
                .extracting(PlacementPerformance::placement)
                .containsExactly("Other on-Amazon", "Top of Search on-Amazon");
        PlacementPerformance top = placements.get(1);
        assertThat(top.biddingStrategy()).isEqualTo("Dynamic bids - down only");
        assertThat(top.figures().spend()).isEqualByComparingTo("37.5");
        assertThat(top.figures().sales()).isEqualByComparingTo("641.08");
        assertThat(top.figures().units()).isEqualTo(2L);
        assertThat(top.scope().attributionDays()).isEqualTo(14);
    }

    @Test
    void targetingReportKeepsTheTopOfSearchShareAsAFraction() {
        SellerAccount account = files.account(Marketplace.US);
        Path file = files.csv(
                "Sponsored Products Targeting report.csv",
                "Date,Portfolio name,Currency,Campaign Name,Ad Group Name,Targeting,Match Type,Impressions,"
                        + "Top-of-search Impression Share,Clicks,Click-Thru Rate (CTR),Cost Per Click (CPC),Spend,"
                        + "Total Advertising Cost of Sales (ACOS),Total Return on Advertising Spend (ROAS),"
                        + "7 Day Total Sales,7 Day Total Orders (#),7 Day Total Units (#),7 Day Conversion Rate\n"
                        + "11/02/2026,Not grouped,USD,Exact - Holders,Holders,utensil holder,EXACT,400,12.50%,8,2.00%,"
                        + "$0.90,$7.20,40.00%,2.50,$18.00,1,1,12.50%\n"
                        + "11/02/2026,Not grouped,USD,Auto,Auto,close-match,-,800,,4,0.50%,$0.50,$2.00,,0.00,$0.00,0,0,"
                        + "0.00%\n");

        ImportResult result = files.importFile(account, file);

        assertThat(result.status()).as("%s", result.problems()).isEqualTo("IMPORTED");
        List<TargetPerformance> targets =
                performance.targets(account.id(), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2));
        assertThat(targets).hasSize(2);
        TargetPerformance exact = targets.stream()
                .filter(t -> t.targeting().equals("utensil holder"))
                .findFirst()
                .orElseThrow();
        assertThat(exact.matchType()).isEqualTo("EXACT");
        assertThat(exact.topOfSearchShare()).isEqualByComparingTo("0.125");
        assertThat(exact.figures().sales()).isEqualByComparingTo("18.00");
        TargetPerformance auto = targets.stream()
                .filter(t -> t.targeting().equals("close-match"))
                .findFirst()
                .orElseThrow();
        assertThat(auto.matchType()).isEqualTo("TARGETING_EXPRESSION");
        assertThat(auto.topOfSearchShare()).isNull();
    }

    static final String SB_CAMPAIGN = "Start Date,End Date,Portfolio name,Currency,Campaign Name,Cost type,Impressions,"
            + "Clicks,Click-Thru Rate (CTR),Cost Per Click (CPC),Spend,Total Advertising Cost of Sales (ACOS),"
            + "Total Return on Advertising Spend (ROAS),14 Day Total Sales,14 Day Total Orders (#),"
            + "14 Day Total Units (#),14 Day Conversion Rate,Viewable Impressions,14 Day New-to-brand Orders (#)\n"
            + "\"Nov 01, 2026\",\"Nov 01, 2026\",Not grouped,USD,Brand - Headline,CPC,5000,25,0.50%,$1.20,$30.00,"
            + "25.00%,4.00,$120.00,4,5,16.00%,3200,3\n";

    @Test
    void sponsoredBrandsAndDisplayCampaignReportsAreToldByTheirFileName() {
        SellerAccount account = files.account(Marketplace.US);

        ImportResult brands = files.importFile(account, files.csv("Sponsored Brands Campaign report.csv", SB_CAMPAIGN));
        ImportResult display = files.importFile(
                account,
                files.csv(
                        "Sponsored Display Campaign report.csv",
                        "Date,Status,Currency,Campaign Name,Portfolio name,Cost Type,Budget,Impressions,"
                                + "Viewable Impressions,Clicks,Click-Thru Rate (CTR),14 Day Detail Page Views (DPV),"
                                + "Spend,Cost Per Click (CPC),14 Day Total Orders (#),14 Day Total Units (#),"
                                + "14 Day Total Sales,14 Day New-to-brand Orders (#)\n"
                                + "11/01/2026,ENABLED,USD,Display - Remarketing,Not grouped,CPC,$25.00,9000,7000,12,"
                                + "0.13%,30,$9.60,$0.80,2,2,$59.90,1\n"));

        assertThat(brands.status()).as("%s", brands.problems()).isEqualTo("IMPORTED");
        assertThat(display.status()).as("%s", display.problems()).isEqualTo("IMPORTED");
        List<CampaignPerformance> days =
                performance.campaignDays(account.id(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1));
        assertThat(days)
                .extracting(d -> d.scope().adProduct() + " " + d.campaignName() + " "
                        + d.scope().attributionDays())
                .containsExactly("SB Brand - Headline 14", "SD Display - Remarketing 14");
        CampaignPerformance sd = days.get(1);
        assertThat(sd.budget()).isEqualByComparingTo("25.00");
        assertThat(sd.figures().sales()).isEqualByComparingTo("59.90");
        assertThat(days.get(0).figures().units()).isEqualTo(5L);
    }

    @Test
    void aRenamedBrandsOrDisplayReportIsRefusedWithAReason() {
        SellerAccount account = files.account(Marketplace.US);

        ImportResult result = files.importFile(account, files.csv("weekly-campaigns.csv", SB_CAMPAIGN));

        assertThat(result.status()).isEqualTo("REJECTED");
        assertThat(result.problems().get(0).message())
                .contains("Sponsored Brands or Sponsored Display")
                .contains("weekly-campaigns.csv");
    }

    @Test
    void theCurrencyTellsTheMarketplaceOfAnAccountSellingInSeveral() {
        SellerAccount account = files.account(Marketplace.US, Marketplace.CA);
        String header =
                "Date,Currency,Campaign Name,Impressions,Clicks,Spend,7 Day Total Sales,7 Day Total Orders (#)\n";

        ImportResult result = files.importFile(
                account,
                files.csv(
                        "Sponsored Products Campaign report.csv",
                        header + "11/01/2026,USD,Maple,100,2,$1.00,$0,0\n"
                                + "11/01/2026,CAD,Maple,300,6,$3.30,$20.00,1\n"));

        assertThat(result.status()).as("%s", result.problems()).isEqualTo("IMPORTED");
        assertThat(result.marketplaces()).containsExactly("US", "CA");
        assertThat(performance.campaignDays(account.id(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1)))
                .extracting(d -> d.scope().marketplace() + " " + d.scope().currency() + " "
                        + d.figures().spend())
                .containsExactlyInAnyOrder("US USD 1.0000", "CA CAD 3.3000");

        ImportResult euros =
                files.importFile(account, files.csv("euros.csv", header + "11/01/2026,EUR,Maple,100,2,1.00,0,0\n"));

        assertThat(euros.status()).isEqualTo("REJECTED");
        assertThat(euros.problems().get(0).columnName()).isEqualTo("Currency");
        assertThat(euros.problems().get(0).message()).contains("US USD, CA CAD").contains("\"EUR\"");
    }
}
