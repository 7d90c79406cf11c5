package dev.bosun.orders.importing;

import static dev.bosun.testing.ImportFixture.importOne;
import static dev.bosun.testing.ImportFixture.lenient;
import static dev.bosun.testing.ImportFixture.strict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.orders.MerchantReturn;
import dev.bosun.orders.ReasonGroup;
import dev.bosun.orders.Returns;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.ImportFixture;
import dev.bosun.testing.TestDatabase;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@BosunTest
class MerchantReturnsImportTests {

    private static final String FIXTURE = "reports/orders/merchant-returns.tsv";

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Returns returns;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    String header;

    @BeforeEach
    void readHeader() throws Exception {
        header = Files.readAllLines(ImportFixture.resource(dir, FIXTURE)).get(0) + "\n";
    }

    @Test
    void importsReturnRequestsWithTheirTypedValues() {
        long account = account(Marketplace.US);

        ImportResult result = importOne(imports, account, ImportFixture.resource(dir, FIXTURE), strict());

        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("orders.merchant-returns");
        assertThat(result.inserted()).isEqualTo(2);
        assertThat(result.marketplaces()).containsExactly("US");
        assertThat(result.periodFrom()).isEqualTo(LocalDate.of(2026, 9, 20));
        assertThat(result.periodTo()).isEqualTo(LocalDate.of(2026, 9, 21));

        MerchantReturn purifier =
                returns.merchantReturnsOf(account, "113-2345678-1234567").get(0);
        assertThat(purifier.orderDate()).isEqualTo(LocalDate.of(2026, 9, 12));
        assertThat(purifier.returnRequestedOn()).isEqualTo(LocalDate.of(2026, 9, 20));
        assertThat(purifier.returnDeliveredOn()).isEqualTo(LocalDate.of(2026, 9, 26));
        assertThat(purifier.returnRequestStatus()).isEqualTo("Approved");
        assertThat(purifier.amazonRmaId()).isEqualTo("DkT3pQx9RRMA");
        assertThat(purifier.merchantRmaId()).isNull();
        assertThat(purifier.labelType()).isEqualTo("AmazonUnPaidLabel");
        assertThat(purifier.labelCost()).isEqualByComparingTo("0.00");
        assertThat(purifier.currency()).isEqualTo("USD");
        assertThat(purifier.labelPaidBy()).isEqualTo("Customer");
        assertThat(purifier.aToZClaim()).isFalse();
        assertThat(purifier.prime()).isTrue();
        assertThat(purifier.inPolicy()).isTrue();
        assertThat(purifier.merchantSku()).isEqualTo("XMO-950-BLK");
        assertThat(purifier.itemName()).isEqualTo("XMO Air Purifier 950, black");
        assertThat(purifier.returnQuantity()).isEqualTo(1);
        assertThat(purifier.reason().code()).isEqualTo("CR-DEFECTIVE");
        assertThat(purifier.reason().group()).isEqualTo(ReasonGroup.QUALITY);
        assertThat(purifier.orderAmount()).isEqualTo(new BigDecimal("129.99"));
        assertThat(purifier.refundedAmount()).isEqualTo(new BigDecimal("129.99"));
        assertThat(purifier.safetClaimId()).isNull();
        assertThat(purifier.marketplace()).isEqualTo(Marketplace.US);

        MerchantReturn pan =
                returns.merchantReturnsOf(account, "114-3456789-2345678").get(0);
        assertThat(pan.orderDate()).isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(pan.returnRequestedOn()).isEqualTo(LocalDate.of(2026, 9, 21));
        assertThat(pan.merchantRmaId()).isEqualTo("MR-0042");
        assertThat(pan.labelCost()).isEqualTo(new BigDecimal("7.25"));
        assertThat(pan.aToZClaim()).isTrue();
        assertThat(pan.prime()).isFalse();
        assertThat(pan.inPolicy()).isFalse();
        assertThat(pan.itemName()).isEqualTo("Cast iron pan 12\" with lid");
        assertThat(pan.returnQuantity()).isEqualTo(2);
        assertThat(pan.orderQuantity()).isEqualTo(2);
        assertThat(pan.reason().group()).isEqualTo(ReasonGroup.NOT_AS_DESCRIBED);
        assertThat(pan.invoiceNumber()).isEqualTo("INV-2026-0917");
        assertThat(pan.safetActionReason()).isEqualTo("Item returned damaged");
        assertThat(pan.safetClaimId()).isEqualTo("1234-5678-9012");
        assertThat(pan.safetClaimState()).isEqualTo("Approved");
        assertThat(pan.safetClaimCreatedAt()).isEqualTo(Instant.parse("2026-10-01T12:00:00Z"));
        assertThat(pan.safetReimbursementAmount()).isEqualTo(new BigDecimal("45.50"));
        assertThat(pan.refundedAmount()).isEqualTo(new BigDecimal("59.90"));
    }

