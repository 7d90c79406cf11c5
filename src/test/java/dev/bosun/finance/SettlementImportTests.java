package dev.bosun.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportProblem;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.finance.FinanceFixtures.Tsv;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Settlement flat files, V2 and the older wide layout, read into settlements and their lines. */
@BosunTest
class SettlementImportTests {

    static final List<String> V2_HEADER = List.of(
            "settlement-id",
            "settlement-start-date",
            "settlement-end-date",
            "deposit-date",
            "total-amount",
            "currency",
            "transaction-type",
            "order-id",
            "merchant-order-id",
            "adjustment-id",
            "shipment-id",
            "marketplace-name",
            "amount-type",
            "amount-description",
            "amount",
            "fulfillment-id",
            "posted-date",
            "posted-date-time",
            "order-item-code",
            "merchant-order-item-id",
            "merchant-adjustment-item-id",
            "sku",
            "quantity-purchased",
            "promotion-id");

    /** The 33 columns of the real 2025 Amazon.ca files (no promotion columns). */
    static final List<String> WIDE_HEADER = List.of(
            "settlement-id",
            "settlement-start-date",
            "settlement-end-date",
            "deposit-date",
            "total-amount",
            "currency",
            "transaction-type",
            "order-id",
            "merchant-order-id",
            "adjustment-id",
            "shipment-id",
            "marketplace-name",
            "shipment-fee-type",
            "shipment-fee-amount",
            "order-fee-type",
            "order-fee-amount",
            "fulfillment-id",
            "posted-date",
            "order-item-code",
            "merchant-order-item-id",
            "merchant-adjustment-item-id",
            "sku",
            "quantity-purchased",
            "price-type",
            "price-amount",
            "item-related-fee-type",
            "item-related-fee-amount",
            "misc-fee-amount",
            "other-fee-amount",
            "other-fee-reason-description",
            "direct-payment-type",
            "direct-payment-amount",
            "other-amount");

    @Autowired
    AccountDirectory directory;

    @Autowired
    ReportImports imports;

