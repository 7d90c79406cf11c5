package dev.bosun.finance;

import static dev.bosun.testing.ReviewFixtures.file;
import static dev.bosun.testing.ReviewFixtures.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ReportImports;
import dev.bosun.finance.FinanceFixtures.Tsv;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.ReviewFixtures;
import dev.bosun.testing.TestDatabase;
import dev.bosun.workflow.ActionItem;
import dev.bosun.workflow.DailyReview;
import dev.bosun.workflow.ItemFilter;
import dev.bosun.workflow.LoggedOperation;
import dev.bosun.workflow.OperationFilter;
import dev.bosun.workflow.OperationsLog;
import dev.bosun.workflow.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Refunds without a returned unit and units lost or damaged in Amazon's warehouses, from imported settlements, FBA
 * customer returns, the inventory ledger summary and the reimbursements report: the review's items with Amazon's
 * claim windows, the claims they become, and how a later reimbursement closes a claim as reimbursed, a unit found
 * or returned drops it, and looking again changes nothing.
 */
@BosunTest
class ClaimsLedgerTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    static final DateTimeFormatter US_DAY = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DailyReview review;

    @Autowired
    Claims claims;

    @Autowired
    OperationsLog log;

    @Autowired
    dev.bosun.accounts.Team team;

    @TempDir
    Path dir;

    @Test
    void refundsWithoutReturnAndUnreimbursedLossesBecomeClaimsThatReimbursementsClose() {
        long account = directory
                .create(directory.defaultOrganisation(), TestDatabase.unique("Claims"), List.of(Marketplace.US), null)
                .id();
        FinanceFixtures files = new FinanceFixtures(directory, imports, jdbc, dir);
        var seller = directory.account(account).orElseThrow();
        // Refunds: R1 70 days ago (claimable), R2 70 days ago but returned, R3 50 days ago (claimable from day 60).
        Tsv settlement = settlementHeader("8800001", TODAY.minusDays(75), "-75.00");
        refund(settlement, "8800001", "111-R1", "MUG-1", TODAY.minusDays(70));
        refund(settlement, "8800001", "111-R2", "MUG-1", TODAY.minusDays(70));
        refund(settlement, "8800001", "111-R3", "MUG-1", TODAY.minusDays(50));
        assertThat(files.importText(seller, "settlement.txt", settlement.text()).rejected())
                .isZero();
        load(
                imports,
                account,
                file(
                        dir,
                        "returns.txt",
                        ReviewFixtures.RETURNS_HEADER
                                + ReviewFixtures.returnLine(
                                        TODAY.minusDays(60) + "T10:00:00+00:00",
                                        "111-R2",
                                        "MUG-1",
                                        "B0MUG00001",
                                        "DEFECTIVE",
                                        "LPN0001")),
                new ImportOptions(false, Marketplace.US, null, null, "test"));
        // Ledger: LOST-1 lost 2 units 50 days ago; LOST-2 lost one and found it; DMG-1 damaged one 54 days ago (6 days
        // left to claim);
        // NEW-1 lost one 20 days ago (Amazon may still reimburse it by itself).
        StringBuilder ledger = new StringBuilder(
                "Date\tFNSKU\tASIN\tMSKU\tTitle\tDisposition\tStartingWarehouseBalance\tFound\tLost\tDamaged"
                        + "\tEndingWarehouseBalance\tLocation\n");
        ledger.append(ledgerLine(TODAY.minusDays(50), "X00LOST001", "LOST-1", "SELLABLE", 0, -2, 0));
        ledger.append(ledgerLine(TODAY.minusDays(50), "X00LOST002", "LOST-2", "SELLABLE", 0, -1, 0));
        ledger.append(ledgerLine(TODAY.minusDays(40), "X00LOST002", "LOST-2", "SELLABLE", 1, 0, 0));
        ledger.append(ledgerLine(TODAY.minusDays(54), "X00DMG0001", "DMG-1", "SELLABLE", 0, 0, -1));
        ledger.append(ledgerLine(TODAY.minusDays(54), "X00DMG0001", "DMG-1", "UNSELLABLE", 0, 0, 1));
        ledger.append(ledgerLine(TODAY.minusDays(20), "X00NEW0001", "NEW-1", "SELLABLE", 0, -1, 0));
        load(imports, account, file(dir, "ledger.txt", ledger.toString()), ReviewFixtures.on(TODAY.minusDays(1)));

        review.run(account, TODAY);
        List<ActionItem> items = review.items(account, TODAY, ItemFilter.open()).stream()
                .filter(i -> i.ruleId().startsWith("finance."))
                .toList();
        assertThat(items)
                .extracting(ActionItem::ruleId, i -> i.subject().id(), ActionItem::severity)
                .containsExactlyInAnyOrder(
                        tuple("finance.refund-without-return", "111-R1", Severity.WARNING),
                        tuple("finance.refund-without-return", "111-R3", Severity.INFO),
                        tuple("finance.unreimbursed-loss", "LOST-1", Severity.WARNING),
                        tuple("finance.unreimbursed-loss", "DMG-1", Severity.CRITICAL));
        ActionItem r1 = items.stream()
                .filter(i -> i.subject().id().equals("111-R1"))
                .findFirst()
                .orElseThrow();
        assertThat(r1.atStake()).hasToString("25.00 USD");
        assertThat(review.text(r1, Locale.ENGLISH).title())
                .isEqualTo("111-R1: 1 unit(s) of MUG-1 refunded on " + TODAY.minusDays(70)
                        + " and not returned after 70 days");
        assertThat(review.text(r1, Locale.ENGLISH).action()).contains("by " + TODAY.plusDays(50));

        Claims.Detection found = claims.detect(account, TODAY);
        assertThat(found.added()).isEqualTo(4);
        assertThat(claims.ledger(account, List.of()))
                .extracting(Claim::kind, Claim::subject, Claim::status)
                .containsExactlyInAnyOrder(
                        tuple(ClaimKind.REFUND_WITHOUT_RETURN, "MUG-1", ClaimStatus.DETECTED),
                        tuple(ClaimKind.REFUND_WITHOUT_RETURN, "MUG-1", ClaimStatus.DETECTED),
                        tuple(ClaimKind.UNREIMBURSED_LOSS, "LOST-1", ClaimStatus.DETECTED),
                        tuple(ClaimKind.UNREIMBURSED_LOSS, "DMG-1", ClaimStatus.DETECTED));
        Claim lost = claim(account, ClaimKind.UNREIMBURSED_LOSS, "LOST-1");
        assertThat(lost.units()).isEqualTo(2);
        assertThat(lost.claimableUntil()).isEqualTo(TODAY.plusDays(10));
        assertThat(claims.text(lost))
                .startsWith("Subject: Inventory lost in a fulfilment centre – FNSKU X00LOST001 (SKU LOST-1)")
                .contains("2 unit(s) of FNSKU X00LOST001 lost at US on " + TODAY.minusDays(50));

        // Amazon pays R1 and LOST-1; R3's unit comes back.
        String reimbursements = String.join(
                        "\t",
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
                        "quantity-reimbursed-total")
                + "\n"
                + String.join(
                        "\t",
                        TODAY.minusDays(1) + "T09:00:00+00:00",
                        "R-0001",
                        "",
                        "111-R1",
                        "CustomerReturn",
                        "MUG-1",
                        "X00MUG0001",
                        "B0MUG00001",
                        "Mug",
                        "NewItem",
                        "USD",
                        "25.00",
                        "25.00",
                        "1",
                        "0",
                        "1")
                + "\n"
                + String.join(
                        "\t",
                        TODAY.minusDays(1) + "T09:30:00+00:00",
                        "R-0002",
                        "",
                        "",
                        "Lost_Warehouse",
                        "LOST-1",
                        "X00LOST001",
                        "B0LOST0001",
                        "Lost",
                        "NewItem",
                        "USD",
                        "15.00",
                        "30.00",
                        "2",
                        "0",
                        "2")
                + "\n";
        load(imports, account, file(dir, "reimbursements.txt", reimbursements), ReviewFixtures.on(TODAY));
        load(
                imports,
                account,
                file(
                        dir,
                        "returns-2.txt",
                        ReviewFixtures.RETURNS_HEADER
                                + ReviewFixtures.returnLine(
                                        TODAY.minusDays(2) + "T10:00:00+00:00",
                                        "111-R3",
                                        "MUG-1",
                                        "B0MUG00001",
                                        "UNWANTED_ITEM",
                                        "LPN0003")),
                new ImportOptions(false, Marketplace.US, null, null, "test"));

        Claims.Detection closed = claims.detect(account, TODAY);
        assertThat(closed.reimbursed()).isEqualTo(2);
        assertThat(closed.dropped()).isEqualTo(1);
        assertThat(claims.ledger(account, List.of()))
                .extracting(Claim::orderId, Claim::fnsku, Claim::status, Claim::amountReimbursed)
                .containsExactlyInAnyOrder(
                        tuple("111-R1", null, ClaimStatus.REIMBURSED, new java.math.BigDecimal("25.00")),
                        tuple("111-R3", null, ClaimStatus.DROPPED, null),
                        tuple(null, "X00LOST001", ClaimStatus.REIMBURSED, new java.math.BigDecimal("30.00")),
                        tuple(null, "X00DMG0001", ClaimStatus.DETECTED, null));
        assertThat(claim(account, ClaimKind.UNREIMBURSED_LOSS, "LOST-1").reimbursementIds())
                .isEqualTo("R-0002");
        var admin = new dev.bosun.testing.Fixtures(directory, team, jdbc).user(dev.bosun.accounts.Role.ADMIN);
        List<LoggedOperation> logged = log.search(
                admin,
                account,
                new OperationFilter(null, null, null, "finance.claim-status", null),
                java.time.ZoneOffset.UTC,
                10);
        assertThat(logged).hasSize(3).allSatisfy(op -> assertThat(op.userName()).isEqualTo(OperationsLog.BOSUN));

        Claims.Detection again = claims.detect(account, TODAY);
        assertThat(again.changed()).as("looking again changes nothing").isFalse();
        assertThat(claims.ledger(account, List.of())).hasSize(4);
    }

    private Claim claim(long account, ClaimKind kind, String subject) {
        return claims.ledger(account, List.of()).stream()
                .filter(c -> c.kind() == kind && c.subject().equals(subject))
                .findFirst()
                .orElseThrow();
    }

    private static Tsv settlementHeader(String id, LocalDate start, String total) {
        return Tsv.withHeader(
                        "settlement-id",
                        "settlement-start-date",
                        "settlement-end-date",
                        "deposit-date",
                        "total-amount",
                        "currency",
                        "transaction-type",
                        "order-id",
                        "marketplace-name",
                        "amount-type",
                        "amount-description",
                        "amount",
                        "fulfillment-id",
                        "posted-date",
                        "sku",
                        "quantity-purchased")
                .row(
                        "settlement-id",
                        id,
                        "settlement-start-date",
                        start + " 00:00:00 UTC",
                        "settlement-end-date",
                        start.plusDays(28) + " 00:00:00 UTC",
                        "deposit-date",
                        start.plusDays(31) + " 00:00:00 UTC",
                        "total-amount",
                        total,
                        "currency",
                        "USD");
    }

    private static void refund(Tsv settlement, String id, String order, String sku, LocalDate posted) {
        settlement.row(
                "settlement-id", id,
                "transaction-type", "Refund",
                "order-id", order,
                "marketplace-name", "Amazon.com",
                "amount-type", "ItemPrice",
                "amount-description", "Principal",
                "amount", "-25.00",
                "fulfillment-id", "AFN",
                "posted-date", posted.format(DateTimeFormatter.ofPattern("MM/dd/yy")),
                "sku", sku,
                "quantity-purchased", "1");
    }

    private static String ledgerLine(
            LocalDate day, String fnsku, String msku, String disposition, int found, int lost, int damaged) {
        return String.join(
                        "\t",
                        day.format(US_DAY),
                        fnsku,
                        "B0" + msku.replace("-", ""),
                        msku,
                        "Item " + msku,
                        disposition,
                        "10",
                        String.valueOf(found),
                        String.valueOf(lost),
                        String.valueOf(damaged),
                        String.valueOf(10 + found + lost + damaged),
                        "US")
                + "\n";
    }
}
