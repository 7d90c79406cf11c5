package dev.bosun.catalog.importing;

import static dev.bosun.catalog.importing.ReportFixtures.CP1252;
import static dev.bosun.catalog.importing.ReportFixtures.cells;
import static dev.bosun.catalog.importing.ReportFixtures.importFile;
import static dev.bosun.catalog.importing.ReportFixtures.in;
import static dev.bosun.catalog.importing.ReportFixtures.lenient;
import static dev.bosun.catalog.importing.ReportFixtures.problems;
import static dev.bosun.catalog.importing.ReportFixtures.strict;
import static dev.bosun.catalog.importing.ReportFixtures.tsv;
import static dev.bosun.catalog.importing.ReportFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.catalog.Listing;
import dev.bosun.catalog.Listings;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Importing the merchant listings reports (all, active, inactive, cancelled) into the catalog. */
@BosunTest
class MerchantListingsImportTests {

    /** GET_MERCHANT_LISTINGS_ALL_DATA / _DATA, in Amazon's column order (inventory report attributes). */
    static final List<String> ALL = List.of(
            "item-name",
            "item-description",
            "listing-id",
            "seller-sku",
            "price",
            "quantity",
            "open-date",
            "image-url",
            "item-is-marketplace",
            "product-id-type",
            "zshop-shipping-fee",
            "item-note",
            "item-condition",
            "zshop-category1",
            "zshop-browse-path",
            "zshop-storefront-feature",
            "asin1",
            "asin2",
            "asin3",
            "will-ship-internationally",
            "expedited-shipping",
            "zshop-boldface",
            "product-id",
            "bid-for-featured-placement",
            "add-delete",
            "pending-quantity",
            "fulfillment-channel",
            "merchant-shipping-group",
            "status");

    /** GET_MERCHANT_LISTINGS_INACTIVE_DATA: the same without status. */
    static final List<String> INACTIVE = ALL.subList(0, ALL.size() - 1);

    /** GET_MERCHANT_CANCELLED_LISTINGS_DATA, as the Airbyte fixture has it. */
    static final List<String> CANCELLED = List.of(
            "item-name",
            "item-description",
            "seller-sku",
            "price",
            "quantity",
            "image-url",
            "item-is-marketplace",
            "product-id-type",
            "zshop-shipping-fee",
            "item-note",
            "item-condition",
            "zshop-category1",
            "zshop-browse-path",
            "zshop-storefront-feature",
            "asin1",
            "asin2",
            "asin3",
            "will-ship-internationally",
            "expedited-shipping",
            "zshop-boldface",
            "product-id",
            "add-delete",
            "merchant-shipping-group");

