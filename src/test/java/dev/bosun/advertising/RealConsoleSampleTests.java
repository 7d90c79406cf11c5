package dev.bosun.advertising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Real Ads console downloads from public repositories (../shared/amazon/samples/ads-console, see its ORIGIN
 * notes): a US 7-day search term report and Amazon.in 14-day search term and targeting reports, all xlsx. The
 * tests skip when the samples are not there.
 */
@BosunTest
class RealConsoleSampleTests {

    static final Path SAMPLES = Path.of("..", "shared", "amazon", "samples", "ads-console");

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

    static Path sample(String name) {
        Path file = SAMPLES.resolve(name);
        assumeTrue(Files.isRegularFile(file), "sample " + file + " not present");
        return file;
    }

    @Test
    void usSevenDaySearchTermReport() {
        Path file = sample("Mannyvv_Sponsored Products Search term report2.xlsx");
        SellerAccount account = files.account(Marketplace.US);

        ImportResult result = files.importFile(account, file);

        assertThat(result.status()).as("%s", result.problems()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("advertising.console-report");
        assertThat(result.rows()).isEqualTo(50);
        assertThat(result.inserted()).isEqualTo(50);
        assertThat(result.marketplaces()).containsExactly("US");
        assertThat(result.periodFrom()).isEqualTo(LocalDate.of(2022, 8, 1));
        List<SearchTermPerformance> terms =
                performance.searchTerms(account.id(), result.periodFrom(), result.periodTo());
        assertThat(terms).hasSize(50);
        assertThat(terms).allSatisfy(t -> {
            assertThat(t.scope().attributionDays()).isEqualTo(7);
            assertThat(t.scope().currency()).isEqualTo("USD");
            assertThat(t.scope().adProduct()).isEqualTo(AdProduct.SP);
        });
        SearchTermPerformance spoonRest = SearchTermReportTests.find(terms, "black spoon rest for stove top");
        assertThat(spoonRest.scope().from()).isEqualTo(LocalDate.of(2022, 8, 1));
        assertThat(spoonRest.campaignName()).isEqualTo("Broad_SR_Campaign - 7/6/2022 19:07:58");
        assertThat(spoonRest.targeting()).isEqualTo("spoon rest for stove top");
        assertThat(spoonRest.matchType()).isEqualTo("BROAD");
        assertThat(spoonRest.figures().impressions()).isEqualTo(90);
        assertThat(spoonRest.figures().clicks()).isEqualTo(1);
        assertThat(spoonRest.figures().spend()).isEqualByComparingTo("0.72");
        assertThat(spoonRest.figures().sales()).isEqualByComparingTo("10.99");
        assertThat(spoonRest.figures().orders()).isEqualTo(1L);
        assertThat(spoonRest.figures().advertisedSales()).isEqualByComparingTo("10.99");
        assertThat(spoonRest.figures().otherSales()).isEqualByComparingTo("0");
        assertThat(terms)
                .filteredOn(t -> t.matchType().equals("TARGETING_EXPRESSION"))
                .hasSize(35);

        ImportResult again = files.importFile(account, file);
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(50);
    }

    @Test
    void indianFourteenDaySearchTermReport() {
        Path file = sample("umairnsr87_Sponsored Products Search term report.xlsx");
        SellerAccount account = files.account(Marketplace.IN);

        ImportResult result = files.importFile(account, file);

        assertThat(result.status()).as("%s", result.problems()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("advertising.console-report");
        assertThat(result.rows()).isEqualTo(923);
        assertThat(result.inserted()).isEqualTo(923);
        assertThat(result.marketplaces()).containsExactly("IN");
        List<SearchTermPerformance> terms =
                performance.searchTerms(account.id(), LocalDate.of(2020, 2, 2), LocalDate.of(2020, 2, 2));
        SearchTermPerformance oil = SearchTermReportTests.find(terms, "pain relief oil");
        assertThat(oil.scope())
                .isEqualTo(new AdScope(
                        Marketplace.IN, AdProduct.SP, LocalDate.of(2020, 2, 2), LocalDate.of(2020, 2, 2), "INR", 14));
        assertThat(oil.campaignName()).isEqualTo("Pain relief Oil || SP || Generic || 22nd Nov'19");
        assertThat(oil.matchType()).isEqualTo("EXACT");
        assertThat(oil.figures().impressions()).isEqualTo(195);
        assertThat(oil.figures().clicks()).isEqualTo(4);
        assertThat(oil.figures().spend()).isEqualByComparingTo("139.75");
        assertThat(oil.figures().sales()).isEqualByComparingTo("320.54");
        assertThat(oil.figures().advertisedSales()).isEqualByComparingTo("320.54");
        assertThat(oil.figures().acos().orElseThrow())
                .isBetween(new java.math.BigDecimal("0.4359"), new java.math.BigDecimal("0.4360"));
    }

    @Test
    void indianFourteenDayTargetingReport() {
        Path file = sample("umairnsr87_Sponsored Products Targeting report (1).xlsx");
        SellerAccount account = files.account(Marketplace.IN);

        ImportResult result = files.importFile(account, file);

        assertThat(result.status()).as("%s", result.problems()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("advertising.console-report");
        assertThat(result.rows()).isEqualTo(1683);
        assertThat(result.inserted()).isEqualTo(1683);
        List<TargetPerformance> targets =
                performance.targets(account.id(), LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 1));
        TargetPerformance knee = targets.stream()
                .filter(t -> t.targeting().equals("knee pain oil")
                        && t.campaignName().startsWith("Pain relief Oil"))
                .findFirst()
                .orElseThrow();
        assertThat(knee.matchType()).isEqualTo("EXACT");
        assertThat(knee.figures().impressions()).isEqualTo(14);
        assertThat(knee.figures().spend()).isEqualByComparingTo("31.35");
        assertThat(knee.figures().sales()).isEqualByComparingTo("0");
        assertThat(knee.scope().attributionDays()).isEqualTo(14);
        assertThat(targets).anySatisfy(t -> {
            assertThat(t.targeting()).isEqualTo("close-match");
            assertThat(t.matchType()).isEqualTo("TARGETING_EXPRESSION");
        });
    }
}