    @Autowired
    Settlements settlements;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    FinanceFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new FinanceFixtures(directory, imports, jdbc, folder);
    }

    static Tsv usSettlement(String settlementId, String commission) {
        String order = "111-2222222-3333333";
        return Tsv.withHeader(V2_HEADER)
                .row(
                        "settlement-id", settlementId,
                        "settlement-start-date", "2026-10-01 22:07:18 UTC",
                        "settlement-end-date", "2026-10-15 22:07:18 UTC",
                        "deposit-date", "2026-10-17 22:07:18 UTC",
                        "total-amount", "-11.56",
                        "currency", "USD")
                .row(orderLine(settlementId, order, "ItemPrice", "Principal", "39.99"))
                .row(orderLine(settlementId, order, "ItemFees", "Commission", commission))
                .row(orderLine(settlementId, order, "ItemFees", "FBAPerUnitFulfillmentFee", "-5.56"))
                .row(
                        "settlement-id", settlementId,
                        "transaction-type", "other-transaction",
                        "amount-type", "other-transaction",
                        "amount-description", "Subscription Fee",
                        "amount", "-39.99",
                        "posted-date", "10/09/26",
                        "posted-date-time", "2026-10-09 20:02:53 UTC",
                        "quantity-purchased", "0");
    }

    static String[] orderLine(String settlementId, String order, String type, String description, String amount) {
        return new String[] {
            "settlement-id", settlementId,
            "transaction-type", "Order",
            "order-id", order,
            "merchant-order-id", order,
            "shipment-id", "DxZ7Qq0Lp",
            "marketplace-name", "Amazon.com",
            "amount-type", type,
            "amount-description", description,
            "amount", amount,
            "fulfillment-id", "AFN",
            "posted-date", "10/03/26",
            "posted-date-time", "2026-10-03 08:15:00 UTC",
            "order-item-code", "58211094230418",
            "sku", "BOTTLE-750-BLK",
            "quantity-purchased", "1"
        };
    }

    @Test
    void readsTheSummaryAndEveryLineOfAV2File() {
        SellerAccount account = fixtures.account(Marketplace.US);

        ImportResult result = fixtures.importText(
                account, "settlement.txt", usSettlement("11000000001", "-6.00").text());

        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("finance.settlement-v2");
        assertThat(result.inserted()).isEqualTo(5);
        assertThat(result.marketplaces()).containsExactly("US");
        assertThat(result.periodFrom()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(result.periodTo()).isEqualTo(LocalDate.of(2026, 10, 15));
        Settlement settlement =
                settlements.settlement(account.id(), "11000000001").orElseThrow();
        assertThat(settlement.startsAt()).isEqualTo(Instant.parse("2026-10-01T22:07:18Z"));
        assertThat(settlement.endsAt()).isEqualTo(Instant.parse("2026-10-15T22:07:18Z"));
        assertThat(settlement.depositAt()).isEqualTo(Instant.parse("2026-10-17T22:07:18Z"));
        assertThat(settlement.totalAmount()).isEqualByComparingTo("-11.56");
        assertThat(settlement.currency()).isEqualTo("USD");
        assertThat(settlement.marketplaces()).containsExactly(Marketplace.US);
        assertThat(settlement.marketplaceNames()).containsExactly("Amazon.com");
        assertThat(settlement.lineCount()).isEqualTo(4);
        assertThat(settlement.layoutId()).isEqualTo("finance.settlement-v2");

        List<SettlementLine> lines = settlements.lines(account.id(), "11000000001");
        assertThat(lines).extracting(SettlementLine::lineNo).containsExactly(1, 2, 3, 4);
        assertThat(lines).extracting(SettlementLine::part).containsOnly(1);
        SettlementLine principal = lines.get(0);
        assertThat(principal.transactionType()).isEqualTo("Order");
        assertThat(principal.orderId()).isEqualTo("111-2222222-3333333");
        assertThat(principal.amountType()).isEqualTo("ItemPrice");
        assertThat(principal.amountDescription()).isEqualTo("Principal");
        assertThat(principal.amount()).isEqualByComparingTo("39.99");
        assertThat(principal.currency()).isEqualTo("USD");
        assertThat(principal.marketplace()).isEqualTo(Marketplace.US);
        assertThat(principal.fulfillmentId()).isEqualTo("AFN");
        assertThat(principal.postedDate()).isEqualTo(LocalDate.of(2026, 10, 3));
        assertThat(principal.postedAt()).isEqualTo(Instant.parse("2026-10-03T08:15:00Z"));
        assertThat(principal.sku()).isEqualTo("BOTTLE-750-BLK");
        assertThat(principal.quantityPurchased()).isEqualTo(1);
        assertThat(lines.get(1).amount()).isEqualByComparingTo("-6.00");
        SettlementLine fee = lines.get(3);
        assertThat(fee.amountDescription()).isEqualTo("Subscription Fee");
        assertThat(fee.amount()).isEqualByComparingTo("-39.99");
        assertThat(fee.marketplace()).isNull();
        assertThat(fee.postedDate()).isEqualTo(LocalDate.of(2026, 10, 9));

        SettlementBalance balance =
                settlements.balance(account.id(), "11000000001").orElseThrow();
        assertThat(balance.linesTotal()).isEqualByComparingTo("-11.56");
        assertThat(balance.balanced()).isTrue();
        assertThat(settlements.depositedBetween(
                        account.id(), Instant.parse("2026-10-17T00:00:00Z"), Instant.parse("2026-10-18T00:00:00Z")))
                .extracting(Settlement::settlementId)
                .containsExactly("11000000001");
    }

    @Test
    void readsEuropeanDecimalCommasAndDottedDatesInWindows1252() {
        SellerAccount account = fixtures.account(Marketplace.DE);
        String order = "302-1234567-7654321";
        String text = Tsv.withHeader(V2_HEADER)
                .row(
                        "settlement-id", "12000000001",
                        "settlement-start-date", "01.10.2026 22:07:18 UTC",
                        "settlement-end-date", "15.10.2026 22:07:18 UTC",
                        "deposit-date", "17.10.2026 22:07:18 UTC",
                        "total-amount", "1.234,56",
                        "currency", "EUR")
                .row(
                        "settlement-id", "12000000001",
                        "transaction-type", "Order",
                        "order-id", order,
                        "marketplace-name", "Amazon.de",
                        "amount-type", "ItemPrice",
                        "amount-description", "Principal",
                        "amount", "1.299,00",
                        "fulfillment-id", "AFN",
                        "posted-date", "03.10.2026",
                        "posted-date-time", "2026-10-03 08:15:00 UTC",
                        "sku", "Küchenwaage-01",
                        "quantity-purchased", "2")
                .row(
                        "settlement-id", "12000000001",
                        "transaction-type", "Order",
                        "order-id", order,
                        "marketplace-name", "Amazon.de",
                        "amount-type", "ItemFees",
                        "amount-description", "Commission",
                        "amount", "-64,44",
                        "fulfillment-id", "AFN",
                        "posted-date", "03.10.2026",
                        "posted-date-time", "2026-10-03 08:15:00 UTC",
                        "sku", "Küchenwaage-01",
                        "quantity-purchased", "2")
                .text();

        ImportResult result = fixtures.importText(
                account, "settlement-de.txt", text, Charset.forName("windows-1252"), ImportOptions.strict("test"));

        assertThat(result.status()).isEqualTo("IMPORTED");
        Settlement settlement =
                settlements.settlement(account.id(), "12000000001").orElseThrow();
        assertThat(settlement.totalAmount()).isEqualByComparingTo("1234.56");
        assertThat(settlement.startsAt()).isEqualTo(Instant.parse("2026-10-01T22:07:18Z"));
        assertThat(settlement.depositAt()).isEqualTo(Instant.parse("2026-10-17T22:07:18Z"));
        assertThat(settlement.marketplaces()).containsExactly(Marketplace.DE);
        List<SettlementLine> lines = settlements.lines(account.id(), "12000000001");
        assertThat(lines)
                .extracting(SettlementLine::amount)
                .containsExactly(new BigDecimal("1299.00"), new BigDecimal("-64.44"));
        assertThat(lines.get(0).postedDate()).isEqualTo(LocalDate.of(2026, 10, 3));
        assertThat(lines.get(0).sku()).isEqualTo("Küchenwaage-01");
        assertThat(lines.get(0).quantityPurchased()).isEqualTo(2);
        assertThat(settlements
                        .balance(account.id(), "12000000001")
                        .orElseThrow()
                        .balanced())
                .isTrue();
    }

    @Test
    void mapsEachAmountOfTheWideLayoutOntoALine() {
        SellerAccount account = fixtures.account(Marketplace.CA);
        String text = wideSettlement("13000000001").text();

        ImportResult result = fixtures.importText(account, "50011020300.txt", text);

        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("finance.settlement-wide");
        Settlement settlement =
                settlements.settlement(account.id(), "13000000001").orElseThrow();
        assertThat(settlement.totalAmount()).isEqualByComparingTo("-4.01");
        assertThat(settlement.startsAt()).isEqualTo(Instant.parse("2025-07-31T22:07:18Z"));
        assertThat(settlement.lineCount()).isEqualTo(5);
        assertThat(settlement.marketplaces()).containsExactly(Marketplace.CA);
        List<SettlementLine> lines = settlements.lines(account.id(), "13000000001");
        assertThat(lines)
                .extracting(
                        SettlementLine::lineNo,
                        SettlementLine::part,
                        SettlementLine::amountType,
                        SettlementLine::amountDescription,
                        SettlementLine::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 1, null, null, null),
                        org.assertj.core.groups.Tuple.tuple(2, 1, "ItemPrice", "Principal", new BigDecimal("35.00")),
                        org.assertj.core.groups.Tuple.tuple(3, 1, "ItemFees", "Commission", new BigDecimal("-5.62")),
                        org.assertj.core.groups.Tuple.tuple(
                                4, 1, "ItemFees", "Cost of Advertising", new BigDecimal("-1.16")),
                        org.assertj.core.groups.Tuple.tuple(4, 2, "OtherFees", "TaxAmount", new BigDecimal("-0.14")),
                        org.assertj.core.groups.Tuple.tuple(
                                5, 1, "other-transaction", "Subscription Fee", new BigDecimal("-32.09")));
        SettlementLine quantityRow = lines.get(0);
        assertThat(quantityRow.quantityPurchased()).isEqualTo(1);
        assertThat(quantityRow.orderItemCode()).isEqualTo("135844999381281");
        assertThat(quantityRow.postedAt()).isEqualTo(Instant.parse("2025-08-14T06:23:59Z"));
        assertThat(quantityRow.postedDate()).isEqualTo(LocalDate.of(2025, 8, 14));
        assertThat(lines.get(5).currency()).isEqualTo("CAD");
        assertThat(settlements
                        .balance(account.id(), "13000000001")
                        .orElseThrow()
                        .balanced())
                .isTrue();
    }

    static Tsv wideSettlement(String settlementId) {
        String order = "702-1101758-6751437";
        String[] item = {
            "settlement-id", settlementId,
            "transaction-type", "Order",
            "order-id", order,
            "merchant-order-id", order,
            "shipment-id", "BvxpJp5Yp",
            "marketplace-name", "Amazon.ca",
            "fulfillment-id", "AFN",
            "posted-date", "2025-08-14T06:23:59+00:00",
            "order-item-code", "135844999381281",
            "sku", "SALTT15-ALLT"
        };
        Tsv tsv = Tsv.withHeader(WIDE_HEADER)
                .row(
                        "settlement-id", settlementId,
                        "settlement-start-date", "2025-07-31T22:07:18+00:00",
                        "settlement-end-date", "2025-08-14T22:07:18+00:00",
                        "deposit-date", "2025-08-16T22:07:18+00:00",
                        "total-amount", "-4.01",
                        "currency", "CAD")
                .row(concat(item, "quantity-purchased", "1"))
                .row(concat(item, "price-type", "Principal", "price-amount", "35.00"))
                .row(concat(item, "item-related-fee-type", "Commission", "item-related-fee-amount", "-5.62"))
                .row(
                        "settlement-id", settlementId,
                        "transaction-type", "ServiceFee",
                        "posted-date", "2025-08-13T23:50:56+00:00",
                        "item-related-fee-type", "Cost of Advertising",
                        "item-related-fee-amount", "-1.16",
                        "other-fee-amount", "-0.14",
                        "other-fee-reason-description", "TaxAmount");
        // the last row of Amazon's files ends in white space, and a blank line follows
        return tsv.row(
                        "settlement-id", settlementId,
                        "transaction-type", "Subscription Fee",
                        "posted-date", "2025-08-06T04:09:26+00:00",
                        "other-amount", "-32.09    ")
                .raw("");
    }

    static String[] concat(String[] first, String... more) {
        return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void importingTheSameSettlementAgainChangesNothing() {
        SellerAccount account = fixtures.account(Marketplace.US);
        String text = usSettlement("14000000001", "-6.00").text();
        fixtures.importText(account, "settlement.txt", text);

        ImportResult again = fixtures.importText(account, "settlement.txt", text);

        assertThat(again.status()).isEqualTo("IMPORTED");
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(5);
        assertThat(settlements.lines(account.id(), "14000000001")).hasSize(4);
    }

    @Test
    void aChangedLineIsUpdatedInPlaceAndNothingDoubles() {
        SellerAccount account = fixtures.account(Marketplace.US);
        fixtures.importText(
                account, "settlement.txt", usSettlement("15000000001", "-6.00").text());

        ImportResult restated = fixtures.importText(
                account,
                "settlement-2.txt",
                usSettlement("15000000001", "-6.50").text());

        assertThat(restated.inserted()).isZero();
        assertThat(restated.updated()).isEqualTo(1);
        List<SettlementLine> lines = settlements.lines(account.id(), "15000000001");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1).amount()).isEqualByComparingTo("-6.50");
        SettlementBalance balance =
                settlements.balance(account.id(), "15000000001").orElseThrow();
        assertThat(balance.difference()).isEqualByComparingTo("0.50");
        assertThat(balance.balanced()).isFalse();
    }

    @Test
    void aBadAmountRefusesTheFileUnlessLenient() {
        SellerAccount account = fixtures.account(Marketplace.US);
        String text = usSettlement("16000000001", "abc").text();

        ImportResult refused = fixtures.importText(account, "settlement.txt", text);

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(refused.rejected()).isEqualTo(1);
        ImportProblem problem = refused.problems().get(0);
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isEqualTo(V2_HEADER.indexOf("amount") + 1);
        assertThat(problem.columnName()).isEqualTo("amount");
        assertThat(problem.message()).contains("\"abc\"");
        assertThat(settlements.settlement(account.id(), "16000000001")).isEmpty();
        assertThat(settlements.lines(account.id(), "16000000001")).isEmpty();

        ImportResult partial = fixtures.importText(account, "settlement.txt", text, FinanceFixtures.lenient());

        assertThat(partial.status()).isEqualTo("PARTIAL");
        assertThat(partial.rejected()).isEqualTo(1);
        assertThat(settlements.lines(account.id(), "16000000001"))
                .extracting(SettlementLine::lineNo)
                .containsExactly(1, 3, 4);
        assertThat(settlements
                        .balance(account.id(), "16000000001")
                        .orElseThrow()
                        .difference())
                .isEqualByComparingTo("-6.00");
    }

    @Test
    void linesWithoutTheirSummaryRowAreRefused() {
        SellerAccount account = fixtures.account(Marketplace.US);
        String text = Tsv.withHeader(V2_HEADER)
                .row(orderLine("17000000001", "111-2222222-3333333", "ItemPrice", "Principal", "39.99"))
                .text();

        ImportResult result = fixtures.importText(account, "settlement.txt", text);

        assertThat(result.status()).isEqualTo("REJECTED");
        assertThat(result.problems().get(0).message()).contains("summary row");
        assertThat(settlements.lines(account.id(), "17000000001")).isEmpty();
    }

    @Test
    void aSettlementReadAgainFromTheOtherLayoutKeepsOnlyTheNewLines() {
        SellerAccount account = fixtures.account(Marketplace.CA);
        fixtures.importText(account, "wide.txt", wideSettlement("18000000001").text());
        String order = "702-1101758-6751437";
        String v2 = Tsv.withHeader(V2_HEADER)
                .row(
                        "settlement-id", "18000000001",
                        "settlement-start-date", "2025-07-31 22:07:18 UTC",
                        "settlement-end-date", "2025-08-14 22:07:18 UTC",
                        "deposit-date", "2025-08-16 22:07:18 UTC",
                        "total-amount", "29.38",
                        "currency", "CAD")
                .row(
                        "settlement-id", "18000000001",
                        "transaction-type", "Order",
                        "order-id", order,
                        "marketplace-name", "Amazon.ca",
                        "amount-type", "ItemPrice",
                        "amount-description", "Principal",
                        "amount", "35.00",
                        "posted-date", "08/14/25")
                .row(
                        "settlement-id", "18000000001",
                        "transaction-type", "Order",
                        "order-id", order,
                        "marketplace-name", "Amazon.ca",
                        "amount-type", "ItemFees",
                        "amount-description", "Commission",
                        "amount", "-5.62",
                        "posted-date", "08/14/25")
                .text();

        ImportResult result = fixtures.importText(account, "v2.txt", v2);

        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(settlements.lines(account.id(), "18000000001"))
                .extracting(SettlementLine::amountDescription)
                .containsExactly("Principal", "Commission");
        assertThat(settlements
                        .settlement(account.id(), "18000000001")
                        .orElseThrow()
                        .layoutId())
                .isEqualTo("finance.settlement-v2");
        assertThat(settlements
                        .balance(account.id(), "18000000001")
                        .orElseThrow()
                        .balanced())
                .isTrue();
    }

    @Test
    void realAmazonCaSettlementsAddUpToTheirTotals() throws IOException {
        Path folder = FinanceFixtures.SAMPLES.resolve("settlement-ca");
        assumeThat(Files.isDirectory(folder)).as("shared samples present").isTrue();
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assumeThat(files).isNotEmpty();
        SellerAccount account = fixtures.account(Marketplace.CA);
        for (Path file : files) {
            ImportResult result =
                    fixtures.importFile(account, file, file.getFileName().toString(), ImportOptions.strict("test"));

            assertThat(result.type()).as(file.toString()).isEqualTo("finance.settlement-wide");
            assertThat(result.status()).as(file + ": " + result.problems()).isEqualTo("IMPORTED");
            assertThat(result.marketplaces()).containsExactly("CA");
            String settlementId = Files.readAllLines(file).get(1).split("\t")[0];
            Settlement settlement =
                    settlements.settlement(account.id(), settlementId).orElseThrow();
            assertThat(settlement.currency()).isEqualTo("CAD");
            assertThat(settlement.marketplaces()).containsExactly(Marketplace.CA);
            SettlementBalance balance =
                    settlements.balance(account.id(), settlementId).orElseThrow();
            assertThat(balance.difference()).as(file.toString()).isEqualByComparingTo("0");

            ImportResult again =
                    fixtures.importFile(account, file, file.getFileName().toString(), ImportOptions.strict("test"));
            assertThat(again.inserted() + again.updated()).isZero();
        }
    }

    @Test
    void theRealMultiChannelSettlementNamesItsNonAmazonLines() {
        Path file = FinanceFixtures.SAMPLES.resolve("settlement-ca/50034020328.txt");
        assumeThat(Files.isRegularFile(file)).as("shared sample present").isTrue();
        SellerAccount account = fixtures.account(Marketplace.CA);

        ImportResult result = fixtures.importFile(account, file, "50034020328.txt", ImportOptions.strict("test"));

        assertThat(result.status()).isEqualTo("IMPORTED");
        Settlement settlement =
                settlements.settlement(account.id(), "24288684721").orElseThrow();
        assertThat(settlement.totalAmount()).isEqualByComparingTo("1016.08");
        assertThat(settlement.marketplaceNames()).contains("Amazon.ca", "Non-Amazon CA");
        assertThat(settlements.lines(account.id(), "24288684721"))
                .filteredOn(l -> "ShipmentFees".equals(l.amountType()))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.amountDescription()).isEqualTo("FBA transportation fee");
                    assertThat(l.amount()).isEqualByComparingTo("-7.88");
                    assertThat(l.marketplace()).isNull();
                    assertThat(l.marketplaceName()).isEqualTo("Non-Amazon CA");
                });
    }

    @Test
    void theAirbyteWideSampleIsRecognisedAndRead() {
        Path file = FinanceFixtures.SAMPLES.resolve("airbyte/GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE.csv");
        assumeThat(Files.isRegularFile(file)).as("shared sample present").isTrue();
        SellerAccount account = fixtures.account(Marketplace.US);

        ImportResult result = fixtures.importFile(
                account, file, "GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE.csv", ImportOptions.strict("test"));

        assertThat(result.type()).isEqualTo("finance.settlement-wide");
        assertThat(result.status()).isEqualTo("IMPORTED");
        Settlement settlement =
                settlements.settlement(account.id(), "12345678901").orElseThrow();
        assertThat(settlement.startsAt()).isEqualTo(Instant.parse("2023-01-01T00:00:00Z"));
        assertThat(settlements.lines(account.id(), "12345678901"))
                .extracting(SettlementLine::amountDescription, SettlementLine::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Principal", new BigDecimal("19.99")),
                        org.assertj.core.groups.Tuple.tuple("FBAPerUnitFulfillmentFee", new BigDecimal("-3.22")));
    }
}