    static final Path SAMPLES = Path.of("..", "shared", "amazon", "samples", "airbyte");

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Listings listings;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void importsAllListingsOfAUsAccountFromACp1252FlatFile() {
        SellerAccount account = account(Marketplace.US);
        Path file = write(dir, "GET_MERCHANT_LISTINGS_ALL_DATA.txt", tsv(ALL, usListings()), CP1252);

        ImportResult result = importFile(imports, account.id(), file, strict());

        assertThat(result.status()).as(problems(result)).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("catalog.merchant-listings");
        assertThat(result.inserted()).isEqualTo(3);
        assertThat(result.marketplaces()).containsExactly("US");
        assertThat(result.periodFrom()).isEqualTo(LocalDate.of(2013, 1, 7));
        assertThat(result.periodTo()).isEqualTo(LocalDate.of(2026, 7, 4));

        Listing pan = listings.find(account.id(), Marketplace.US, "PAN-12").orElseThrow();
        assertThat(pan.title()).isEqualTo("Chef's Pan 12\" ™ Édition");
        assertThat(pan.description()).isEqualTo("Cast iron, for all hobs");
        assertThat(pan.listingId()).isEqualTo("0107ZABC123");
        assertThat(pan.price()).isEqualByComparingTo("24.99");
        assertThat(pan.currency()).isEqualTo("USD");
        assertThat(pan.quantity()).isEqualTo(37);
        assertThat(pan.pendingQuantity()).isZero();
        assertThat(pan.openedAt()).isEqualTo(Instant.parse("2013-01-07T15:35:42Z"));
        assertThat(pan.imageUrl()).isEqualTo("http://ecx.images-amazon.com/images/I/41abcDEF.jpg");
        assertThat(pan.productIdType()).isEqualTo("1");
        assertThat(pan.productId()).isEqualTo("B00PAN1234");
        assertThat(pan.itemCondition()).isEqualTo("11");
        assertThat(pan.asin()).isEqualTo("B00PAN1234");
        assertThat(pan.fulfillmentChannel()).isEqualTo("DEFAULT");
        assertThat(pan.fulfilledBy()).isEqualTo("MFN");
        assertThat(pan.shippingGroup()).isEqualTo("Migrated Template");
        assertThat(pan.status()).isEqualTo("Active");

        Listing lid = listings.find(account.id(), Marketplace.US, "LID-12-FBA").orElseThrow();
        assertThat(lid.price()).isEqualByComparingTo("1299.00");
        assertThat(lid.quantity()).as("FBA rows have no quantity").isNull();
        assertThat(lid.openedAt()).isEqualTo(Instant.parse("2026-07-04T17:00:00Z"));
        assertThat(lid.fulfillmentChannel()).isEqualTo("AMAZON_NA");
        assertThat(lid.fulfilledBy()).isEqualTo("AFN");
        assertThat(lid.status()).isEqualTo("Inactive");

        Listing draft = listings.find(account.id(), Marketplace.US, "DRAFT-1").orElseThrow();
        assertThat(draft.title()).isNull();
        assertThat(draft.price()).isNull();
        assertThat(draft.openedAt()).isNull();
        assertThat(draft.status()).isEqualTo("Incomplete");

        assertThat(listings.withAsin(account.id(), "B00PAN1234"))
                .extracting(Listing::sku)
                .containsExactly("PAN-12");
        assertThat(batchIds(account)).containsOnly(result.batchId());
    }

    @Test
    void importsAGermanFileWithDecimalCommasEuroCentralEuropeanTimeAndUmlauts() {
        SellerAccount account = account(Marketplace.DE);
        List<Map<String, String>> rows = List.of(
                cells(
                        "item-name", "Bratpfanne Ø 28 cm – Gusseisen, für Induktion",
                        "listing-id", "1103ZDE0001",
                        "seller-sku", "PFANNE-28",
                        "price", "1.299,00",
                        "quantity", "5",
                        "open-date", "2026-11-03 09:15:00 MEZ",
                        "product-id-type", "4",
                        "product-id", "4006381333931",
                        "item-condition", "11",
                        "asin1", "B0DEPFANNE",
                        "fulfillment-channel", "DEFAULT",
                        "merchant-shipping-group", "Standardvorlage",
                        "status", "Active"),
                cells(
                        "item-name", "Deckel für Pfanne",
                        "listing-id", "1103ZDE0002",
                        "seller-sku", "DECKEL-28",
                        "price", "24,99",
                        "open-date", "2026-07-01 12:00:00 MESZ",
                        "product-id-type", "1",
                        "item-condition", "11",
                        "asin1", "B0DEDECKEL",
                        "fulfillment-channel", "AMAZON_EU",
                        "status", "Active"));
        Path file = write(dir, "Alle+Angebote.txt", tsv(ALL, rows), CP1252);

        ImportResult result = importFile(imports, account.id(), file, strict());

        assertThat(result.status()).as(problems(result)).isEqualTo("IMPORTED");
        assertThat(result.marketplaces()).containsExactly("DE");
        Listing pan = listings.find(account.id(), Marketplace.DE, "PFANNE-28").orElseThrow();
        assertThat(pan.title()).isEqualTo("Bratpfanne Ø 28 cm – Gusseisen, für Induktion");
        assertThat(pan.price()).isEqualByComparingTo("1299.00");
        assertThat(pan.currency()).isEqualTo("EUR");
        assertThat(pan.openedAt()).isEqualTo(Instant.parse("2026-11-03T08:15:00Z"));
        assertThat(pan.productId()).isEqualTo("4006381333931");
        Listing lid = listings.find(account.id(), Marketplace.DE, "DECKEL-28").orElseThrow();
        assertThat(lid.price()).isEqualByComparingTo(new BigDecimal("24.99"));
        assertThat(lid.openedAt()).isEqualTo(Instant.parse("2026-07-01T10:00:00Z"));
        assertThat(lid.fulfilledBy()).isEqualTo("AFN");
        assertThat(lid.quantity()).isNull();
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        SellerAccount account = account(Marketplace.US);
        Path file = write(dir, "listings.txt", tsv(ALL, usListings()), CP1252);

        ImportResult first = importFile(imports, account.id(), file, strict());
        ImportResult second = importFile(imports, account.id(), file, strict());

        assertThat(first.inserted()).isEqualTo(3);
        assertThat(second.status()).isEqualTo("IMPORTED");
        assertThat(second.inserted()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(listingCount(account)).isEqualTo(3);
    }

    @Test
    void aLaterReportWithAChangedPriceUpdatesThatListingOnly() {
        SellerAccount account = account(Marketplace.US);
        importFile(imports, account.id(), write(dir, "monday.txt", tsv(ALL, usListings()), CP1252), strict());
        List<Map<String, String>> restated = new ArrayList<>(usListings());
        Map<String, String> pan = new java.util.LinkedHashMap<>(restated.get(0));
        pan.put("price", "22.49");
        pan.put("quantity", "30");
        restated.set(0, pan);

        ImportResult result =
                importFile(imports, account.id(), write(dir, "tuesday.txt", tsv(ALL, restated), CP1252), strict());

        assertThat(result.inserted()).isZero();
        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.unchanged()).isEqualTo(2);
        assertThat(listingCount(account)).isEqualTo(3);
        Listing changed = listings.find(account.id(), Marketplace.US, "PAN-12").orElseThrow();
        assertThat(changed.price()).isEqualByComparingTo("22.49");
        assertThat(changed.quantity()).isEqualTo(30);
        assertThat(changed.status()).isEqualTo("Active");
    }

