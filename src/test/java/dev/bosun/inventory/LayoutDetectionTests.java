package dev.bosun.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bosun.amazon.ColumnSpec;
import dev.bosun.amazon.ReportImports;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.domain.HeaderNames;
import dev.bosun.testing.BosunTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each inventory, health and brand report is claimed by exactly one layout of all Bosun knows, and these layouts
 * claim no other report: two layouts that both fit a file would make detection depend on luck.
 */
@BosunTest
class LayoutDetectionTests {

    private static final Set<String> OURS = Set.of(
            "inventory.manage-inventory",
            "inventory.inventory-planning",
            "inventory.restock",
            "inventory.ledger-detail",
            "inventory.ledger-summary",
            "inventory.stranded",
            "health.seller-performance",
            "brand.search-terms");

    @Autowired
    ReportImports imports;

    @Test
    void everyFixtureHeaderFitsExactlyItsOwnLayout() {
        assertThat(fitting(ManageInventoryImportTests.HEADER, "\t")).containsExactly("inventory.manage-inventory");
        assertThat(fitting(InventoryPlanningImportTests.header(), "\t"))
                .containsExactly("inventory.inventory-planning");
        assertThat(fitting(RestockImportTests.HEADER, "\t")).containsExactly("inventory.restock");
        assertThat(fitting(LedgerImportTests.DETAIL, "\t")).containsExactly("inventory.ledger-detail");
        assertThat(fitting(LedgerImportTests.SUMMARY, "\t")).containsExactly("inventory.ledger-summary");
        assertThat(fitting(StrandedInventoryImportTests.HEADER, "\t")).containsExactly("inventory.stranded");
        assertThat(fitting(
                        "Date,FNSKU,ASIN,MSKU,Title,Event Type,Reference ID,Quantity,Fulfillment Center,Disposition,"
                                + "Reason,Country,Reconciled Quantity,Unreconciled Quantity",
                        ","))
                .containsExactly("inventory.ledger-detail");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "-", textBlock = """
            GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA.csv,              inventory.manage-inventory
            GET_FBA_INVENTORY_PLANNING_DATA.csv,                      inventory.inventory-planning
            GET_LEDGER_DETAIL_VIEW_DATA.csv,                          inventory.ledger-detail
            GET_LEDGER_SUMMARY_VIEW_DATA.csv,                         inventory.ledger-summary
            GET_STRANDED_INVENTORY_UI_DATA.csv,                       inventory.stranded
            GET_AFN_INVENTORY_DATA.csv,                               -
            GET_AFN_INVENTORY_DATA_BY_COUNTRY.csv,                    -
            GET_AMAZON_FULFILLED_SHIPMENTS_DATA_GENERAL.csv,          -
            GET_FBA_ESTIMATED_FBA_FEES_TXT_DATA.csv,                  -
            GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA.csv,            -
            GET_FBA_FULFILLMENT_CUSTOMER_SHIPMENT_PROMOTION_DATA.csv, -
            GET_FBA_FULFILLMENT_CUSTOMER_SHIPMENT_REPLACEMENT_DATA.csv, -
            GET_FBA_FULFILLMENT_REMOVAL_ORDER_DETAIL_DATA.csv,        -
            GET_FBA_FULFILLMENT_REMOVAL_SHIPMENT_DETAIL_DATA.csv,     -
            GET_FBA_REIMBURSEMENTS_DATA.csv,                          -
            GET_FBA_SNS_FORECAST_DATA.csv,                            -
            GET_FBA_SNS_PERFORMANCE_DATA.csv,                         -
            GET_FBA_STORAGE_FEE_CHARGES_DATA.csv,                     -
            GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING.csv,         -
            GET_FLAT_FILE_ARCHIVED_ORDERS_DATA_BY_ORDER_DATE.csv,     -
            GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE.csv,            -
            GET_MERCHANT_CANCELLED_LISTINGS_DATA.csv,                 -
            GET_SELLER_FEEDBACK_DATA.csv,                             -
            GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE.csv,              -
            """)
    void amazonsTableSamplesFitOnlyTheirLayout(String sample, String expected) throws IOException {
        Path file = Reports.SAMPLES.resolve("airbyte").resolve(sample);
        assumeTrue(Files.exists(file), "shared samples not present");
        String header = Files.readAllLines(file).get(0);

        List<String> fitting = fitting(header, "\t");

        if (expected == null) {
            assertThat(fitting).as("layouts of this work claiming %s", sample).noneMatch(OURS::contains);
        } else {
            assertThat(fitting).containsExactly(expected);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "-", textBlock = """
            GET_V2_SELLER_PERFORMANCE_REPORT.json,            health.seller-performance
            GET_BRAND_ANALYTICS_SEARCH_TERMS_REPORT.json,     brand.search-terms
            GET_BRAND_ANALYTICS_MARKET_BASKET_REPORT.json,    -
            GET_BRAND_ANALYTICS_REPEAT_PURCHASE_REPORT.json,  -
            GET_SALES_AND_TRAFFIC_REPORT.json,                -
            GET_VENDOR_INVENTORY_REPORT.json,                 -
            GET_VENDOR_SALES_REPORT.json,                     -
            """)
    void amazonsDocumentSamplesFitOnlyTheirLayout(String sample, String expected) throws IOException {
        Path file = Reports.SAMPLES.resolve("airbyte").resolve(sample);
        assumeTrue(Files.exists(file), "shared samples not present");
        JsonNode root = JsonMapper.builder().build().readTree(file.toFile());

        List<String> fitting = imports.layouts().stream()
                .filter(l -> l.shape() == ReportLayout.Shape.JSON_DOCUMENT)
                .filter(l -> l.documentKeys().stream().allMatch(root::has))
                .map(ReportLayout::id)
                .toList();

        if (expected == null) {
            assertThat(fitting).noneMatch(OURS::contains);
        } else {
            assertThat(fitting).containsExactly(expected);
        }
    }

    /** The table layouts all of whose required columns the header has. */
    private List<String> fitting(String headerLine, String delimiter) {
        Set<String> headers = Arrays.stream(headerLine.split(delimiter, -1))
                .map(HeaderNames::normalise)
                .collect(Collectors.toSet());
        return imports.layouts().stream()
                .filter(l -> l.shape() == ReportLayout.Shape.TABLE)
                .filter(l ->
                        l.requiredColumns().stream().allMatch(c -> spellings(c).anyMatch(headers::contains)))
                .map(ReportLayout::id)
                .toList();
    }

    private static Stream<String> spellings(ColumnSpec column) {
        return column.headers().stream().map(HeaderNames::normalise);
    }
}
