package dev.bosun.inventory.review;

import static dev.bosun.testing.ReviewFixtures.file;
import static dev.bosun.testing.ReviewFixtures.load;
import static dev.bosun.testing.ReviewFixtures.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.Team;
import dev.bosun.amazon.ReportImports;
import dev.bosun.inventory.Replenishment;
import dev.bosun.inventory.Supplier;
import dev.bosun.inventory.SupplyPartners;
import dev.bosun.inventory.forecast.ReorderProposal;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import dev.bosun.testing.ImportFixture;
import dev.bosun.testing.ReviewFixtures;
import dev.bosun.testing.TestDatabase;
import dev.bosun.workflow.ActionItem;
import dev.bosun.workflow.DailyReview;
import dev.bosun.workflow.Evidence;
import dev.bosun.workflow.ItemFilter;
import dev.bosun.workflow.Severity;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Orders and Manage FBA Inventory snapshots imported from files become stock-out risk items. */
@BosunTest
class StockOutReviewTests {

    static final LocalDate D = LocalDate.of(2026, 11, 20);
    static final String RULE = "inventory.stock-out-risk";

    @Autowired
    DailyReview review;

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SupplyPartners partners;

    @Autowired
    Replenishment replenishment;

    @TempDir
    Path dir;

    @Test
    void skusWhoseStockAndInboundCoverLessThanLeadTimePlusSevenDaysAreAtRisk() {
        long account = directory
                .create(directory.defaultOrganisation(), TestDatabase.unique("Stock"), List.of(Marketplace.US), null)
                .id();
        LocalDate snapshot = D.minusDays(1);
        StringBuilder orders = new StringBuilder(ReviewFixtures.ORDERS_HEADER);
        for (int day = 1; day <= 14; day++) {
            String at = snapshot.minusDays(day) + "T18:00:00+00:00";
            orders.append(ReviewFixtures.orderLine("201-" + day, at, "MUG-1", "B0MUG00001", 10, "USD", "99.90"));
            orders.append(ReviewFixtures.orderLine("202-" + day, at, "BOWL-1", "B0BOWL0001", 2, "USD", "30.00"));
            orders.append(ReviewFixtures.orderLine("203-" + day, at, "PLATE-1", "B0PLATE001", 5, "USD", "60.00"));
            orders.append(ReviewFixtures.orderLine("204-" + day, at, "JUG-MFN", "B0JUG00001", 3, "USD", "45.00"));
        }
        load(imports, account, file(dir, "orders.txt", orders.toString()), ImportFixture.strict());
        load(
                imports,
                account,
                file(
                        dir,
                        "inventory.txt",
                        ReviewFixtures.INVENTORY_HEADER
                                + ReviewFixtures.stockLine("MUG-1", "B0MUG00001", "9.99", 200, 0)
                                + ReviewFixtures.stockLine("BOWL-1", "B0BOWL0001", "15.00", 50, 30)
                                + ReviewFixtures.stockLine("PLATE-1", "B0PLATE001", "12.00", 170, 0)
                                + ReviewFixtures.stockLine("CUP-1", "B0CUP00001", "5.00", 3, 0)
                                // Seller-fulfilled: listed, no stock at Amazon, not Amazon's to run out of.
                                + ReviewFixtures.stockLine("JUG-MFN", "B0JUG00001", "15.00", 0, 0)
                                        .replace("\tNo\t0\tYes\t", "\tYes\t40\tNo\t")),
                on(snapshot));

        review.run(account, D);

        List<ActionItem> items = items(account, D);
        assertThat(items)
                .extracting(i -> i.subject().sku(), ActionItem::severity)
                .containsExactly(tuple("MUG-1", Severity.CRITICAL), tuple("PLATE-1", Severity.WARNING));
        ActionItem mug = items.get(0);
        assertThat(mug.atStake()).as("10 a day × 17 days short × 9.99").hasToString("1698.30 USD");
        assertThat(mug.evidence().figures())
                .extracting(
                        Evidence.Figure::key,
                        f -> f.value().stripTrailingZeros().toPlainString())
                .contains(
                        tuple("days-of-cover", "20"),
                        tuple("units-available", "200"),
                        tuple("units-inbound", "0"),
                        tuple("units-sold", "140"),
                        tuple("units-per-day", "10"),
                        tuple("lead-time", "30"));
        assertThat(mug.evidence().threshold().value()).isEqualByComparingTo("37");
        assertThat(mug.evidence().threshold().source()).contains("提前7天预警");
        assertThat(review.text(mug, Locale.ENGLISH).title())
                .isEqualTo("MUG-1 in US: 20 days of cover, 37 needed; on hand runs out about 2026-12-09");

        var supervisor = new Fixtures(directory, team, jdbc).user(Role.SUPERVISOR);
        review.configure(account, RULE, true, Map.of("lead-time-days", BigDecimal.valueOf(20)), supervisor);
        review.run(account, D);
        assertThat(items(account, D))
                .as("with the account's 20-day lead time")
                .extracting(i -> i.subject().sku(), ActionItem::severity)
                .containsExactly(tuple("MUG-1", Severity.WARNING));

        review.run(account, D.plusDays(9));
        assertThat(items(account, D.plusDays(9)))
                .as("a snapshot over a week old says nothing about the shelf")
                .isEmpty();
    }

