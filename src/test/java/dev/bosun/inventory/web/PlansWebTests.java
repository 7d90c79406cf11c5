package dev.bosun.inventory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.accounts.security.SignedInUser;
import dev.bosun.amazon.ReportImports;
import dev.bosun.inventory.PurchaseOrder;
import dev.bosun.inventory.PurchaseOrderStatus;
import dev.bosun.inventory.PurchasePlans;
import dev.bosun.inventory.Supplier;
import dev.bosun.inventory.SupplyPartners;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import dev.bosun.testing.ReviewFixtures;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Inventory → Plans: a supplier's proposal becomes a draft purchase order, goes through the approval flow (never
 * approved by its requester), is ordered, shipped and received, and its xlsx goes to the supplier; a 3PL count
 * becomes a proposal to send to FBA. Other organisations see nothing.
 */
@BosunTest
class PlansWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportImports imports;

    @Autowired
    SupplyPartners partners;

    @Autowired
    PurchasePlans plans;

    @Autowired
    dev.bosun.inventory.ReplenishmentSheetJob sheets;

    @TempDir
    Path dir;

    SellerAccount account;
    CurrentUser specialist;
    CurrentUser supervisor;
    CurrentUser stranger;
    Supplier acme;
    LocalDate today;

    @BeforeEach
    void aStoreSellingTenMugsADayFromAcme() {
        Fixtures fixtures = new Fixtures(directory, team, jdbc);
        long organisation = fixtures.otherOrganisation();
        account = fixtures.account(organisation, Marketplace.US);
        specialist = fixtures.user(organisation, Role.SPECIALIST, account);
        supervisor = fixtures.user(organisation, Role.SUPERVISOR, account);
        long elsewhere = fixtures.otherOrganisation();
        stranger = fixtures.user(elsewhere, Role.ADMIN, fixtures.account(elsewhere, Marketplace.US));
        today = LocalDate.now(Marketplace.US.zone());
        MugStore.sell(
                imports,
                dir,
                account.id(),
                today,
                60,
                10,
                "19.90",
                "501",
                ReviewFixtures.stockLine("MUG-1", "B0MUG00001", "9.99", 100, 0));
        acme = partners.saveSupplier(
                specialist,
                account.id(),
                new Supplier(
                        0,
                        "Acme",
                        "Ms Li",
                        null,
                        null,
                        null,
                        500,
                        48,
                        BigDecimal.valueOf(30),
                        "T/T 30 days",
                        null,
                        null,
                        null,
                        null,
                        null));
        partners.link(specialist, account.id(), "MUG-1", acme.id(), null);
        sheets.refresh(account.id()); // as the background job does after the import and the link
    }

    static RequestPostProcessor as(CurrentUser u) {
        return user(new SignedInUser(u, "x", true));
    }

    @Test
    void aProposalBecomesAnApprovedOrderedAndReceivedPurchaseOrder() throws Exception {
        String html = page("/a/{id}/inventory/plans", specialist, account.id());
        assertThat(html).contains("id=\"proposal-" + acme.id() + "-US\"", "MUG-1", "id=\"orders-empty\"");

        String location = mvc.perform(post("/a/{id}/inventory/plans/draft", account.id())
                        .with(as(specialist))
                        .with(csrf())
                        .param("supplierId", String.valueOf(acme.id()))
                        .param("marketplace", "US"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        PurchaseOrder draft = plans.orders(account.id()).get(0);
        assertThat(location).isEqualTo("/a/" + account.id() + "/inventory/orders/" + draft.id());
        assertThat(draft.status()).isEqualTo(PurchaseOrderStatus.DRAFT);
        assertThat(draft.units()).as("MOQ 500 in cases of 48").isGreaterThanOrEqualTo(500);
        assertThat(draft.units() % 48).isZero();

        String approval = mvc.perform(post("/a/{id}/inventory/orders/{o}/submit", account.id(), draft.id())
                        .with(as(specialist))
                        .with(csrf())
                        .param("reason", "stock-out in 10 days"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(approval).startsWith("/a/" + account.id() + "/approvals/");
        String requestId = approval.substring(approval.lastIndexOf('/') + 1);
        PurchaseOrder waiting = plans.order(account.id(), draft.id()).orElseThrow();
        assertThat(waiting.approvalId()).hasToString(requestId);

        mvc.perform(post("/a/{id}/approvals/{r}/approve", account.id(), requestId)
                .with(as(specialist))
                .with(csrf()));
        assertThat(plans.order(account.id(), draft.id()).orElseThrow().status())
                .as("the requester cannot approve their own request")
                .isEqualTo(PurchaseOrderStatus.DRAFT);
        mvc.perform(post("/a/{id}/approvals/{r}/approve", account.id(), requestId)
                .with(as(supervisor))
                .with(csrf()));
        assertThat(plans.order(account.id(), draft.id()).orElseThrow().status())
                .isEqualTo(PurchaseOrderStatus.APPROVED);

        advance(draft.id(), "ordered", today.minusDays(40));
        PurchaseOrder ordered = plans.order(account.id(), draft.id()).orElseThrow();
        assertThat(ordered.promisedOn()).isEqualTo(today.minusDays(10));
        advance(draft.id(), "in-transit", today.minusDays(8));
        advance(draft.id(), "received", today.minusDays(1));
        PurchaseOrder received = plans.order(account.id(), draft.id()).orElseThrow();
        assertThat(received.status()).isEqualTo(PurchaseOrderStatus.RECEIVED);
        assertThat(received.readyOn()).isEqualTo(today.minusDays(8));
        assertThat(partners.supplierScorecards(account.id()).get(acme.id()).onTimeRate())
                .as("ready 2 days after the promised day")
                .isEqualTo(0.0);
        assertThat(page("/a/{id}/inventory/orders/{o}", specialist, account.id(), draft.id()))
                .contains("id=\"order-status\"", "Received", "id=\"order-approval\"");

        byte[] xlsx = mvc.perform(get("/a/{id}/inventory/orders/{o}/export.xlsx", account.id(), draft.id())
                        .with(as(specialist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Purchase order " + draft.id());
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.getCellText(0)).isEqualTo("MUG-1");
                assertThat(r.getCellText(1)).isEqualTo(String.valueOf(draft.units()));
                assertThat(r.getCellText(3)).isEqualTo(String.valueOf(draft.units() / 48));
            });
        }
    }

    @Test
    void stockInThe3plBecomesAProposalToSendToFba() throws Exception {
        mvc.perform(post("/a/{id}/inventory/counts", account.id())
                .with(as(specialist))
                .with(csrf())
                .param("marketplace", "US")
                .param("sku", "MUG-1")
                .param("location", "third-party")
                .param("locationName", "LA 3PL")
                .param("quantity", "300")
                .param("countedOn", today.toString()));
        sheets.refresh(account.id());

        assertThat(plans.shipmentProposals(account.id(), List.of(Marketplace.US)))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.sku()).isEqualTo("MUG-1");
                    assertThat(s.fromThirdParty()).isBetween(71L, 300L);
                    assertThat(s.fromOwnWarehouse()).isZero();
                    assertThat(s.sources()).singleElement().satisfies(w -> {
                        assertThat(w.warehouse()).isEqualTo("LA 3PL");
                        assertThat(w.units()).isEqualTo(s.fromThirdParty());
                        assertThat(w.holds()).isEqualTo(300);
                    });
                });
        assertThat(page("/a/{id}/inventory/plans", specialist, account.id()))
                .contains("id=\"shipments-table\"", "from LA 3PL (3PL, holds 300)");
    }

    @Test
    void aShipmentNamesEachWarehouseItTakesFromAndNeverMoreThanItHolds() throws Exception {
        count("third-party", "LA 3PL", "40");
        count("third-party", "NJ 3PL", "25");
        count("own-warehouse", "Shenzhen", "900");
        count("own-warehouse", "Yiwu", "0");
        sheets.refresh(account.id());

        dev.bosun.inventory.ShipmentProposal send =
                plans.shipmentProposals(account.id(), List.of(Marketplace.US)).get(0);
        // 100 at FBA, 10 a day: more than the 65 units in the 3PLs is needed, the rest comes from Shenzhen
        assertThat(send.fromThirdParty()).isEqualTo(65);
        assertThat(send.fromOwnWarehouse()).isPositive().isLessThanOrEqualTo(900);
        assertThat(send.sources())
                .extracting(
                        dev.bosun.inventory.ShipmentProposal.Source::warehouse,
                        dev.bosun.inventory.ShipmentProposal.Source::units,
                        dev.bosun.inventory.ShipmentProposal.Source::holds)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("LA 3PL", 40L, 40L),
                        org.assertj.core.groups.Tuple.tuple("NJ 3PL", 25L, 25L),
                        org.assertj.core.groups.Tuple.tuple("Shenzhen", send.fromOwnWarehouse(), 900L));
        String html = mvc.perform(get("/a/{id}/inventory/plans", account.id())
                        .with(as(specialist))
                        .locale(java.util.Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(
                        "从 LA 3PL 发 40 件（海外仓，现有 40 件）", "从 Shenzhen 发 " + send.fromOwnWarehouse() + " 件（自有仓，现有 900 件）")
                .doesNotContain("Yiwu");
    }

    void count(String location, String name, String quantity) throws Exception {
        mvc.perform(post("/a/{id}/inventory/counts", account.id())
                        .with(as(specialist))
                        .with(csrf())
                        .param("marketplace", "US")
                        .param("sku", "MUG-1")
                        .param("location", location)
                        .param("locationName", name)
                        .param("quantity", quantity)
                        .param("countedOn", today.toString()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void anotherOrganisationsUserGetsNotFoundEverywhere() throws Exception {
        PurchaseOrder draft = plans.draft(specialist, account.id(), acme.id(), Marketplace.US);

        for (String path : List.of(
                "/a/{id}/inventory/plans",
                "/a/{id}/inventory/orders/" + draft.id(),
                "/a/{id}/inventory/orders/" + draft.id() + "/export.xlsx")) {
            mvc.perform(get(path, account.id()).with(as(stranger))).andExpect(status().isNotFound());
        }
        for (String path : List.of(
                "/a/{id}/inventory/orders/" + draft.id() + "/submit",
                "/a/{id}/inventory/orders/" + draft.id() + "/advance?status=cancelled")) {
            mvc.perform(post(path, account.id()).with(as(stranger)).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/a/{id}/inventory/plans/draft", account.id())
                        .with(as(stranger))
                        .with(csrf())
                        .param("supplierId", String.valueOf(acme.id()))
                        .param("marketplace", "US"))
                .andExpect(status().isNotFound());
        long own = directory.accessibleTo(stranger).get(0).id();
        mvc.perform(get("/a/{id}/inventory/orders/{o}", own, draft.id()).with(as(stranger)))
                .andExpect(status().isNotFound());
        assertThat(plans.orders(account.id()))
                .singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(PurchaseOrderStatus.DRAFT));
    }

    void advance(long order, String status, LocalDate day) throws Exception {
        mvc.perform(post("/a/{id}/inventory/orders/{o}/advance", account.id(), order)
                        .with(as(specialist))
                        .with(csrf())
                        .param("status", status)
                        .param("day", day.toString()))
                .andExpect(status().is3xxRedirection());
    }

    String page(String path, CurrentUser who, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).with(as(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
