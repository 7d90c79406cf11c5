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
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The FBA fee preview, North American and European variants, read into one estimate per SKU and marketplace. */
@BosunTest
class FeeEstimateImportTests {

    static final List<String> US_HEADER = List.of(
            "sku",
            "fnsku",
            "asin",
            "product-name",
            "product-group",
            "brand",
            "fulfilled-by",
            "your-price",
            "sales-price",
            "longest-side",
            "median-side",
            "shortest-side",
            "length-and-girth",
            "unit-of-dimension",
            "item-package-weight",
            "unit-of-weight",
            "product-size-tier",
            "currency",
            "estimated-fee-total",
            "estimated-referral-fee-per-unit",
            "estimated-variable-closing-fee",
            "estimated-order-handling-fee-per-order",
            "estimated-pick-pack-fee-per-unit",
            "estimated-weight-handling-fee-per-unit",
            "expected-fulfillment-fee-per-unit",
            "estimated-future-fee (Current Selling on Amazon + Future Fulfillment fees)",
            "estimated-future-order-handling-fee-per-order",
            "estimated-future-pick-pack-fee-per-unit",
            "estimated-future-weight-handling-fee-per-unit",
            "expected-future-fulfillment-fee-per-unit",
            "estimated-future-referral-fee-per-unit",
            "current-fee-category",
            "future-fee-category",
            "future-fee-category-effective-date");

    static final List<String> EU_HEADER = List.of(
            "sku",
            "fnsku",
            "asin",
            "product-name",
            "product-group",
            "brand",
            "fulfilled-by",
            "has-local-inventory",
            "your-price",
            "sales-price",
            "longest-side",
            "median-side",
            "shortest-side",
            "length-and-girth",
            "unit-of-dimension",
            "item-package-weight",
            "unit-of-weight",
            "product-size-weight-band",
            "currency",
            "estimated-fee-total",
            "estimated-referral-fee-per-unit",
            "estimated-variable-closing-fee",
            "expected-domestic-fulfilment-fee-per-unit",
            "expected-efn-fulfilment-fee-per-unit-uk",
            "expected-efn-fulfilment-fee-per-unit-de",
            "expected-efn-fulfilment-fee-per-unit-fr",
            "expected-efn-fulfilment-fee-per-unit-it",
            "expected-efn-fulfilment-fee-per-unit-es",
            "expected-efn-fulfilment-fee-per-unit-se");

    @Autowired
    AccountDirectory directory;

    @Autowired
    ReportImports imports;

