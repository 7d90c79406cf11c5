package dev.bosun.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.finance.domain.StatedCurrency;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Seller Central Date Range (transaction) report: a preamble of quoted description lines, then a comma
 * separated header and rows with {@code Dec 1, 2019 12:07:47 AM PST} times.
 */
@BosunTest
class DateRangeTransactionImportTests {

    static final String PREAMBLE = """
            "Includes Amazon Marketplace, Fulfillment by Amazon (FBA), and Amazon Webstore transactions"
            "All amounts in %s, unless specified"
            "Definitions:"
            "Sales tax collected: Includes sales tax collected from buyers for product sales, shipping, and gift wrap."
            "Selling fees: Includes variable closing fees and referral fees."
            "Other transaction fees: Includes shipping chargebacks, shipping holdbacks, per-item fees  and sales tax collection fees."
            "Other: Includes non-order transaction amounts. For more details, see the ""Type"" and ""Description"" columns for each order ID."
            """;
    static final String HEADER = "\"date/time\",\"settlement id\",\"type\",\"order id\",\"sku\",\"description\","
            + "\"quantity\",\"marketplace\",\"fulfillment\",\"order city\",\"order state\",\"order postal\","
            + "\"tax collection model\",\"product sales\",\"product sales tax\",\"shipping credits\","
            + "\"shipping credits tax\",\"gift wrap credits\",\"giftwrap credits tax\",\"Regulatory Fee\","
            + "\"Tax On Regulatory Fee\",\"promotional rebates\",\"promotional rebates tax\","
            + "\"marketplace withheld tax\",\"selling fees\",\"fba fees\",\"other transaction fees\",\"other\",\"total\"\n";
    static final String ORDER = "\"Dec 1, 2019 12:07:47 AM PST\",\"12447169531\",\"Order\",\"113-0688349-7048213\","
            + "\"PF-EV1C-1R5B\",\"Flag Football Set, 10 Man Set\",\"1\",\"amazon.com\",\"Amazon\",\"Milford\",\"DE\","
            + "\"19963\",\"\",\"26.5\",\"0\",\"0\",\"0\",\"0\",\"0\",\"0\",\"0\",\"-0.27\",\"0\",\"0\",\"-3.93\","
            + "\"-5.26\",\"0\",\"0\",\"17.04\"\n";
    static final String FEE = "\"Dec 3, 2019 3:04:05 PM PST\",\"12447169531\",\"Service Fee\",\"\",\"\","
            + "\"Cost of Advertising\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"0\",\"0\",\"0\",\"0\",\"0\",\"0\",\"0\","
            + "\"0\",\"0\",\"0\",\"0\",\"0\",\"0\",\"0\",\"-1,234.56\",\"-1,234.56\"\n";
    static final String REFUND = "\"Dec 15, 2019 11:59:59 PM PST\",\"12447169531\",\"Refund\",\"113-0688349-7048213\","
            + "\"PF-EV1C-1R5B\",\"Flag Football Set, 10 Man Set\",\"1\",\"amazon.com\",\"Amazon\",\"Milford\",\"DE\","
            + "\"19963\",\"\",\"-26.5\",\"0\",\"0\",\"0\",\"0\",\"0\",\"0\",\"0\",\"0.27\",\"0\",\"0\",\"3.13\","
            + "\"0\",\"0\",\"0\",\"-23.10\"\n";
    static final String TRANSFER = "\"Dec 16, 2019 8:00:00 AM PST\",\"12447169531\",\"Transfer\",\"\",\"\","
            + "\"To account ending in: 4417\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"0\",\"0\",\"0\",\"0\",\"0\",\"0\","
            + "\"0\",\"0\",\"0\",\"0\",\"0\",\"0\",\"0\",\"0\",\"-500\",\"-500\"\n";

    @Autowired
    AccountDirectory directory;

    @Autowired
    ReportImports imports;

