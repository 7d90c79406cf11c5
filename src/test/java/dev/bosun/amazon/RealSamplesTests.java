package dev.bosun.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every file in ../shared/amazon/samples through the real import: each sample of a supported report type is
 * recognised as that type, and no sample, supported or not, makes the import fail other than with a result.
 * Skipped when the samples are not beside the project.
 */
@BosunTest
class RealSamplesTests {

    private static final Path SAMPLES = Path.of("..", "shared", "amazon", "samples");

    /** Sample file name (or prefix for a folder) → the layout it must be recognised as. */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("settlement-ca/", "finance.settlement-wide"),
            Map.entry("ads-console/", "advertising.console-report"),
            Map.entry("airbyte/GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE.csv", "finance.settlement-wide"),
            Map.entry("airbyte/GET_FBA_ESTIMATED_FBA_FEES_TXT_DATA.csv", "finance.fba-fee-estimates"),
            Map.entry("airbyte/GET_FBA_REIMBURSEMENTS_DATA.csv", "finance.fba-reimbursements"),
            Map.entry("airbyte/GET_FBA_STORAGE_FEE_CHARGES_DATA.csv", "finance.fba-storage-fees"),
            Map.entry("airbyte/GET_MERCHANT_CANCELLED_LISTINGS_DATA.csv", "catalog.merchant-listings"),
            Map.entry("airbyte/GET_SALES_AND_TRAFFIC_REPORT.json", "catalog.sales-and-traffic-report"),
            Map.entry("airbyte/GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA.csv", "orders.fba-customer-returns"),
            Map.entry("airbyte/GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE.csv", "orders.merchant-returns"),
            Map.entry("airbyte/GET_SELLER_FEEDBACK_DATA.csv", "reviews.seller-feedback"),
            Map.entry("airbyte/GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA.csv", "inventory.manage-inventory"),
            Map.entry("airbyte/GET_FBA_INVENTORY_PLANNING_DATA.csv", "inventory.inventory-planning"),
            Map.entry("airbyte/GET_LEDGER_DETAIL_VIEW_DATA.csv", "inventory.ledger-detail"),
            Map.entry("airbyte/GET_LEDGER_SUMMARY_VIEW_DATA.csv", "inventory.ledger-summary"),
            Map.entry("airbyte/GET_STRANDED_INVENTORY_UI_DATA.csv", "inventory.stranded"),
            Map.entry("airbyte/GET_V2_SELLER_PERFORMANCE_REPORT.json", "health.seller-performance"),
            Map.entry("airbyte/GET_BRAND_ANALYTICS_SEARCH_TERMS_REPORT.json", "brand.search-terms"),
            Map.entry("airbyte/GET_FLAT_FILE_ARCHIVED_ORDERS_DATA_BY_ORDER_DATE.csv", "orders.all-orders"));

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Test
    void everySupportedSampleIsRecognisedAndNoSampleBreaksTheImport() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLES), "../shared/amazon/samples is not present: samples skipped");
        long org = directory.defaultOrganisation();
        SellerAccount na = directory.create(
                org, TestDatabase.unique("Samples NA"), List.of(Marketplace.US, Marketplace.CA, Marketplace.MX), null);
        SellerAccount eu = directory.create(
                org, TestDatabase.unique("Samples EU"), List.of(Marketplace.IN, Marketplace.UK, Marketplace.DE), null);
        List<String> wrong = new ArrayList<>();
        int recognised = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SAMPLES)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            String name = SAMPLES.relativize(file).toString().replace('\\', '/');
            String expected = EXPECTED.entrySet().stream()
                    .filter(e -> e.getKey().endsWith("/") ? name.startsWith(e.getKey()) : name.equals(e.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
            List<ImportResult> results = new ArrayList<>();
            for (SellerAccount account : List.of(na, eu)) {
                results = imports.importFile(
                        account.id(), file, file.getFileName().toString(), ImportOptions.strict("samples"));
                if (results.stream().allMatch(ImportResult::imported)) {
                    break;
                }
            }
            assertThat(results).as(name).isNotEmpty();
            for (ImportResult result : results) {
                assertThat(result.status()).as(name).isIn("IMPORTED", "PARTIAL", "REJECTED");
                if (!result.imported()) {
                    assertThat(result.problems()).as(name).isNotEmpty();
                }
                if (expected != null) {
                    if (expected.equals(result.type())) {
                        recognised++;
                    } else {
                        wrong.add(name + " → " + result.type() + " " + result.problems());
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(recognised).isGreaterThanOrEqualTo(EXPECTED.size());
    }
}