    @Autowired
    FeeEstimates estimates;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    FinanceFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new FinanceFixtures(directory, imports, jdbc, folder);
    }

    static Tsv usFees(String feeTotal) {
        return Tsv.withHeader(US_HEADER)
                .row(
                        "sku", "BOTTLE-750-BLK",
                        "fnsku", "X001ABCDEF",
                        "asin", "B0C1234567",
                        "product-name", "Insulated bottle, 750 ml, black",
                        "product-group", "Kitchen",
                        "brand", "Acme",
                        "fulfilled-by", "Amazon",
                        "your-price", "24.99",
                        "sales-price", "22.49",
                        "longest-side", "11.8",
                        "median-side", "3.6",
                        "shortest-side", "3.5",
                        "length-and-girth", "26.0",
                        "unit-of-dimension", "inches",
                        "item-package-weight", "1.05",
                        "unit-of-weight", "pounds",
                        "product-size-tier", "Large Standard-Size",
                        "currency", "USD",
                        "estimated-fee-total", feeTotal,
                        "estimated-referral-fee-per-unit", "3.37",
                        "estimated-variable-closing-fee", "0.00",
                        "expected-fulfillment-fee-per-unit", "6.08",
                        "estimated-future-fee (Current Selling on Amazon + Future Fulfillment fees)", "9.61",
                        "expected-future-fulfillment-fee-per-unit", "6.24",
                        "current-fee-category", "Standard",
                        "future-fee-category", "Standard",
                        "future-fee-category-effective-date", "2027-01-15")
                .row(
                        "sku", "LID-SPARE",
                        "fnsku", "X001GHIJKL",
                        "asin", "B0C7654321",
                        "product-name", "Spare lid",
                        "unit-of-dimension", "inches",
                        "product-size-tier", "Small Standard-Size",
                        "currency", "USD",
                        "estimated-fee-total", "4.12",
                        "estimated-referral-fee-per-unit", "1.05",
                        "expected-fulfillment-fee-per-unit", "3.07");
    }

    @Test
    void readsTheNorthAmericanVariant() {
        SellerAccount account = fixtures.account(Marketplace.US);

        ImportResult result =
                fixtures.importText(account, "fees.txt", usFees("9.45").text());

        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("finance.fba-fee-estimates");
        assertThat(result.inserted()).isEqualTo(2);
        assertThat(result.marketplaces()).containsExactly("US");
        FeeEstimate bottle = estimates
                .estimate(account.id(), Marketplace.US, "BOTTLE-750-BLK")
                .orElseThrow();
        assertThat(bottle.asin()).isEqualTo("B0C1234567");
        assertThat(bottle.fnsku()).isEqualTo("X001ABCDEF");
        assertThat(bottle.yourPrice()).isEqualByComparingTo("24.99");
        assertThat(bottle.salesPrice()).isEqualByComparingTo("22.49");
        assertThat(bottle.dimensions().longestSide()).isEqualByComparingTo("11.8");
        assertThat(bottle.dimensions().dimensionUnit()).isEqualTo("inches");
        assertThat(bottle.dimensions().weight()).isEqualByComparingTo("1.05");
        assertThat(bottle.sizeTier()).isEqualTo("Large Standard-Size");
        assertThat(bottle.currency()).isEqualTo("USD");
        assertThat(bottle.estimatedFeeTotal()).isEqualByComparingTo("9.45");
        assertThat(bottle.referralFeePerUnit()).isEqualByComparingTo("3.37");
        assertThat(bottle.fulfillmentFeePerUnit()).isEqualByComparingTo("6.08");
        assertThat(bottle.efnFeesPerUnit()).isNull();
        assertThat(bottle.future().feeTotal()).isEqualByComparingTo("9.61");
        assertThat(bottle.future().fulfillmentFeePerUnit()).isEqualByComparingTo("6.24");
        assertThat(bottle.future().effectiveDate()).isEqualTo(LocalDate.of(2027, 1, 15));
        FeeEstimate lid =
                estimates.estimate(account.id(), Marketplace.US, "LID-SPARE").orElseThrow();
        assertThat(lid.future()).isNull();
        assertThat(lid.dimensions().longestSide()).isNull();
        assertThat(estimates.inMarketplace(account.id(), Marketplace.US))
                .extracting(FeeEstimate::sku)
                .containsExactly("BOTTLE-750-BLK", "LID-SPARE");
    }

    @Test
    void readsTheEuropeanVariantWithDecimalCommasInWindows1252() {
        SellerAccount account = fixtures.account(Marketplace.DE);
        String text = Tsv.withHeader(EU_HEADER)
                .row(
                        "sku", "WAAGE-01",
                        "fnsku", "X002ABCDEF",
                        "asin", "B0D1234567",
                        "product-name", "Küchenwaage Edelstahl, 5 kg",
                        "brand", "Acme",
                        "fulfilled-by", "Amazon",
                        "has-local-inventory", "Yes",
                        "your-price", "24,99",
                        "sales-price", "22,99",
                        "longest-side", "25,5",
                        "median-side", "18,2",
                        "shortest-side", "3,1",
                        "unit-of-dimension", "centimeters",
                        "item-package-weight", "612",
                        "unit-of-weight", "grams",
                        "product-size-weight-band", "Standard-Paket",
                        "currency", "EUR",
                        "estimated-fee-total", "7,11",
                        "estimated-referral-fee-per-unit", "3,45",
                        "expected-domestic-fulfilment-fee-per-unit", "3,66",
                        "expected-efn-fulfilment-fee-per-unit-fr", "6,12",
                        "expected-efn-fulfilment-fee-per-unit-uk", "7,40")
                .text();

        ImportResult result = fixtures.importText(
                account, "fees-de.txt", text, Charset.forName("windows-1252"), ImportOptions.strict("test"));

        assertThat(result.status()).isEqualTo("IMPORTED");
        FeeEstimate scale =
                estimates.estimate(account.id(), Marketplace.DE, "WAAGE-01").orElseThrow();
        assertThat(scale.productName()).isEqualTo("Küchenwaage Edelstahl, 5 kg");
        assertThat(scale.hasLocalInventory()).isTrue();
        assertThat(scale.yourPrice()).isEqualByComparingTo("24.99");
        assertThat(scale.dimensions().longestSide()).isEqualByComparingTo("25.5");
        assertThat(scale.dimensions().weight()).isEqualByComparingTo("612");
        assertThat(scale.sizeTier()).isEqualTo("Standard-Paket");
        assertThat(scale.estimatedFeeTotal()).isEqualByComparingTo("7.11");
        assertThat(scale.fulfillmentFeePerUnit()).isEqualByComparingTo("3.66");
        assertThat(scale.efnFeesPerUnit().fr()).isEqualByComparingTo("6.12");
        assertThat(scale.efnFeesPerUnit().uk()).isEqualByComparingTo("7.40");
        assertThat(scale.efnFeesPerUnit().de()).isNull();
        assertThat(scale.future()).isNull();
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndANewerEstimateReplacesTheOld() {
        SellerAccount account = fixtures.account(Marketplace.US);
        fixtures.importText(account, "fees.txt", usFees("9.45").text());

        ImportResult again =
                fixtures.importText(account, "fees.txt", usFees("9.45").text());
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);

        ImportResult newer =
                fixtures.importText(account, "fees-2.txt", usFees("9.80").text());
        assertThat(newer.inserted()).isZero();
        assertThat(newer.updated()).isEqualTo(1);
        assertThat(estimates.inMarketplace(account.id(), Marketplace.US)).hasSize(2);
        assertThat(estimates
                        .estimate(account.id(), Marketplace.US, "BOTTLE-750-BLK")
                        .orElseThrow()
                        .estimatedFeeTotal())
                .isEqualByComparingTo("9.80");
    }

    @Test
    void aBadFeeRefusesTheFileUnlessLenient() {
        SellerAccount account = fixtures.account(Marketplace.US);
        String text = usFees("abc").text();

        ImportResult refused = fixtures.importText(account, "fees.txt", text);

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(refused.problems().get(0).line()).isEqualTo(2);
        assertThat(refused.problems().get(0).column()).isEqualTo(US_HEADER.indexOf("estimated-fee-total") + 1);
        assertThat(estimates.inMarketplace(account.id(), Marketplace.US)).isEmpty();

        ImportResult partial = fixtures.importText(account, "fees.txt", text, FinanceFixtures.lenient());

        assertThat(partial.status()).isEqualTo("PARTIAL");
        assertThat(estimates.inMarketplace(account.id(), Marketplace.US))
                .extracting(FeeEstimate::sku)
                .containsExactly("LID-SPARE");
    }

    @Test
    void aFileOfAnAmbiguousMarketplaceNeedsTheMarketplaceGiven() {
        SellerAccount account = fixtures.account(Marketplace.DE, Marketplace.FR);
        String text = Tsv.withHeader(EU_HEADER)
                .row(
                        "sku", "WAAGE-01",
                        "fnsku", "X002ABCDEF",
                        "asin", "B0D1234567",
                        "currency", "EUR",
                        "estimated-fee-total", "7,11",
                        "estimated-referral-fee-per-unit", "3,45")
                .text();

        ImportResult refused = fixtures.importText(account, "fees.txt", text);

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(refused.problems().get(0).message())
                .contains("--marketplace")
                .contains("DE, FR");

        ImportResult given = fixtures.importText(account, "fees.txt", text, FinanceFixtures.in(Marketplace.FR));

        assertThat(given.status()).isEqualTo("IMPORTED");
        assertThat(estimates.estimate(account.id(), Marketplace.FR, "WAAGE-01")).isPresent();
        assertThat(estimates.estimate(account.id(), Marketplace.DE, "WAAGE-01")).isEmpty();
    }

    @Test
    void theAirbyteSampleIsRecognised() {
        Path file = FinanceFixtures.SAMPLES.resolve("airbyte/GET_FBA_ESTIMATED_FBA_FEES_TXT_DATA.csv");
        assumeThat(Files.isRegularFile(file)).as("shared sample present").isTrue();
        SellerAccount account = fixtures.account(Marketplace.UK);

        ImportResult result = fixtures.importFile(
                account, file, "GET_FBA_ESTIMATED_FBA_FEES_TXT_DATA.csv", ImportOptions.strict("test"));

        // the sample repeats its header line instead of holding data rows
        assertThat(result.type()).isEqualTo("finance.fba-fee-estimates");
        assertThat(result.rows()).isEqualTo(2);
    }
}
