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
 * The 2026 console search term export: UTF-8 with byte order mark, one "Date range" per row, ids as Excel text,
 * several currencies (advertiser accounts) in one file. Header as a third-party parser reproduces it.
 */
@BosunTest
class SearchTermExportTests {

    static final String HEADER =
            "Budget currency,Date range,Advertiser account ID,Advertiser account name,Portfolio ID,"
                    + "Portfolio name,Campaign ID,Campaign name,Ad group ID,Ad group name,Search term,Impressions,Clicks,CTR,"
                    + "Total cost,Purchases,Sales,Units sold,Cost per purchase,Purchase rate,ROAS,Purchases (promoted),"
                    + "Sales (promoted),Units sold (promoted),Cost per purchase (promoted),Purchase rate (promoted),"
                    + "ROAS (promoted),Purchases (halo),Sales (halo),Units sold (halo),Purchases (new to brand),"
                    + "Sales (new to brand),Units sold (new to brand),Cost per purchase (new to brand),"
                    + "Purchase rate (new to brand),ROAS (new to brand),Detail page views,Cost per detail page view,"
                    + "Detail page view rate\n";

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
    void rowsGoToTheMarketplaceOfTheirCurrency() {
        SellerAccount account = files.account(Marketplace.US, Marketplace.MX);
        Path file = files.csvWithBom(
                "search_term.csv",
                HEADER
                        + "USD,\"Aug 18, 2026 - Aug 24, 2026\",\"=\"\"amzn1.ads-account.g.demo\"\"\",Demo,,Portfolio A,"
                        + "\"=\"\"171234567890123\"\"\",Knives,\"=\"\"87966052056847\"\"\",Sharpeners,knife sharpener,"
                        + "900,20,0.0222,12.50,2,59.98,2,6.25,0.1,4.8,2,59.98,2,6.25,0.1,4.8,0,0,0,1,29.99,1,12.50,"
                        + "0.05,2.4,40,0.31,0.04\n"
                        + "MXN,\"Aug 18, 2026 - Aug 24, 2026\",\"=\"\"amzn1.ads-account.g.demo\"\"\",Demo,,Portfolio A,"
                        + "\"=\"\"171234567890999\"\"\",Cuchillos,\"=\"\"87966052050000\"\"\",Afiladores,"
                        + "afilador de cuchillos,300,6,0.02,9.67,1,380.99,1,9.67,0.16,39.4,1,300.00,1,9.67,0.16,31.0,"
                        + "0,80.99,0,0,0,0,,,,5,1.93,0.01\n");

        ImportResult result = files.importFile(account, file);

        assertThat(result.status()).as("%s", result.problems()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("advertising.search-term-export");
        assertThat(result.marketplaces()).containsExactly("US", "MX");
        assertThat(result.periodFrom()).isEqualTo(LocalDate.of(2026, 8, 18));
        assertThat(result.periodTo()).isEqualTo(LocalDate.of(2026, 8, 24));
        List<SearchTermPerformance> terms =
                performance.searchTerms(account.id(), LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31));
        SearchTermPerformance us = SearchTermReportTests.find(terms, "knife sharpener");
        assertThat(us.scope())
                .isEqualTo(new AdScope(
                        Marketplace.US, AdProduct.SP, LocalDate.of(2026, 8, 18), LocalDate.of(2026, 8, 24), "USD", 7));
        assertThat(us.campaignId()).isEqualTo("171234567890123");
        assertThat(us.adGroupId()).isEqualTo("87966052056847");
        assertThat(us.campaignName()).isEqualTo("Knives");
        assertThat(us.adGroupName()).isEqualTo("Sharpeners");
        assertThat(us.targeting()).isEmpty();
        assertThat(us.matchType()).isEmpty();
        assertThat(us.portfolio()).isEqualTo("Portfolio A");
        assertThat(us.figures().spend()).isEqualByComparingTo("12.50");
        assertThat(us.figures().sales()).isEqualByComparingTo("59.98");
        assertThat(us.figures().units()).isEqualTo(2L);
        SearchTermPerformance mx = SearchTermReportTests.find(terms, "afilador de cuchillos");
        assertThat(mx.scope().marketplace()).isEqualTo(Marketplace.MX);
        assertThat(mx.scope().currency()).isEqualTo("MXN");
        assertThat(mx.figures().advertisedSales()).isEqualByComparingTo("300.00");
        assertThat(mx.figures().otherSales()).isEqualByComparingTo("80.99");
    }

    @Test
    void anUnreadableDateRangeIsAProblemOfItsRow() {
        SellerAccount account = files.account(Marketplace.US);
        Path file = files.csvWithBom(
                "search_term.csv",
                HEADER + "USD,last week,,,,,,Knives,,Sharpeners,knife sharpener,900,20,,12.50,2,59.98,2"
                        + ",,,,,,,,,,,,,,,,,,,,,\n");

        ImportResult result = files.importFile(account, file);

        assertThat(result.status()).isEqualTo("REJECTED");
        assertThat(result.problems().get(0).columnName()).isEqualTo("Date range");
        assertThat(result.problems().get(0).message())
                .contains("Aug 18, 2026 - Aug 24, 2026")
                .contains("\"last week\"");
    }
}