    @Test
    void theInactiveReportWithoutStatusColumnKeepsTheStatusAnEarlierReportGave() {
        SellerAccount account = account(Marketplace.US);
        importFile(imports, account.id(), write(dir, "all.txt", tsv(ALL, usListings()), CP1252), strict());
        Map<String, String> lid = new java.util.LinkedHashMap<>(usListings().get(1));
        lid.remove("status");
        lid.put("price", "1,249.00");

        ImportResult result = importFile(
                imports, account.id(), write(dir, "inactive.txt", tsv(INACTIVE, List.of(lid)), CP1252), strict());

        assertThat(result.status()).as(problems(result)).isEqualTo("IMPORTED");
        assertThat(result.updated()).isEqualTo(1);
        Listing stored =
                listings.find(account.id(), Marketplace.US, "LID-12-FBA").orElseThrow();
        assertThat(stored.price()).isEqualByComparingTo("1249.00");
        assertThat(stored.status()).isEqualTo("Inactive");
        assertThat(stored.fulfilledBy()).isEqualTo("AFN");
    }

    @Test
    void theCancelledListingsReportMarksListingsCancelledAndKeepsWhatItDoesNotSay() {
        SellerAccount account = account(Marketplace.US);
        importFile(imports, account.id(), write(dir, "all.txt", tsv(ALL, usListings()), CP1252), strict());
        Map<String, String> pan = cells(
                "item-name", "Chef's Pan 12\" ™ Édition",
                "item-description", "Cast iron, for all hobs",
                "seller-sku", "PAN-12",
                "price", "24.99",
                "quantity", "0",
                "product-id-type", "1",
                "item-condition", "11",
                "asin1", "B00PAN1234",
                "product-id", "B00PAN1234",
                "merchant-shipping-group", "Migrated Template");
        Map<String, String> gone = cells(
                "item-name", "Old kettle",
                "seller-sku", "KETTLE-OLD",
                "price", "9.99",
                "product-id-type", "1",
                "item-condition", "11",
                "asin1", "B00KETTLE1");

        ImportResult result = importFile(
                imports,
                account.id(),
                write(dir, "GET_MERCHANT_CANCELLED_LISTINGS_DATA.txt", tsv(CANCELLED, List.of(pan, gone)), CP1252),
                strict());

        assertThat(result.status()).as(problems(result)).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("catalog.merchant-listings");
        assertThat(result.inserted()).isEqualTo(1);
        assertThat(result.updated()).isEqualTo(1);
        Listing cancelled =
                listings.find(account.id(), Marketplace.US, "PAN-12").orElseThrow();
        assertThat(cancelled.status()).isEqualTo("Cancelled");
        assertThat(cancelled.quantity()).isZero();
        assertThat(cancelled.listingId()).as("not in the cancelled report").isEqualTo("0107ZABC123");
        assertThat(cancelled.openedAt()).isEqualTo(Instant.parse("2013-01-07T15:35:42Z"));
        assertThat(cancelled.fulfilledBy()).isEqualTo("MFN");
        Listing kettle =
                listings.find(account.id(), Marketplace.US, "KETTLE-OLD").orElseThrow();
        assertThat(kettle.status()).isEqualTo("Cancelled");
        assertThat(kettle.listingId()).isNull();
    }

