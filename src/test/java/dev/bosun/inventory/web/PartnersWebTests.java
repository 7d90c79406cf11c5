package dev.bosun.inventory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.accounts.security.SignedInUser;
import dev.bosun.amazon.ReportImports;
import dev.bosun.inventory.Forwarder;
import dev.bosun.inventory.PurchaseOrder;
import dev.bosun.inventory.PurchaseOrderStatus;
import dev.bosun.inventory.Supplier;
import dev.bosun.inventory.SupplyPartners;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import dev.bosun.testing.ReviewFixtures;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Partners → Suppliers and Forwarders: added on their pages, linked to a SKU on its inventory page, scored from
 * recorded purchase orders; the SKU's proposal then follows the supplier's MOQ and case pack and the learnt lead
 * time. Who may change partners; other organisations see nothing.
 */
@BosunTest
class PartnersWebTests {

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
    dev.bosun.inventory.ReplenishmentSheetJob sheets;

    @TempDir
    Path dir;

    SellerAccount account;
    CurrentUser specialist;
    CurrentUser assistant;
    CurrentUser stranger;
    LocalDate today;

    @BeforeEach
    void aStoreSellingTwoMugsADay() {
        Fixtures fixtures = new Fixtures(directory, team, jdbc);
        long organisation = fixtures.otherOrganisation();
        account = fixtures.account(organisation, Marketplace.US);
        specialist = fixtures.user(organisation, Role.SPECIALIST, account);
        assistant = fixtures.user(organisation, Role.ASSISTANT, account);
        long elsewhere = fixtures.otherOrganisation();
        stranger = fixtures.user(elsewhere, Role.ADMIN, fixtures.account(elsewhere, Marketplace.US));
        today = LocalDate.now(Marketplace.US.zone());
        MugStore.sell(
                imports,
                dir,
                account.id(),
                today,
                60,
                2,
                "19.90",
                "401",
                ReviewFixtures.stockLine("MUG-1", "B0MUG00001", "9.99", 20, 0));
    }

    static RequestPostProcessor as(CurrentUser u) {
        return user(new SignedInUser(u, "x", true));
    }

    MockHttpServletRequestBuilder supplierForm(String name) {
        return supplierForm(name, "48");
    }

    MockHttpServletRequestBuilder supplierForm(String name, String casePack) {
        return post("/a/{id}/partners/suppliers", account.id())
                .with(csrf())
                .param("id", "0")
                .param("name", name)
                .param("contactName", "Ms Li")
                .param("email", "li@acme.example")
                .param("moq", "500")
                .param("casePack", casePack)
                .param("productionDays", "30")
                .param("paymentTerms", "30 % deposit, 70 % before shipping")
                .param("defectRatePercent", "1.5")
                .param("contractNotes", "price fixed until 2027")
                .param("contingencyNotes", "second source: Beta Ltd");
    }

