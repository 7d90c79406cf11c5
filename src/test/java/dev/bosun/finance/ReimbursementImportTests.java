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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The FBA reimbursements report, read into one row per reimbursement row. */
@BosunTest
class ReimbursementImportTests {

    static final List<String> HEADER = List.of(
            "approval-date",
            "reimbursement-id",
            "case-id",
            "amazon-order-id",
            "reason",
            "sku",
            "fnsku",
            "asin",
            "product-name",
            "condition",
            "currency-unit",
            "amount-per-unit",
            "amount-total",
            "quantity-reimbursed-cash",
            "quantity-reimbursed-inventory",
            "quantity-reimbursed-total",
            "original-reimbursement-id",
            "original-reimbursement-type");

    @Autowired
    AccountDirectory directory;

    @Autowired
    ReportImports imports;

    @Autowired
    Reimbursements reimbursements;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    FinanceFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new FinanceFixtures(directory, imports, jdbc, folder);
    }

    static String report(String lidTotal) {
        return Tsv.withHeader(HEADER)
                .row(
                        "approval-date", "2026-10-05T14:00:00+00:00",
                        "reimbursement-id", "5813749202",
                        "case-id", "",
                        "reason", "Lost_Warehouse",
                        "sku", "BOTTLE-750-BLK",
                        "fnsku", "X001ABCDEF",
                        "asin", "B0C1234567",
                        "product-name", "Insulated bottle, 750 ml, black",
                        "condition", "NewItem",
                        "currency-unit", "USD",
                        "amount-per-unit", "14.20",
                        "amount-total", "28.40",
                        "quantity-reimbursed-cash", "2",
                        "quantity-reimbursed-inventory", "0",
                        "quantity-reimbursed-total", "2")
                .row(
                        "approval-date", "2026-10-05T14:00:00+00:00",
                        "reimbursement-id", "5813749202",
                        "reason", "Lost_Warehouse",
                        "sku", "LID-SPARE",
                        "fnsku", "X001GHIJKL",
                        "asin", "B0C7654321",
                        "condition", "NewItem",
                        "currency-unit", "USD",
                        "amount-per-unit", "3.10",
                        "amount-total", lidTotal,
                        "quantity-reimbursed-cash", "1",
                        "quantity-reimbursed-inventory", "0",
                        "quantity-reimbursed-total", "1")
                .row(
                        "approval-date", "2026-10-07T09:30:00+00:00",
                        "reimbursement-id", "5813790011",
                        "case-id", "14583920471",
                        "amazon-order-id", "111-2222222-3333333",
                        "reason", "CustomerReturn",
                        "sku", "BOTTLE-750-BLK",
                        "condition", "NewItem",
                        "currency-unit", "USD",
                        "amount-per-unit", "0.00",
                        "amount-total", "0.00",
                        "quantity-reimbursed-cash", "0",
                        "quantity-reimbursed-inventory", "1",
                        "quantity-reimbursed-total", "1",
                        "original-reimbursement-id", "5790011822",
                        "original-reimbursement-type", "Reimbursement_Reversal")
                .text();
    }

    @Test
    void readsEachRowNumberedWithinItsReimbursement() {
        SellerAccount account = fixtures.account(Marketplace.US);

        ImportResult result = fixtures.importText(account, "reimbursements.txt", report("3.10"));

        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("finance.fba-reimbursements");
        assertThat(result.inserted()).isEqualTo(3);
        assertThat(result.periodFrom()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(result.periodTo()).isEqualTo(LocalDate.of(2026, 10, 7));
        List<Reimbursement> lost = reimbursements.reimbursement(account.id(), "5813749202");
        assertThat(lost).extracting(Reimbursement::lineNo).containsExactly(1, 2);
        assertThat(lost).extracting(Reimbursement::sku).containsExactly("BOTTLE-750-BLK", "LID-SPARE");
        Reimbursement bottles = lost.get(0);
        assertThat(bottles.approvedAt()).isEqualTo(Instant.parse("2026-10-05T14:00:00Z"));
        assertThat(bottles.reason()).isEqualTo("Lost_Warehouse");
        assertThat(bottles.caseId()).isNull();
        assertThat(bottles.currency()).isEqualTo("USD");
        assertThat(bottles.amountPerUnit()).isEqualByComparingTo("14.20");
        assertThat(bottles.amountTotal()).isEqualByComparingTo("28.40");
        assertThat(bottles.quantityCash()).isEqualTo(2);
        assertThat(bottles.quantityTotal()).isEqualTo(2);
        assertThat(bottles.marketplace()).isEqualTo(Marketplace.US);
        Reimbursement returned =
                reimbursements.reimbursement(account.id(), "5813790011").get(0);
        assertThat(returned.amazonOrderId()).isEqualTo("111-2222222-3333333");
        assertThat(returned.quantityInventory()).isEqualTo(1);
        assertThat(returned.originalReimbursementType()).isEqualTo("Reimbursement_Reversal");
        assertThat(reimbursements.approvedBetween(
                        account.id(), Instant.parse("2026-10-06T00:00:00Z"), Instant.parse("2026-10-08T00:00:00Z")))
                .extracting(Reimbursement::reimbursementId)
                .containsExactly("5813790011");
    }

    @Test
    void importingAgainChangesNothingAndARestatedRowIsUpdated() {
        SellerAccount account = fixtures.account(Marketplace.US);
        fixtures.importText(account, "reimbursements.txt", report("3.10"));

        ImportResult again = fixtures.importText(account, "reimbursements.txt", report("3.10"));
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();

        ImportResult restated = fixtures.importText(account, "reimbursements-2.txt", report("3.25"));
        assertThat(restated.inserted()).isZero();
        assertThat(restated.updated()).isEqualTo(1);
        assertThat(reimbursements.reimbursement(account.id(), "5813749202"))
                .extracting(r -> r.amountTotal().toPlainString())
                .containsExactly("28.40", "3.25");
    }

    @Test
    void aBadAmountRefusesTheFileUnlessLenient() {
        SellerAccount account = fixtures.account(Marketplace.US);
        String text = report("abc");

        ImportResult refused = fixtures.importText(account, "reimbursements.txt", text);

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(refused.problems().get(0).line()).isEqualTo(3);
        assertThat(refused.problems().get(0).columnName()).isEqualTo("amount-total");
        assertThat(reimbursements.reimbursement(account.id(), "5813749202")).isEmpty();

        ImportResult partial = fixtures.importText(account, "reimbursements.txt", text, FinanceFixtures.lenient());

        assertThat(partial.status()).isEqualTo("PARTIAL");
        assertThat(reimbursements.reimbursement(account.id(), "5813749202"))
                .extracting(Reimbursement::lineNo)
                .containsExactly(1);
        assertThat(reimbursements.reimbursement(account.id(), "5813790011")).hasSize(1);
    }

    @Test
    void theAirbyteSampleIsRecognised() {
        Path file = FinanceFixtures.SAMPLES.resolve("airbyte/GET_FBA_REIMBURSEMENTS_DATA.csv");
        assumeThat(Files.isRegularFile(file)).as("shared sample present").isTrue();
        SellerAccount account = fixtures.account(Marketplace.US);

        ImportResult result =
                fixtures.importFile(account, file, "GET_FBA_REIMBURSEMENTS_DATA.csv", ImportOptions.strict("test"));

        // the sample repeats its header line instead of holding data rows
        assertThat(result.type()).isEqualTo("finance.fba-reimbursements");
        assertThat(result.rows()).isEqualTo(2);
    }
}