    @Test
    void withoutARecentSnapshotTheLedgersSellableUnitsStandIn() {
        long account = directory
                .create(directory.defaultOrganisation(), TestDatabase.unique("Ledger"), List.of(Marketplace.US), null)
                .id();
        StringBuilder orders = new StringBuilder(ReviewFixtures.ORDERS_HEADER);
        for (int day = 1; day <= 14; day++) {
            String at = D.minusDays(day) + "T18:00:00+00:00";
            orders.append(ReviewFixtures.orderLine("301-" + day, at, "MUG-1", "B0MUG00001", 10, "USD", "99.90"));
            orders.append(ReviewFixtures.orderLine("302-" + day, at, "BOWL-1", "B0BOWL0001", 2, "USD", "30.00"));
        }
        load(imports, account, file(dir, "orders.txt", orders.toString()), ImportFixture.strict());
        StringBuilder ledger = new StringBuilder("Date\tFNSKU\tASIN\tMSKU\tTitle\tDisposition"
                + "\tStartingWarehouseBalance\tInTransitBetweenWarehouses\tReceipts\tCustomerShipments"
                + "\tCustomerReturns\tVendorReturns\tWarehouseTransferIn/Out\tFound\tLost\tDamaged\tDisposed"
                + "\tOtherEvents\tEndingWarehouseBalance\tUnknownEvents\tLocation\n");
        for (int day = 3; day >= 1; day--) {
            String date = D.minusDays(day).format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy"));
            int mug = 100 + 10 * (day - 1);
            ledger.append(String.join(
                            "\t",
                            date,
                            "X00MUG0001",
                            "B0MUG00001",
                            "MUG-1",
                            "Mug",
                            "SELLABLE",
                            String.valueOf(mug + 10),
                            "0",
                            "0",
                            "-10",
                            "0",
                            "0",
                            "0",
                            "0",
                            "0",
                            "0",
                            "0",
                            "0",
                            String.valueOf(mug),
                            "0",
                            "US")
                    + "\n");
            ledger.append(String.join(
                            "\t",
                            date,
                            "X00BOWL001",
                            "B0BOWL0001",
                            "BOWL-1",
                            "Bowl",
                            "SELLABLE",
                            "402",
                            "0",
                            "0",
                            "-2",
                            "0",
                            "0",
                            "0",
                            "0",
                            "0",
                            "0",
                            "0",
                            "0",
                            "400",
                            "0",
                            "US")
                    + "\n");
        }
        load(imports, account, file(dir, "ledger.txt", ledger.toString()), ImportFixture.strict());

        review.run(account, D);

        List<ActionItem> items = items(account, D);
        assertThat(items)
                .as("MUG-1: 100 sellable units at the end of yesterday, 10 sold a day; BOWL-1: 400 at 2 a day")
                .extracting(i -> i.subject().sku(), ActionItem::severity)
                .containsExactly(tuple("MUG-1", Severity.CRITICAL));
        ActionItem mug = items.get(0);
        assertThat(mug.evidence().figures())
                .extracting(
                        Evidence.Figure::key,
                        f -> f.value().stripTrailingZeros().toPlainString())
                .contains(tuple("days-of-cover-on-hand", "10"), tuple("units-available", "100"));
        assertThat(mug.evidence().figures()).extracting(Evidence.Figure::key).doesNotContain("units-inbound");
        assertThat(mug.evidence().checks())
                .filteredOn(c -> c.key().equals("inbound"))
                .singleElement()
                .satisfies(c -> assertThat(c.known()).isFalse());
    }