    @Test
    void readsAWindows1252FileWithDecimalCommasOfAGermanAccount() {
        long account = account(Marketplace.DE);
        String row = String.join(
                "\t",
                "302-9876543-1111111",
                "02-Oct-2026",
                "09-Oct-2026",
                "Approved",
                "Hn4RtY7wRRMA",
                "",
                "AmazonPrePaidLabel",
                "3,10",
                "",
                "DHL",
                "00340434161234567890",
                "Seller",
                "N",
                "N",
                "B0D1KM2000",
                "KM-200",
                "Kaffeemühle Edelstahl",
                "1",
                "CR-UNWANTED_ITEM",
                "Y",
                "C-Returns",
                "StandardRefund",
                "",
                "",
                "1.249,00",
                "1",
                "",
                "",
                "",
                "",
                "",
                "");
        Path file = ImportFixture.write(
                dir, "returns-de.txt", (header + row + "\n").getBytes(Charset.forName("windows-1252")));

        ImportResult result = importOne(imports, account, file, strict());

        assertThat(result.status()).isEqualTo("IMPORTED");
        MerchantReturn grinder =
                returns.merchantReturnsOf(account, "302-9876543-1111111").get(0);
        assertThat(grinder.itemName()).isEqualTo("Kaffeemühle Edelstahl");
        assertThat(grinder.labelCost()).isEqualTo(new BigDecimal("3.10"));
        assertThat(grinder.orderAmount()).isEqualTo(new BigDecimal("1249.00"));
        assertThat(grinder.currency()).isEqualTo("EUR");
        assertThat(grinder.reason().group()).isEqualTo(ReasonGroup.UNWANTED);
        assertThat(grinder.returnDeliveredOn()).isNull();
        assertThat(grinder.refundedAmount()).isNull();
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        long account = account(Marketplace.US);
        Path file = ImportFixture.resource(dir, FIXTURE);

        importOne(imports, account, file, strict());
        ImportResult again = importOne(imports, account, file, strict());

        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(stored(account)).isEqualTo(2);
    }

    @Test
    void aLaterReportMovesTheRequestOnWithoutDoublingIt() throws Exception {
        long account = account(Marketplace.US);
        Path first = ImportFixture.resource(dir, FIXTURE);
        importOne(imports, account, first, strict());
        String original = Files.readAllLines(first).get(1);
        String delivered = original.replace("\tApproved\t", "\tClosed\t");
        assertThat(delivered).isNotEqualTo(original);
        String newRequest =
                original.replace("113-2345678-1234567", "113-2345678-9999999").replace("DkT3pQx9RRMA", "Zz9pQx9RRMA");
        Path later = ImportFixture.write(dir, "returns-later.tsv", header + delivered + "\n" + newRequest + "\n");

        ImportResult result = importOne(imports, account, later, strict());

        assertThat(result.inserted()).isEqualTo(1);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(stored(account)).isEqualTo(3);
        assertThat(returns.merchantReturnsOf(account, "113-2345678-1234567"))
                .singleElement()
                .extracting(MerchantReturn::returnRequestStatus)
                .isEqualTo("Closed");
    }

    @Test
    void aBadRowRefusesTheFileUnlessLenient() throws Exception {
        long account = account(Marketplace.US);
        List<String> lines = Files.readAllLines(ImportFixture.resource(dir, FIXTURE));
        String bad = lines.get(2).replace("\t7.25\t", "\tseven\t").replace("2026-09-21T12:44:17Z", "31-Sep-2026");
        Path file = ImportFixture.write(dir, "returns-bad.tsv", header + lines.get(1) + "\n" + bad + "\n");

        ImportResult refused = importOne(imports, account, file, strict());

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(refused.problems())
                .extracting(p -> p.describe("returns-bad.tsv"))
                .containsExactlyInAnyOrder(
                        "returns-bad.tsv:3:3: (Return request date) expected a date such as 20-Sep-2026 or"
                                + " 2026-09-20, found \"31-Sep-2026\"",
                        "returns-bad.tsv:3:8: (Label cost) expected an amount such as 12.99 or 12,99 €,"
                                + " found \"seven\"");
        assertThat(stored(account)).isZero();

        ImportResult partial = importOne(imports, account, file, lenient());

        assertThat(partial.status()).isEqualTo("PARTIAL");
        assertThat(partial.inserted()).isEqualTo(1);
        assertThat(stored(account)).isEqualTo(1);
    }

    @Test
    void theAirbyteSampleIsRecognisedAndItsHeaderEchoRowsRefused() {
        Path sample = ImportFixture.sample("airbyte/GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE.csv");
        long account = account(Marketplace.US);

        ImportResult result = importOne(imports, account, sample, strict());

        assertThat(result.type()).isEqualTo("orders.merchant-returns");
        assertThat(result.status()).isEqualTo("REJECTED");
        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.problems().get(0).line()).isEqualTo(2);
        assertThat(stored(account)).isZero();
    }

    @Test
    void onlyThisLayoutFitsTheReportsHeaders() {
        assertThat(ImportFixture.layoutsSatisfiedBy(
                        imports, List.of(header.strip().split("\t"))))
                .containsExactly("orders.merchant-returns");
    }

    private long account(Marketplace marketplace) {
        return directory
                .create(directory.defaultOrganisation(), TestDatabase.unique("Acme"), List.of(marketplace), null)
                .id();
    }

    private long stored(long account) {
        return jdbc.queryForObject("select count(*) from merchant_returns where account_id = ?", Long.class, account);
    }
}
