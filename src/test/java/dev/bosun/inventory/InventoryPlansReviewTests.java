package dev.bosun.inventory;

import static dev.bosun.inventory.Reports.importOne;
import static dev.bosun.inventory.Reports.strict;
import static dev.bosun.inventory.Reports.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.Team;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import dev.bosun.testing.TestDatabase;
import dev.bosun.workflow.ActionItem;
import dev.bosun.workflow.DailyReview;
import dev.bosun.workflow.Evidence;
import dev.bosun.workflow.ItemFilter;
import dev.bosun.workflow.Severity;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The daily review of inventory plans: a late purchase order, over-stock with its fees at stake, stranded units. */
@BosunTest
class InventoryPlansReviewTests {

    @Autowired
    DailyReview review;

    @Autowired
    dev.bosun.amazon.ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SupplyPartners partners;

    @TempDir
    Path dir;

    @Test
    void aPurchaseOrderPastItsPromisedDayIsLate() {
        long account = directory
                .create(directory.defaultOrganisation(), TestDatabase.unique("Late PO"), List.of(Marketplace.US), null)
                .id();
        CurrentUser specialist = new Fixtures(directory, team, jdbc).user(Role.SPECIALIST);
        LocalDate today = LocalDate.now(Marketplace.US.zone());
        Supplier acme = partners.saveSupplier(
                specialist,
                account,
                new Supplier(
                        0, "Acme", null, null, null, null, 0, 1, BigDecimal.TEN, null, null, null, null, null, null));
        PurchaseOrder late =
                partners.recordOrder(specialist, account, order(acme, today.minusDays(40), today.minusDays(10)));
        partners.recordOrder(specialist, account, order(acme, today.minusDays(5), today.plusDays(5)));

        review.run(account, today);

        List<ActionItem> items = items(account, today, "inventory.late-purchase-order");
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(i.subject().id()).isEqualTo("Acme PO " + late.id());
            assertThat(review.text(i, Locale.ENGLISH).title())
                    .isEqualTo("PO " + late.id() + " from Acme: promised ready on " + today.minusDays(10)
                            + ", 10 days late");
        });
    }

    @Test
    void excessUnitsShowTheirFeesAndStrandedUnitsTheirValue() {
        long account = directory
                .create(directory.defaultOrganisation(), TestDatabase.unique("Excess"), List.of(Marketplace.US), null)
                .id();
        LocalDate today = LocalDate.now(Marketplace.US.zone());
        importOne(
                imports,
                account,
                write(
                        dir,
                        "planning.txt",
                        StandardCharsets.UTF_8,
                        InventoryPlanningImportTests.header(),
                        InventoryPlanningImportTests.line(InventoryPlanningImportTests.red(
                                today.minusDays(1).toString()))),
                strict());
        importOne(
                imports,
                account,
                write(
                        dir,
                        "stranded.txt",
                        StandardCharsets.UTF_8,
                        StrandedInventoryImportTests.HEADER,
                        StrandedInventoryImportTests.RED),
                strict());

        review.run(account, today);

        assertThat(items(account, today, "inventory.over-stock"))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.severity()).isEqualTo(Severity.INFO);
                    assertThat(i.subject().sku()).isEqualTo("SKU-RED-M");
                    assertThat(i.atStake()).as("3.21 storage + 0.50 surcharge").hasToString("3.71 USD");
                    assertThat(i.evidence().figures())
                            .extracting(Evidence.Figure::key)
                            .contains(
                                    "units-excess", "units-aged-181-plus", "storage-fee-next-month", "aged-surcharge");
                    assertThat(review.text(i, Locale.ENGLISH).action()).contains("removal order");
                });
        assertThat(items(account, today, "inventory.stranded")).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
            assertThat(i.atStake()).as("11 units at 19.99").hasToString("219.89 USD");
            assertThat(review.text(i, Locale.ENGLISH).title())
                    .isEqualTo("SKU-RED-M in US: 11 units stranded (No listing)");
        });
    }

    @Test
    void storageAboveNinetyPercentOfTheCapacityTheAccountSetIsAWarning() {
        long account = directory
                .create(directory.defaultOrganisation(), TestDatabase.unique("Capacity"), List.of(Marketplace.US), null)
                .id();
        LocalDate today = LocalDate.now(Marketplace.US.zone());
        importOne(
                imports,
                account,
                write(
                        dir,
                        "inventory.txt",
                        StandardCharsets.UTF_8,
                        dev.bosun.testing.ReviewFixtures.INVENTORY_HEADER
                                + dev.bosun.testing.ReviewFixtures.stockLine("MUG-1", "B0MUG00001", "9.99", 200, 0)),
                Reports.on(today));

        review.run(account, today);
        assertThat(items(account, today, "inventory.storage-utilisation"))
                .as("no capacity set")
                .isEmpty();

        CurrentUser supervisor = new Fixtures(directory, team, jdbc).user(Role.SUPERVISOR);
        review.configure(
                account,
                "inventory.storage-utilisation",
                true,
                java.util.Map.of("capacity-cubic-feet", BigDecimal.valueOf(21)),
                supervisor);
        review.run(account, today);

        assertThat(items(account, today, "inventory.storage-utilisation"))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.severity()).isEqualTo(Severity.WARNING);
                    assertThat(review.text(i, Locale.ENGLISH).title())
                            .as("200 units of 0.1 cubic feet in 21")
                            .isEqualTo("FBA storage 95.24 % used, above 90 % of the capacity limit");
                });
    }

    private static PurchaseOrder order(Supplier supplier, LocalDate ordered, LocalDate promised) {
        return new PurchaseOrder(
                0,
                supplier.id(),
                null,
                Marketplace.US,
                PurchaseOrderStatus.ORDERED,
                ordered,
                promised,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(new PurchaseOrder.Line("MUG-1", 100, null, null)),
                null,
                null,
                null,
                null);
    }

    private List<ActionItem> items(long account, LocalDate day, String rule) {
        return review.items(account, day, ItemFilter.open()).stream()
                .filter(i -> i.ruleId().equals(rule))
                .toList();
    }
}