    @Test
    void anItemCarriesTheQuantityToOrderInTheSuppliersMoqAndCasesAndTheDayToOrderBy() {
        long account = directory
                .create(directory.defaultOrganisation(), TestDatabase.unique("Reorder"), List.of(Marketplace.US), null)
                .id();
        LocalDate snapshot = D.minusDays(1);
        StringBuilder orders = new StringBuilder(ReviewFixtures.ORDERS_HEADER);
        for (int day = 1; day <= 60; day++) {
            String at = snapshot.minusDays(day) + "T18:00:00+00:00";
            orders.append(ReviewFixtures.orderLine("401-" + day, at, "MUG-1", "B0MUG00001", 10, "USD", "99.90"));
            orders.append(ReviewFixtures.orderLine("402-" + day, at, "CUP-1", "B0CUP00001", 6, "USD", "30.00"));
        }
        load(imports, account, file(dir, "orders.txt", orders.toString()), ImportFixture.strict());
        load(
                imports,
                account,
                file(
                        dir,
                        "inventory.txt",
                        ReviewFixtures.INVENTORY_HEADER
                                + ReviewFixtures.stockLine("MUG-1", "B0MUG00001", "9.99", 200, 0)
                                + ReviewFixtures.stockLine("CUP-1", "B0CUP00001", "5.00", 100, 0)),
                on(snapshot));
        var specialist = new Fixtures(directory, team, jdbc)
                .user(Role.SPECIALIST, directory.account(account).orElseThrow());
        Supplier acme = partners.saveSupplier(
                specialist,
                account,
                new Supplier(
                        0,
                        "Acme",
                        null,
                        null,
                        null,
                        null,
                        500,
                        48,
                        BigDecimal.valueOf(15),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        partners.link(specialist, account, "MUG-1", acme.id(), null);

        review.run(account, D);

        List<ActionItem> items = items(account, D);
        assertThat(items).extracting(i -> i.subject().sku()).containsExactlyInAnyOrder("MUG-1", "CUP-1");
        ReorderProposal proposal = replenishment.sheetOn(account, Marketplace.US, D).stream()
                .filter(l -> l.position().sku().equals("MUG-1"))
                .findFirst()
                .orElseThrow()
                .proposal();
        assertThat(proposal.orderQuantity())
                .as("10 a day over 15 days of production and 7 of review, beyond the 200 on hand, at least the MOQ")
                .isGreaterThanOrEqualTo(500);
        assertThat(proposal.orderQuantity() % 48).as("whole cases of 48").isZero();

        ActionItem mug = items.stream()
                .filter(i -> i.subject().sku().equals("MUG-1"))
                .findFirst()
                .orElseThrow();
        assertThat(mug.evidence().figures())
                .extracting(
                        Evidence.Figure::key,
                        f -> f.value().stripTrailingZeros().toPlainString())
                .contains(
                        tuple("order-quantity", String.valueOf(proposal.orderQuantity())),
                        tuple(
                                "days-to-order",
                                String.valueOf(
                                        java.time.temporal.ChronoUnit.DAYS.between(D, proposal.lastSafeOrderDate()))));
        assertThat(mug.evidence().checks())
                .filteredOn(c -> c.key().equals("reorder"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.found()).isTrue();
                    assertThat(c.detail())
                            .contains(
                                    "order " + proposal.orderQuantity() + " units by " + proposal.lastSafeOrderDate(),
                                    "MOQ 500, case pack 48, supplier Acme",
                                    "projected stock-out " + proposal.projectedStockOut());
                });
        LocalDate orderBy = proposal.lastSafeOrderDate().isBefore(D) ? D : proposal.lastSafeOrderDate();
        assertThat(review.text(mug, Locale.ENGLISH).action())
                .contains(
                        "Order " + proposal.orderQuantity() + " units of MUG-1 for US",
                        orderBy.toString(),
                        "MOQ 500 and case pack 48; supplier: Acme");
        assertThat(review.text(mug, Locale.SIMPLIFIED_CHINESE).action())
                .contains("下单 " + proposal.orderQuantity() + " 件", orderBy.toString(), "起订量 500、每箱 48 件");

        ActionItem cup = items.stream()
                .filter(i -> i.subject().sku().equals("CUP-1"))
                .findFirst()
                .orElseThrow();
        assertThat(cup.evidence().checks())
                .filteredOn(c -> c.key().equals("reorder"))
                .singleElement()
                .satisfies(c -> assertThat(c.detail()).contains("MOQ 0, case pack 1, supplier none"));
    }

    private List<ActionItem> items(long account, LocalDate day) {
        return review.items(account, day, ItemFilter.open()).stream()
                .filter(i -> i.ruleId().equals(RULE))
                .toList();
    }
}
