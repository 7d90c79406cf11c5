package dev.bosun.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.finance.FinanceFixtures.Tsv;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Monthly Storage Fees report, read into one fee per month, FNSKU and fulfilment centre. */
@BosunTest
class StorageFeeImportTests {

    static final List<String> HEADER = List.of(
            "asin",
            "fnsku",
            "product_name",
            "fulfillment_center",
            "country_code",
            "longest_side",
            "median_side",
            "shortest_side",
            "measurement_units",
            "weight",
            "weight_units",
            "item_volume",
            "volume_units",
            "product_size_tier",
            "average_quantity_on_hand",
            "average_quantity_pending_removal",
            "estimated_total_item_volume",
            "month_of_charge",
            "storage_rate",
            "currency",
            "estimated_monthly_storage_fee",
            "dangerous_goods_storage_type",
            "eligible_for_inventory_discount",
            "qualifies_for_inventory_discount",
            "total_incentive_fee_amount",
            "breakdown_incentive_fee_amount",
            "average_quantity_customer_orders");

    @Autowired
    AccountDirectory directory;

    @Autowired
    ReportImports imports;

    @Autowired
    StorageFees storageFees;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    FinanceFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new FinanceFixtures(directory, imports, jdbc, folder);
    }

    static String report(String month, String phxFee) {
        return Tsv.withHeader(HEADER)
                .row(fee("PHX7", month, phxFee, "12.50"))
                .row(fee("ONT8", month, "0.4321", "4.00"))
                .text();
    }

    static String[] fee(String center, String month, String amount, String onHand) {
        return new String[] {
            "asin", "B0C1234567",
            "fnsku", "X001ABCDEF",
            "product_name", "Insulated bottle, 750 ml, black",
            "fulfillment_center", center,
            "country_code", "US",
            "longest_side", "11.80",
            "median_side", "3.60",
            "shortest_side", "3.50",
            "measurement_units", "inches",
            "weight", "1.05",
            "weight_units", "pounds",
            "item_volume", "0.0860",
            "volume_units", "cubic feet",
            "product_size_tier", "Standard",
            "average_quantity_on_hand", onHand,
            "average_quantity_pending_removal", "0.00",
            "estimated_total_item_volume", "1.0750",
            "month_of_charge", month,
            "storage_rate", "0.78",
            "currency", "USD",
            "estimated_monthly_storage_fee", amount,
            "dangerous_goods_storage_type", "--",
            "eligible_for_inventory_discount", "N",
            "qualifies_for_inventory_discount", "N",
            "total_incentive_fee_amount", "0.00",
            "breakdown_incentive_fee_amount", "0.00",
            "average_quantity_customer_orders", "3.2"
        };
    }

    @Test
    void readsTheFeeOfEachFulfilmentCentreAndMonth() {
        SellerAccount account = fixtures.account(Marketplace.US);

        ImportResult result = fixtures.importText(account, "storage.txt", report("2026-09", "0.8385"));

        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("finance.fba-storage-fees");
        assertThat(result.inserted()).isEqualTo(2);
        assertThat(result.marketplaces()).containsExactly("US");
        assertThat(result.periodFrom()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(result.periodTo()).isEqualTo(LocalDate.of(2026, 9, 30));
        List<StorageFee> fees = storageFees.ofMonth(account.id(), YearMonth.of(2026, 9));
        assertThat(fees).extracting(StorageFee::fulfillmentCenter).containsExactly("ONT8", "PHX7");
        StorageFee phoenix = fees.get(1);
        assertThat(phoenix.asin()).isEqualTo("B0C1234567");
        assertThat(phoenix.fnsku()).isEqualTo("X001ABCDEF");
        assertThat(phoenix.countryCode()).isEqualTo("US");
        assertThat(phoenix.marketplace()).isEqualTo(Marketplace.US);
        assertThat(phoenix.itemVolume()).isEqualByComparingTo("0.086");
        assertThat(phoenix.volumeUnits()).isEqualTo("cubic feet");
        assertThat(phoenix.averageQuantityOnHand()).isEqualByComparingTo("12.5");
        assertThat(phoenix.storageRate()).isEqualByComparingTo("0.78");
        assertThat(phoenix.currency()).isEqualTo("USD");
        assertThat(phoenix.estimatedMonthlyStorageFee()).isEqualByComparingTo("0.8385");
        assertThat(phoenix.dangerousGoodsStorageType()).isNull();
        assertThat(phoenix.eligibleForInventoryDiscount()).isFalse();
        assertThat(phoenix.averageQuantityCustomerOrders()).isEqualByComparingTo("3.2");
    }

    @Test
    void importingAgainChangesNothingAndARestatedFeeIsUpdated() {
        SellerAccount account = fixtures.account(Marketplace.US);
        fixtures.importText(account, "storage.txt", report("2026-09", "0.8385"));

        ImportResult again = fixtures.importText(account, "storage.txt", report("2026-09", "0.8385"));
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();

        ImportResult restated = fixtures.importText(account, "storage-2.txt", report("2026-09", "0.9100"));
        assertThat(restated.inserted()).isZero();
        assertThat(restated.updated()).isEqualTo(1);
        assertThat(storageFees.ofMonth(account.id(), YearMonth.of(2026, 9)))
                .extracting(
                        f -> f.estimatedMonthlyStorageFee().stripTrailingZeros().toPlainString())
                .containsExactly("0.4321", "0.91");

        ImportResult nextMonth = fixtures.importText(account, "storage-10.txt", report("Oct-2026", "2.40"));
        assertThat(nextMonth.inserted()).isEqualTo(2);
        assertThat(storageFees.ofMonth(account.id(), YearMonth.of(2026, 10))).hasSize(2);
    }

    @Test
    void aBadMonthOrFeeRefusesTheFileUnlessLenient() {
        SellerAccount account = fixtures.account(Marketplace.US);
        String text = Tsv.withHeader(HEADER)
                .row(fee("PHX7", "sometime", "0.8385", "12.50"))
                .row(fee("ONT8", "2026-09", "abc", "4.00"))
                .row(fee("TEB6", "2026-09", "1.20", "6.00"))
                .text();

        ImportResult refused = fixtures.importText(account, "storage.txt", text);

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(refused.rejected()).isEqualTo(2);
        assertThat(refused.problems())
                .extracting(p -> p.line() + ":" + p.columnName())
                .containsExactly("2:month_of_charge", "3:estimated_monthly_storage_fee");
        assertThat(storageFees.ofMonth(account.id(), YearMonth.of(2026, 9))).isEmpty();

        ImportResult partial = fixtures.importText(account, "storage.txt", text, FinanceFixtures.lenient());

        assertThat(partial.status()).isEqualTo("PARTIAL");
        assertThat(storageFees.ofMonth(account.id(), YearMonth.of(2026, 9)))
                .extracting(StorageFee::fulfillmentCenter)
                .containsExactly("TEB6");
    }

    @Test
    void theAirbyteSampleIsRecognised() {
        Path file = FinanceFixtures.SAMPLES.resolve("airbyte/GET_FBA_STORAGE_FEE_CHARGES_DATA.csv");
        assumeThat(Files.isRegularFile(file)).as("shared sample present").isTrue();
        SellerAccount account = fixtures.account(Marketplace.US);

        ImportResult result = fixtures.importFile(
                account, file, "GET_FBA_STORAGE_FEE_CHARGES_DATA.csv", ImportOptions.strict("test"));

        // the sample repeats its header line instead of holding data rows
        assertThat(result.type()).isEqualTo("finance.fba-storage-fees");
        assertThat(result.rows()).isEqualTo(2);
    }
}