    @Test
    void aMalformedPriceRefusesTheFileAndChangesNothing() {
        SellerAccount account = account(Marketplace.US);
        List<Map<String, String>> rows = new ArrayList<>(usListings());
        Map<String, String> bad = new java.util.LinkedHashMap<>(rows.get(1));
        bad.put("price", "abc");
        rows.set(1, bad);
        Path file = write(dir, "bad.txt", tsv(ALL, rows), CP1252);

        ImportResult result = importFile(imports, account.id(), file, strict());

        assertThat(result.status()).isEqualTo("REJECTED");
        assertThat(result.inserted()).isZero();
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(problems(result)).contains("bad.txt:3:5: (price) expected an amount");
        assertThat(problems(result)).contains("found \"abc\"");
        assertThat(listingCount(account)).isZero();
    }

    @Test
    void aLenientImportKeepsTheGoodRowsOfAFileWithAMalformedRow() {
        SellerAccount account = account(Marketplace.US);
        List<Map<String, String>> rows = new ArrayList<>(usListings());
        Map<String, String> bad = new java.util.LinkedHashMap<>(rows.get(1));
        bad.put("quantity", "lots");
        rows.set(1, bad);
        Path file = write(dir, "partly-bad.txt", tsv(ALL, rows), CP1252);

        ImportResult result = importFile(imports, account.id(), file, lenient());

        assertThat(result.status()).isEqualTo("PARTIAL");
        assertThat(result.inserted()).isEqualTo(2);
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(problems(result)).contains("partly-bad.txt:3:6: (quantity) expected a whole number");
        assertThat(listings.inMarketplace(account.id(), Marketplace.US))
                .extracting(Listing::sku)
                .containsExactly("DRAFT-1", "PAN-12");
    }

