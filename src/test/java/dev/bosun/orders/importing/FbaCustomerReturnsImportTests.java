package dev.bosun.orders.importing;

import static dev.bosun.testing.ImportFixture.importOne;
import static dev.bosun.testing.ImportFixture.lenient;
import static dev.bosun.testing.ImportFixture.strict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.orders.CustomerReturn;
import dev.bosun.orders.ReasonGroup;
import dev.bosun.orders.Returns;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.ImportFixture;
import dev.bosun.testing.TestDatabase;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@BosunTest
class FbaCustomerReturnsImportTests {

    private static final String HEADER = "return-date\torder-id\tsku\tasin\tfnsku\tproduct-name\tquantity\t"
            + "fulfillment-center-id\tdetailed-disposition\treason\tstatus\tlicense-plate-number\tcustomer-comments\n";

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

    @Test
    void importsEveryReturnedUnitWithItsTypedValues() {
        long account = account(Marketplace.US);

        ImportResult result = importOne(
                imports, account, ImportFixture.resource(dir, "reports/orders/fba-customer-returns.tsv"), strict());

        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("orders.fba-customer-returns");
        assertThat(result.rows()).isEqualTo(4);
        assertThat(result.inserted()).isEqualTo(4);
        assertThat(result.marketplaces()).containsExactly("US");
        assertThat(result.periodFrom()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(result.periodTo()).isEqualTo(LocalDate.of(2026, 9, 15)); // 02:30 UTC on the 16th is the 15th in LA

        CustomerReturn first =
                returns.customerReturnsOf(account, "113-1234567-1234567").get(0);
        assertThat(first.returnedAt()).isEqualTo(Instant.parse("2026-09-14T07:03:57Z"));
        assertThat(first.sku()).isEqualTo("XMO-950-BLK");
        assertThat(first.asin()).isEqualTo("B0C7T31F7Q");
        assertThat(first.fnsku()).isEqualTo("X001ABCDEF");
        assertThat(first.productName()).isEqualTo("XMO Air Purifier 950, black");
        assertThat(first.quantity()).isEqualTo(1);
        assertThat(first.fulfillmentCenterId()).isEqualTo("PHX7");
        assertThat(first.detailedDisposition()).isEqualTo("SELLABLE");
        assertThat(first.status()).isEqualTo("Unit returned to inventory");
        assertThat(first.licensePlateNumber()).isEqualTo("LPNRR1234567890");
        assertThat(first.customerComments()).isEqualTo("Bought two by mistake");
        assertThat(first.marketplace()).isEqualTo(Marketplace.US);
        assertThat(first.reason().code()).isEqualTo("UNWANTED_ITEM");
        assertThat(first.reason().group()).isEqualTo(ReasonGroup.UNWANTED);

        List<CustomerReturn> pans = returns.customerReturnsOf(account, "113-7654321-7654321");
        assertThat(pans)
                .extracting(CustomerReturn::licensePlateNumber)
                .containsExactly("LPNRR1234567891", "LPNRR1234567892");
        assertThat(pans.get(0).productName()).isEqualTo("Cast iron pan 12\" with lid");
        assertThat(pans.get(0).customerComments()).isEqualTo("Handle came loose after \"two\" uses");
        assertThat(pans.get(0).reason().label()).isEqualTo("Item defective or does not work");
        assertThat(pans.get(1).customerComments()).isNull();

        CustomerReturn withoutLpn =
                returns.customerReturnsOf(account, "114-0000000-0000001").get(0);
        assertThat(withoutLpn.licensePlateNumber()).isNull();
        assertThat(withoutLpn.quantity()).isEqualTo(2);
        assertThat(withoutLpn.reason().code()).isEqualTo("AMZ-PG-NEW-CODE");
        assertThat(withoutLpn.reason().known()).isFalse();

        Map<ReasonGroup, Long> byGroup = returns.returnedUnitsByGroup(
                account, Instant.parse("2026-09-01T00:00:00Z"), Instant.parse("2026-10-01T00:00:00Z"));
        assertThat(byGroup)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        ReasonGroup.UNWANTED,
                        1L,
                        ReasonGroup.QUALITY,
                        1L,
                        ReasonGroup.SIZE,
                        1L,
                        ReasonGroup.OTHER,
                        2L));
    }

    @Test
    void readsAWindows1252FileOfAnEuropeanAccount() throws Exception {
        long account = account(Marketplace.DE);
        String text = HEADER
                + "2026-10-02T09:15:00+00:00\t302-1111111-2222222\tKM-200\tB0D1KM2000\tX002KM2000\tKaffeemühle Edelstahl\t1"
                + "\tLEJ1\tDEFECTIVE\tQUALITY_UNACCEPTABLE\tUnit returned to inventory\tLPNRR9000000001"
                + "\tMahlwerk klemmt – für 49,99 € enttäuschend\n";
        Path file = ImportFixture.write(dir, "returns-de.txt", text.getBytes(Charset.forName("windows-1252")));

        ImportResult result = importOne(imports, account, file, strict());

        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.marketplaces()).containsExactly("DE");
        CustomerReturn unit =
                returns.customerReturnsOf(account, "302-1111111-2222222").get(0);
        assertThat(unit.productName()).isEqualTo("Kaffeemühle Edelstahl");
        assertThat(unit.customerComments()).isEqualTo("Mahlwerk klemmt – für 49,99 € enttäuschend");
        assertThat(unit.reason().group()).isEqualTo(ReasonGroup.QUALITY);
        assertThat(unit.marketplace()).isEqualTo(Marketplace.DE);
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        long account = account(Marketplace.US);
        Path file = ImportFixture.resource(dir, "reports/orders/fba-customer-returns.tsv");

        importOne(imports, account, file, strict());
        ImportResult again = importOne(imports, account, file, strict());

        assertThat(again.status()).isEqualTo("IMPORTED");
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(stored(account)).isEqualTo(4);
    }

    @Test
    void aLaterReportRestatesAUnitWithoutDoublingIt() {
        long account = account(Marketplace.US);
        importOne(imports, account, ImportFixture.resource(dir, "reports/orders/fba-customer-returns.tsv"), strict());
        Path later = ImportFixture.write(
                dir,
                "returns-later.tsv",
                HEADER
                        + "2026-09-15T18:22:10+00:00\t113-7654321-7654321\tPAN-12-CI\tB0C7T31F8R\tX001ABCDEG"
                        + "\tCast iron pan 12\" with lid\t1\tONT8\tDEFECTIVE\tDEFECTIVE\tRepackaged Successfully"
                        + "\tLPNRR1234567891\tHandle came loose after \"two\" uses\n"
                        + "2026-09-20T10:00:00+00:00\t115-0000000-0000002\tXMO-950-BLK\tB0C7T31F7Q\tX001ABCDEF"
                        + "\tXMO Air Purifier 950, black\t1\tPHX7\tCARRIER_DAMAGED\tDAMAGED_BY_CARRIER"
                        + "\tReimbursed\tLPNRR1234567899\t\n");

        ImportResult result = importOne(imports, account, later, strict());

        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.inserted()).isEqualTo(1);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(stored(account)).isEqualTo(5);
        CustomerReturn restated =
                returns.customerReturnsOf(account, "113-7654321-7654321").get(0);
        assertThat(restated.detailedDisposition()).isEqualTo("DEFECTIVE");
        assertThat(restated.status()).isEqualTo("Repackaged Successfully");
    }

    @Test
    void aBadRowRefusesTheFileUnlessLenient() {
        long account = account(Marketplace.US);
        Path file = ImportFixture.write(
                dir,
                "returns-bad.tsv",
                HEADER
                        + "2026-09-14T07:03:57+00:00\t113-1234567-1234567\tXMO-950-BLK\tB0C7T31F7Q\tX001ABCDEF"
                        + "\tXMO Air Purifier 950\t1\tPHX7\tSELLABLE\tUNWANTED_ITEM\tUnit returned to inventory"
                        + "\tLPNRR1234567890\t\n"
                        + "2026-09-15T18:22:10+00:00\t113-7654321-7654321\tPAN-12-CI\tB0C7T31F8R\tX001ABCDEG"
                        + "\tCast iron pan\tabc\tONT8\tSELLABLE\tDEFECTIVE\tReimbursed\tLPNRR1234567891\t\n"
                        + "yesterday\t113-7654321-7654322\tPAN-12-CI\tB0C7T31F8R\tX001ABCDEG"
                        + "\tCast iron pan\t1\tONT8\tSELLABLE\tDEFECTIVE\tReimbursed\tLPNRR1234567893\t\n");

        ImportResult refused = importOne(imports, account, file, strict());

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(refused.rejected()).isEqualTo(2);
        assertThat(refused.problems())
                .extracting(p -> p.describe("returns-bad.tsv"))
                .containsExactly(
                        "returns-bad.tsv:3:7: (quantity) expected a whole number, found \"abc\"",
                        "returns-bad.tsv:4:1: (return-date) expected a date and time such as"
                                + " 2026-11-25T08:04:21+00:00 or 2026-11-25 08:04:21 UTC, found \"yesterday\"");
        assertThat(stored(account)).isZero();

        ImportResult partial = importOne(imports, account, file, lenient());

        assertThat(partial.status()).isEqualTo("PARTIAL");
        assertThat(partial.inserted()).isEqualTo(1);
        assertThat(partial.rejected()).isEqualTo(2);
        assertThat(stored(account)).isEqualTo(1);
        assertThat(returns.customerReturnsOf(account, "113-1234567-1234567")).hasSize(1);
    }

    @Test
    void theAirbyteSampleIsRecognisedAndItsHeaderEchoRowsRefused() {
        Path sample = ImportFixture.sample("airbyte/GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA.csv");
        long account = account(Marketplace.US);

        ImportResult result = importOne(imports, account, sample, strict());

        assertThat(result.type()).isEqualTo("orders.fba-customer-returns");
        // the synthetic sample repeats its header line as data: those rows are not returns
        assertThat(result.status()).isEqualTo("REJECTED");
        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.problems().get(0).line()).isEqualTo(2);
        assertThat(result.problems().get(0).columnName()).isEqualTo("return-date");
        assertThat(stored(account)).isZero();
    }

    @Test
    void onlyThisLayoutFitsTheReportsHeaders() throws Exception {
        String header = Files.readAllLines(ImportFixture.resource(dir, "reports/orders/fba-customer-returns.tsv"))
                .get(0);

        assertThat(ImportFixture.layoutsSatisfiedBy(imports, List.of(header.split("\t"))))
                .containsExactly("orders.fba-customer-returns");
    }

    private long account(Marketplace marketplace) {
        return directory
                .create(directory.defaultOrganisation(), TestDatabase.unique("Acme"), List.of(marketplace), null)
                .id();
    }

    private long stored(long account) {
        return jdbc.queryForObject(
                "select count(*) from fba_customer_returns where account_id = ?", Long.class, account);
    }
}