    @Autowired
    PaymentTransactions transactions;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    FinanceFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new FinanceFixtures(directory, imports, jdbc, folder);
    }

    static String report(String currency, String... rows) {
        return "\uFEFF" + PREAMBLE.formatted(currency) + HEADER + String.join("", rows);
    }

    private List<PaymentTransaction> all(SellerAccount account) {
        return transactions.postedBetween(
                account.id(), Instant.parse("2019-01-01T00:00:00Z"), Instant.parse("2021-01-01T00:00:00Z"));
    }

    @Test
    void readsTheUsReportAfterItsPreamble() {
        SellerAccount account = fixtures.account(Marketplace.US);

        ImportResult result = fixtures.importText(
                account, "2019DecMonthlyTransaction.csv", report("USD", ORDER, FEE, REFUND, TRANSFER));

        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("finance.transactions-date-range");
        assertThat(result.rows()).isEqualTo(4);
        assertThat(result.inserted()).isEqualTo(4);
        assertThat(result.marketplaces()).containsExactly("US");
        assertThat(result.periodFrom()).isEqualTo(LocalDate.of(2019, 12, 1));
        assertThat(result.periodTo()).isEqualTo(LocalDate.of(2019, 12, 16));
        List<PaymentTransaction> rows = all(account);
        assertThat(rows)
                .extracting(PaymentTransaction::type)
                .containsExactly("Order", "Service Fee", "Refund", "Transfer");
        PaymentTransaction order = rows.get(0);
        assertThat(order.postedAt()).isEqualTo(Instant.parse("2019-12-01T08:07:47Z"));
        assertThat(order.settlementId()).isEqualTo("12447169531");
        assertThat(order.orderId()).isEqualTo("113-0688349-7048213");
        assertThat(order.sku()).isEqualTo("PF-EV1C-1R5B");
        assertThat(order.description()).isEqualTo("Flag Football Set, 10 Man Set");
        assertThat(order.quantity()).isEqualTo(1);
        assertThat(order.marketplace()).isEqualTo(Marketplace.US);
        assertThat(order.marketplaceName()).isEqualTo("amazon.com");
        assertThat(order.fulfillment()).isEqualTo("Amazon");
        assertThat(order.orderCity()).isEqualTo("Milford");
        assertThat(order.orderPostal()).isEqualTo("19963");
        assertThat(order.taxCollectionModel()).isNull();
        assertThat(order.currency()).isEqualTo("USD");
        assertThat(order.amounts().productSales()).isEqualByComparingTo("26.50");
        assertThat(order.amounts().promotionalRebates()).isEqualByComparingTo("-0.27");
        assertThat(order.amounts().sellingFees()).isEqualByComparingTo("-3.93");
        assertThat(order.amounts().fbaFees()).isEqualByComparingTo("-5.26");
        assertThat(order.amounts().regulatoryFee()).isEqualByComparingTo("0");
        assertThat(order.total()).isEqualByComparingTo("17.04");
        assertThat(order.occurrence()).isEqualTo(1);
        PaymentTransaction fee = rows.get(1);
        assertThat(fee.postedAt()).isEqualTo(Instant.parse("2019-12-03T23:04:05Z"));
        assertThat(fee.orderId()).isEmpty();
        assertThat(fee.marketplace()).isEqualTo(Marketplace.US);
        assertThat(fee.marketplaceName()).isNull();
        assertThat(fee.amounts().other()).isEqualByComparingTo("-1234.56");
        assertThat(fee.total()).isEqualByComparingTo("-1234.56");
        assertThat(rows.get(2).postedAt()).isEqualTo(Instant.parse("2019-12-16T07:59:59Z"));
    }

    @Test
    void theCurrencyComesFromThePreambleElseFromTheMarketplace() {
        SellerAccount account = fixtures.account(Marketplace.US, Marketplace.CA);
        String canadian = ORDER.replace("amazon.com", "amazon.ca");

        fixtures.importText(account, "ca-statement-in-usd.csv", report("USD", canadian));
        assertThat(all(account)).extracting(PaymentTransaction::currency).containsExactly("USD");
        assertThat(all(account)).extracting(PaymentTransaction::marketplace).containsExactly(Marketplace.CA);

        SellerAccount other = fixtures.account(Marketplace.US, Marketplace.CA);
        ImportResult noPreamble = fixtures.importText(other, "no-preamble.csv", HEADER + canadian);
        assertThat(noPreamble.status()).isEqualTo("IMPORTED");
        assertThat(all(other)).extracting(PaymentTransaction::currency).containsExactly("CAD");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            All amounts in USD, unless specified                                     | USD
            All amounts in GBP, unless specified                                     | GBP
            Alle Beträge in Euro sofern nicht anders gekennzeichnet                  | EUR
            Tous les montants sont en EUR, sauf mention contraire.                   | EUR
            指定のない場合、単位は円                                                    | JPY
            Definitions:                                                             | ''
            """)
    void readsTheStatedCurrency(String line, String expected) {
        assertThat(StatedCurrency.in(List.of("Includes Amazon Marketplace", line))
                        .orElse(""))
                .isEqualTo(expected);
    }

    @Test
    void overlappingDownloadsAndTrueDuplicatesNeverDouble() {
        SellerAccount account = fixtures.account(Marketplace.US);
        ImportResult first = fixtures.importText(account, "dec-1-15.csv", report("USD", ORDER, FEE, FEE, REFUND));
        assertThat(first.inserted()).isEqualTo(4);
        assertThat(all(account))
                .filteredOn(t -> t.type().equals("Service Fee"))
                .extracting(PaymentTransaction::occurrence)
                .containsExactly(1, 2);

        ImportResult same = fixtures.importText(account, "dec-1-15.csv", report("USD", ORDER, FEE, FEE, REFUND));
        assertThat(same.inserted()).isZero();
        assertThat(same.updated()).isZero();
        assertThat(same.unchanged()).isEqualTo(4);

        ImportResult overlap = fixtures.importText(
                account, "dec-10-31.csv", report("USD", REFUND.replace("Milford", "Milford Center"), TRANSFER));
        assertThat(overlap.inserted()).isEqualTo(1);
        assertThat(overlap.updated()).isEqualTo(1);
        List<PaymentTransaction> rows = all(account);
        assertThat(rows).hasSize(5);
        assertThat(rows)
                .filteredOn(t -> t.type().equals("Refund"))
                .extracting(PaymentTransaction::orderCity)
                .containsExactly("Milford Center");
    }

    @Test
    void aBadAmountIsRefusedWithItsLineInTheFileUnlessLenient() {
        SellerAccount account = fixtures.account(Marketplace.US);
        String text = report("USD", ORDER, FEE.replace("\"-1,234.56\",\"-1,234.56\"", "\"-1,234.56\",\"abc\""));

        ImportResult refused = fixtures.importText(account, "bad.csv", text);

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(refused.problems()).hasSize(1);
        assertThat(refused.problems().get(0).line()).isEqualTo(10);
        assertThat(refused.problems().get(0).columnName()).isEqualTo("total");
        assertThat(all(account)).isEmpty();

        ImportResult partial = fixtures.importText(account, "bad.csv", text, FinanceFixtures.lenient());

        assertThat(partial.status()).isEqualTo("PARTIAL");
        assertThat(partial.rejected()).isEqualTo(1);
        assertThat(all(account)).extracting(PaymentTransaction::type).containsExactly("Order");
    }

    @Test
    void aFileWithoutTheHeaderRowIsRefusedNamingTheClosestReport() {
        SellerAccount account = fixtures.account(Marketplace.US);
        String truncated = HEADER.replace("\"settlement id\",", "").replace("\"sku\",", "");

        ImportResult refused = fixtures.importText(account, "cut.csv", PREAMBLE.formatted("USD") + truncated + ORDER);

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(refused.problems().get(0).message())
                .contains("not a report Bosun recognises")
                .contains("Date Range transactions")
                .contains("'settlement id', 'sku'")
                .contains("within its first 31 lines");
    }

    @Test
    void aBatchCanBeDeleted() {
        SellerAccount account = fixtures.account(Marketplace.US);
        ImportResult result = fixtures.importText(account, "dec.csv", report("USD", ORDER, TRANSFER));

        assertThat(imports.deleteBatch(account.id(), result.batchId())).contains(2L);
        assertThat(all(account)).isEmpty();
    }
}