    @Test
    void anAccountInSeveralMarketplacesMustBeToldTheMarketplaceOfTheFile() {
        SellerAccount account = account(Marketplace.DE, Marketplace.FR);
        Path file = write(dir, "listings.txt", tsv(ALL, usListings()), CP1252);

        ImportResult refused = importFile(imports, account.id(), file, strict());

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(refused.problems()).hasSize(1);
        assertThat(refused.problems().get(0).line()).isZero();
        assertThat(problems(refused)).contains("give it with bosun import --marketplace DE");
        assertThat(problems(refused)).contains("sells in DE, FR");
        assertThat(listingCount(account)).isZero();

        ImportResult imported = importFile(imports, account.id(), file, in(Marketplace.FR));

        assertThat(imported.status()).as(problems(imported)).isEqualTo("IMPORTED");
        assertThat(imported.marketplaces()).containsExactly("FR");
        assertThat(listings.inMarketplace(account.id(), Marketplace.FR)).hasSize(3);
        assertThat(listings.find(account.id(), Marketplace.FR, "PAN-12")
                        .orElseThrow()
                        .currency())
                .isEqualTo("EUR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"all", "inactive", "back-compat", "cancelled"})
    void everyListingsReportIsRecognisedAsTheOneLayout(String report) {
        SellerAccount account = account(Marketplace.US);
        List<String> headers = switch (report) {
            case "all" -> ALL;
            case "inactive" -> INACTIVE;
            case "cancelled" -> CANCELLED;
            default -> backCompat();
        };
        Map<String, String> row = cells("seller-sku", "SKU-" + report, "price", "10.00", "asin1", "B000000001");

        ImportResult result = importFile(
                imports, account.id(), write(dir, report + ".txt", tsv(headers, List.of(row)), CP1252), strict());

        assertThat(result.type()).isEqualTo("catalog.merchant-listings");
        assertThat(result.status()).as(problems(result)).isEqualTo("IMPORTED");
        Listing listing =
                listings.find(account.id(), Marketplace.US, "SKU-" + report).orElseThrow();
        assertThat(listing.price()).isEqualByComparingTo("10.00");
        assertThat(listing.status()).isEqualTo("cancelled".equals(report) ? "Cancelled" : null);
    }

    @Test
    void theAirbyteCancelledListingsSampleIsRecognised() throws Exception {
        Path sample = SAMPLES.resolve("GET_MERCHANT_CANCELLED_LISTINGS_DATA.csv");
        assumeThat(Files.exists(sample)).as("sample files in ../shared").isTrue();
        SellerAccount account = account(Marketplace.US);
        Path copy = Files.copy(sample, dir.resolve(sample.getFileName()));

        ImportResult result = importFile(imports, account.id(), copy, strict());

        // the fixture repeats its header line as data rows: recognised, and refused for "price" as a price
        assertThat(result.type()).isEqualTo("catalog.merchant-listings");
        assertThat(result.status()).isEqualTo("REJECTED");
        assertThat(problems(result)).contains("(price) expected an amount");
        assertThat(listingCount(account)).isZero();
        assertThat(Files.readString(sample, StandardCharsets.UTF_8)).startsWith("item-name\t");
    }

    /** GET_MERCHANT_LISTINGS_DATA_BACK_COMPAT, as Airbyte's sandbox records show it. */
    static List<String> backCompat() {
        List<String> headers = new ArrayList<>(ALL.subList(0, ALL.indexOf("pending-quantity") + 1));
        headers.addAll(List.of("Business Price", "Quantity Price Type", "Quantity Lower Bound 1", "Quantity Price 1"));
        headers.add("merchant-shipping-group");
        headers.addAll(List.of("Progressive Price Type", "Progressive Lower Bound 1", "Progressive Price 1"));
        return headers;
    }

    static List<Map<String, String>> usListings() {
        return List.of(
                cells(
                        "item-name", "Chef's Pan 12\" ™ Édition",
                        "item-description", "Cast iron, for all hobs",
                        "listing-id", "0107ZABC123",
                        "seller-sku", "PAN-12",
                        "price", "24.99",
                        "quantity", "37",
                        "open-date", "2013-01-07 07:35:42 PST",
                        "image-url", "http://ecx.images-amazon.com/images/I/41abcDEF.jpg",
                        "item-is-marketplace", "y",
                        "product-id-type", "1",
                        "item-condition", "11",
                        "asin1", "B00PAN1234",
                        "product-id", "B00PAN1234",
                        "pending-quantity", "0",
                        "fulfillment-channel", "DEFAULT",
                        "merchant-shipping-group", "Migrated Template",
                        "status", "Active"),
                cells(
                        "item-name", "Lid 12\"",
                        "listing-id", "0704ZLID999",
                        "seller-sku", "LID-12-FBA",
                        "price", "1,299.00",
                        "open-date", "2026-07-04 10:00:00 PDT",
                        "item-is-marketplace", "y",
                        "product-id-type", "1",
                        "item-condition", "11",
                        "asin1", "B00LID0012",
                        "product-id", "B00LID0012",
                        "fulfillment-channel", "AMAZON_NA",
                        "merchant-shipping-group", "Migrated Template",
                        "status", "Inactive"),
                cells(
                        "seller-sku", "DRAFT-1",
                        "product-id-type", "1",
                        "item-condition", "11",
                        "fulfillment-channel", "DEFAULT",
                        "status", "Incomplete"));
    }

    private SellerAccount account(Marketplace... marketplaces) {
        return ReportFixtures.account(directory, jdbc, marketplaces);
    }

    private long listingCount(SellerAccount account) {
        return jdbc.queryForObject("select count(*) from listings where account_id = ?", Long.class, account.id());
    }

    private List<Long> batchIds(SellerAccount account) {
        return jdbc.queryForList("select batch_id from listings where account_id = ?", Long.class, account.id());
    }
}