    @Test
    void aSupplierAndForwarderAddedOnTheirPagesShapeTheProposalOfTheSkusTheyServe() throws Exception {
        mvc.perform(supplierForm("Acme").with(as(specialist)))
                .andExpect(redirectedUrl("/a/" + account.id() + "/partners/suppliers"));
        mvc.perform(post("/a/{id}/partners/forwarders", account.id())
                        .with(as(specialist))
                        .with(csrf())
                        .param("id", "0")
                        .param("name", "Sea Express")
                        .param("route", "Shenzhen - ONT8 by sea")
                        .param("transitDays", "25")
                        .param("checkInDays", "7")
                        .param("currency", "usd")
                        .param("costPerKg", "1.20")
                        .param("costPerCbm", "160")
                        .param("damageRatePercent", "0.5"))
                .andExpect(redirectedUrl("/a/" + account.id() + "/partners/forwarders"));
        Supplier acme = partners.suppliers(account.id()).get(0);
        Forwarder sea = partners.forwarders(account.id()).get(0);
        assertThat(acme.defectRate()).isEqualByComparingTo("0.015");
        assertThat(sea.currency()).isEqualTo("USD");

        mvc.perform(post("/a/{id}/inventory/stock/US/MUG-1/supply", account.id())
                        .with(as(specialist))
                        .with(csrf())
                        .param("supplierId", String.valueOf(acme.id()))
                        .param("forwarderId", String.valueOf(sea.id())))
                .andExpect(redirectedUrl("/a/" + account.id() + "/inventory/stock/US/MUG-1"));
        // two orders: ready in 28 and 34 days (one late), shipped and arrived in 20 and 24 days, checked in in 4 and 6
        for (int[] d : new int[][] {{28, 20, 4}, {34, 24, 6}}) {
            LocalDate ordered = today.minusDays(200);
            LocalDate ready = ordered.plusDays(d[0]);
            partners.recordOrder(
                    specialist,
                    account.id(),
                    new PurchaseOrder(
                            0,
                            acme.id(),
                            sea.id(),
                            Marketplace.US,
                            PurchaseOrderStatus.RECEIVED,
                            ordered,
                            ordered.plusDays(30),
                            ready,
                            ready,
                            ready.plusDays(d[1]),
                            ready.plusDays(d[1] + d[2]),
                            null,
                            null,
                            List.of(new PurchaseOrder.Line("MUG-1", 480, null, null)),
                            null,
                            null,
                            null,
                            null));
        }

        assertThat(page("/a/{id}/partners/suppliers", assistant))
                .contains("id=\"supplier-" + acme.id() + "\"", "Ms Li", "MUG-1", "50 % (2)", "31.0 ± ", "(n=2)")
                .contains("second source: Beta Ltd", "1.5 %")
                .doesNotContain("id=\"supplier-form\"");
        assertThat(page("/a/{id}/partners/forwarders", specialist))
                .contains("Sea Express", "100 % (2)", "22.0 ± ", "5.0 ± ", "1.2 USD / kg", "id=\"forwarder-form\"");
        mvc.perform(get("/api/v1/accounts/{id}/suppliers", account.id()).with(as(assistant)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suppliers[0].moq").value(500))
                .andExpect(jsonPath("$.suppliers[0].skus[0]").value("MUG-1"))
                .andExpect(jsonPath("$.suppliers[0].scorecard.onTimeRate").value(0.5))
                .andExpect(
                        jsonPath("$.suppliers[0].scorecard.production.meanDays").value(31.0));
        mvc.perform(get("/api/v1/accounts/{id}/forwarders", account.id()).with(as(assistant)))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.forwarders[0].scorecard.transit.meanDays").value(22.0))
                .andExpect(
                        jsonPath("$.forwarders[0].scorecard.checkIn.meanDays").value(5.0));
        // 2 a day for 31 + 22 + 5 = 58 days: the need is far below the MOQ, so 500 rounded up to 11 cases of 48
        sheets.refresh(account.id()); // as the background job does after the changes
        mvc.perform(get("/api/v1/accounts/{id}/inventory/US/MUG-1", account.id())
                        .with(as(assistant)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.supplier").value("Acme"))
                .andExpect(jsonPath("$.leadTimeDays").value(58.0))
                .andExpect(jsonPath("$.orderQuantity").value(528));
        assertThat(page("/a/{id}/inventory/stock/US/MUG-1", specialist))
                .contains("id=\"supply-form\"", "Supplied by Acme; lead time 58 days");
    }

    @Test
    void badInputKeepsTheFormAndSavesNothing() throws Exception {
        String html = mvc.perform(supplierForm("Acme", "0").with(as(specialist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("id=\"partner-error\"", "a case holds at least 1 unit", "value=\"Acme\"");
        assertThat(partners.suppliers(account.id())).isEmpty();
    }

    @Test
    void anAssistantMayNotChangePartners() throws Exception {
        mvc.perform(supplierForm("Acme").with(as(assistant))).andExpect(status().isForbidden());
        assertThat(partners.suppliers(account.id())).isEmpty();
    }

    @Test
    void anotherOrganisationsUserGetsNotFoundEverywhere() throws Exception {
        Supplier acme = partners.saveSupplier(
                specialist,
                account.id(),
                new Supplier(
                        0,
                        "Acme",
                        null,
                        null,
                        null,
                        null,
                        0,
                        1,
                        java.math.BigDecimal.TEN,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        for (String path : List.of(
                "/a/{id}/partners/suppliers",
                "/a/{id}/partners/forwarders",
                "/api/v1/accounts/{id}/suppliers",
                "/api/v1/accounts/{id}/forwarders")) {
            mvc.perform(get(path, account.id()).with(as(stranger))).andExpect(status().isNotFound());
        }
        mvc.perform(supplierForm("Evil").with(as(stranger))).andExpect(status().isNotFound());
        mvc.perform(post("/a/{id}/partners/suppliers/{s}/delete", account.id(), acme.id())
                        .with(as(stranger))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/a/{id}/inventory/stock/US/MUG-1/supply", account.id())
                        .with(as(stranger))
                        .with(csrf())
                        .param("supplierId", String.valueOf(acme.id())))
                .andExpect(status().isNotFound());
        assertThat(partners.suppliers(account.id())).extracting(Supplier::name).containsExactly("Acme");
        assertThat(partners.links(account.id())).isEmpty();
        // the stranger's own account cannot reach this account's supplier either
        long strangersAccount = directory.accessibleTo(stranger).get(0).id();
        mvc.perform(post("/a/{id}/partners/suppliers/{s}/delete", strangersAccount, acme.id())
                        .with(as(stranger))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(partners.suppliers(account.id())).hasSize(1);
    }

    String page(String path, CurrentUser who) throws Exception {
        return mvc.perform(get(path, account.id()).with(as(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
