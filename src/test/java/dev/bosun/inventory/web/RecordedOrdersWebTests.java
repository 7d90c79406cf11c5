package dev.bosun.inventory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.accounts.security.SignedInUser;
import dev.bosun.inventory.Forwarder;
import dev.bosun.inventory.InboundDays;
import dev.bosun.inventory.PurchaseOrder;
import dev.bosun.inventory.PurchaseOrderStatus;
import dev.bosun.inventory.PurchasePlans;
import dev.bosun.inventory.Replenishment;
import dev.bosun.inventory.Scorecard;
import dev.bosun.inventory.Supplier;
import dev.bosun.inventory.SupplyPartners;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A purchase order placed outside Bosun is recorded by hand (page form or REST) and its goods arrive in parts; the
 * supplier's and forwarder's scorecards and the inbound days of the replenishment sheet learn from its dates. Bad
 * input is explained and changes nothing; every change is in the operations log; other organisations see nothing.
 */
@BosunTest
class RecordedOrdersWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SupplyPartners partners;

    @Autowired
    PurchasePlans plans;

    @Autowired
    Replenishment replenishment;

    SellerAccount account;
    CurrentUser specialist;
    CurrentUser assistant;
    CurrentUser stranger;
    Supplier acme;
    Forwarder seaLine;
    LocalDate today;

    @BeforeEach
    void aStoreWithASupplierAndAForwarder() {
        Fixtures fixtures = new Fixtures(directory, team, jdbc);
        long organisation = fixtures.otherOrganisation();
        account = fixtures.account(organisation, Marketplace.US);
        specialist = fixtures.user(organisation, Role.SPECIALIST, account);
        assistant = fixtures.user(organisation, Role.ASSISTANT, account);
        long elsewhere = fixtures.otherOrganisation();
        stranger = fixtures.user(elsewhere, Role.ADMIN, fixtures.account(elsewhere, Marketplace.US));
        today = LocalDate.now(Marketplace.US.zone());
        acme = partners.saveSupplier(
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
                        BigDecimal.valueOf(20),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        seaLine = partners.saveForwarder(
                specialist,
                account.id(),
                new Forwarder(
                        0,
                        "Sea Line",
                        null,
                        null,
                        null,
                        "Ningbo → LAX",
                        BigDecimal.valueOf(30),
                        BigDecimal.valueOf(7),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
    }

    @Test
    void anOrderRecordedOnThePageArrivesInTwoPartsAndTheScorecardsLearnFromIt() throws Exception {
        LocalDate ordered = today.minusDays(80);
        assertThat(page("/a/{id}/inventory/plans", Locale.ENGLISH)).contains("id=\"record-order\"");
        assertThat(page("/a/{id}/inventory/orders/record", Locale.SIMPLIFIED_CHINESE))
                .contains("记录在 Bosun 之外下的采购单", "id=\"record-form\"");

        String location = mvc.perform(post("/a/{id}/inventory/orders/record", account.id())
                        .with(as(specialist))
                        .with(csrf())
                        .param("supplierId", String.valueOf(acme.id()))
                        .param("forwarderId", String.valueOf(seaLine.id()))
                        .param("marketplace", "US")
                        .param("orderedOn", ordered.toString())
                        .param("promisedOn", ordered.plusDays(20).toString())
                        .param("readyOn", ordered.plusDays(25).toString())
                        .param("shippedOn", ordered.plusDays(27).toString())
                        .param("currency", "usd")
                        .param("sku", "MUG-1", "BOWL-1", "")
                        .param("units", "600", "240", "")
                        .param("unitCost", "2.10", "", ""))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        PurchaseOrder recorded = plans.orders(account.id()).get(0);
        assertThat(location).isEqualTo("/a/" + account.id() + "/inventory/orders/" + recorded.id());
        assertThat(recorded.status()).isEqualTo(PurchaseOrderStatus.IN_TRANSIT);
        assertThat(recorded.lines())
                .extracting(PurchaseOrder.Line::sku, PurchaseOrder.Line::units, PurchaseOrder.Line::currency)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BOWL-1", 240, null),
                        org.assertj.core.groups.Tuple.tuple("MUG-1", 600, "USD"));
        assertThat(recorded.createdBy()).isEqualTo(specialist.username());

        receive(recorded.id(), "MUG-1", "400", ordered.plusDays(60), ordered.plusDays(57));
        PurchaseOrder part = plans.order(account.id(), recorded.id()).orElseThrow();
        assertThat(part.status()).as("200 mugs and the bowls still to come").isEqualTo(PurchaseOrderStatus.IN_TRANSIT);
        assertThat(part.arrivedOn()).isEqualTo(ordered.plusDays(57));
        assertThat(part.receivedOn()).isNull();
        assertThat(page("/a/{id}/inventory/orders/{o}", Locale.ENGLISH, recorded.id()))
                .contains("id=\"receipts-table\"", "id=\"receipt-form\"", "Still to come", "MUG-1 (200)");

        receive(recorded.id(), "BOWL-1", "240", ordered.plusDays(61), null);
        receive(recorded.id(), "MUG-1", "200", ordered.plusDays(64), null);
        PurchaseOrder received = plans.order(account.id(), recorded.id()).orElseThrow();
        assertThat(received.status()).isEqualTo(PurchaseOrderStatus.RECEIVED);
        assertThat(received.receivedOn()).as("the last arrival completes it").isEqualTo(ordered.plusDays(64));
        assertThat(plans.receipts(account.id(), recorded.id())).hasSize(3);

        Scorecard supplier = partners.supplierScorecards(account.id()).get(acme.id());
        assertThat(supplier.orders()).isEqualTo(1);
        assertThat(supplier.onTime()).as("ready 5 days after the promised day").isZero();
        assertThat(supplier.stage().meanDays()).isEqualTo(25.0);
        Scorecard forwarder = partners.forwarderScorecards(account.id()).get(seaLine.id());
        assertThat(forwarder.stage().meanDays())
                .as("picked up day 27, arrived day 57")
                .isEqualTo(30.0);
        assertThat(forwarder.checkIn().meanDays())
                .as("arrived day 57, complete day 64")
                .isEqualTo(7.0);
        InboundDays inbound = replenishment.inboundDays(account.id(), Marketplace.US);
        assertThat(inbound.shippedDays())
                .as("picked up day 27, available day 64")
                .isEqualTo(37);
        assertThat(inbound.shippedObservations()).isEqualTo(1);
        assertThat(inbound.receivingDays()).isEqualTo(7);
        assertThat(inbound.workingDays()).isEqualTo(37 + InboundDays.PREPARATION_DAYS);

        assertThat(jdbc.queryForList(
                        "select summary from workflow_operations where account_id = ? and operation_type = ?"
                                + " order by id",
                        String.class,
                        account.id(),
                        "inventory.purchase-order"))
                .hasSize(4)
                .first()
                .asString()
                .contains("recorded (placed outside Bosun on " + ordered + ")");
    }

    @Test
    void badInputIsExplainedAndChangesNothing() throws Exception {
        String future = today.plusDays(2).toString();
        List<String[]> bad = List.of(
                new String[] {"orderedOn", future, "the day the order was placed, not in the future"},
                new String[] {"orderedOn", "yesterday", "a day such as 2026-11-25"},
                new String[] {"units", "-5", "units are a whole number above 0"},
                new String[] {"units", "many", "a whole number is needed"},
                new String[] {"unitCost", "-1", "a cost cannot be negative"},
                new String[] {"marketplace", "DE", "a marketplace of this account is needed"},
                new String[] {"supplierId", "999999999", "choose a supplier of this account"},
                new String[] {"currency", "", "a currency code such as USD"});
        for (String[] b : bad) {
            MockHttpServletRequestBuilder request = post("/a/{id}/inventory/orders/record", account.id())
                    .with(as(specialist))
                    .with(csrf())
                    .locale(Locale.ENGLISH);
            java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
            form.put("supplierId", String.valueOf(acme.id()));
            form.put("marketplace", "US");
            form.put("orderedOn", today.minusDays(10).toString());
            form.put("currency", "USD");
            form.put("units", "10");
            form.put("unitCost", "1.50");
            form.put(b[0], b[1]);
            form.forEach(request::param);
            request.param("sku", "MUG-1");
            String html = mvc.perform(request)
                    .andExpect(status().isBadRequest())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(html).as(b[0] + "=" + b[1]).contains("id=\"record-error\"", b[2]);
            assertThat(html).as("the form keeps what was typed").contains("value=\"MUG-1\"");
        }
        mvc.perform(post("/a/{id}/inventory/orders/record", account.id())
                        .with(as(specialist))
                        .with(csrf())
                        .locale(Locale.ENGLISH)
                        .param("supplierId", String.valueOf(acme.id()))
                        .param("marketplace", "US")
                        .param("orderedOn", today.minusDays(10).toString())
                        .param("sku", "MUG-1", "MUG-1")
                        .param("units", "10", "20"))
                .andExpect(status().isBadRequest());
        assertThat(plans.orders(account.id())).isEmpty();

        PurchaseOrder order = record(today.minusDays(30), today.minusDays(20));
        for (String[] b : List.of(
                new String[] {"units", "101", "inventory.error.receiptUnits"},
                new String[] {"units", "0", "inventory.error.receiptUnits"},
                new String[] {"sku", "BOWL-1", "inventory.error.notOnOrder"},
                new String[] {"receivedOn", today.minusDays(25).toString(), "inventory.error.receivedOn"},
                new String[] {"receivedOn", today.plusDays(1).toString(), "inventory.error.receivedOn"},
                new String[] {"arrivedOn", today.plusDays(1).toString(), "inventory.error.arrivedOn"})) {
            java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
            form.put("sku", "MUG-1");
            form.put("units", "50");
            form.put("receivedOn", today.toString());
            form.put(b[0], b[1]);
            MockHttpServletRequestBuilder request = post(
                            "/a/{id}/inventory/orders/{o}/receipts", account.id(), order.id())
                    .with(as(specialist))
                    .with(csrf());
            form.forEach(request::param);
            var flash = mvc.perform(request)
                    .andExpect(status().is3xxRedirection())
                    .andReturn()
                    .getFlashMap();
            assertThat(flash.get("formErrorKey")).as(b[0] + "=" + b[1]).isEqualTo(b[2]);
        }
        assertThat(plans.receipts(account.id(), order.id())).isEmpty();
        assertThat(plans.order(account.id(), order.id()).orElseThrow().status())
                .isEqualTo(PurchaseOrderStatus.IN_TRANSIT);
    }

    @Test
    void scriptsRecordOrdersAndArrivalsThroughTheApi() throws Exception {
        String body = """
                {"supplierId": %d, "forwarderId": %d, "marketplace": "US", "orderedOn": "%s",
                 "promisedOn": "%s", "readyOn": "%s", "shippedOn": "%s", "currency": "USD",
                 "lines": [{"sku": "MUG-1", "units": 600, "unitCost": 2.10}]}
                """.formatted(
                        acme.id(),
                        seaLine.id(),
                        today.minusDays(70),
                        today.minusDays(50),
                        today.minusDays(48),
                        today.minusDays(45));
        String created = mvc.perform(json(post("/api/v1/accounts/{id}/purchase-orders", account.id()), body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("in-transit"))
                .andExpect(jsonPath("$.lines[0].unitsToCome").value(600))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id =
                Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+),.*$", "$1").strip());

        mvc.perform(json(
                        post("/api/v1/accounts/{id}/purchase-orders/{o}/receipts", account.id(), id),
                        "{\"sku\":\"MUG-1\",\"units\":600,\"receivedOn\":\"%s\",\"arrivedOn\":\"%s\"}"
                                .formatted(today.minusDays(5), today.minusDays(8))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("received"))
                .andExpect(jsonPath("$.receivedOn").value(today.minusDays(5).toString()))
                .andExpect(jsonPath("$.receipts[0].units").value(600));
        mvc.perform(get("/api/v1/accounts/{id}/purchase-orders", account.id()).with(as(specialist)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.purchaseOrders[0].id").value(id))
                .andExpect(jsonPath("$.purchaseOrders[0].lines[0].unitsToCome").value(0));

        mvc.perform(json(
                        post("/api/v1/accounts/{id}/purchase-orders", account.id()),
                        "{\"supplierId\":%d,\"marketplace\":\"US\",\"orderedOn\":\"%s\",\"lines\":[]}"
                                .formatted(acme.id(), today.minusDays(3))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("lines"));
        mvc.perform(json(
                        post("/api/v1/accounts/{id}/purchase-orders/{o}/receipts", account.id(), id),
                        "{\"sku\":\"MUG-1\",\"units\":1,\"receivedOn\":\"%s\"}".formatted(today)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"));
        assertThat(plans.orders(account.id())).hasSize(1);
        assertThat(replenishment.inboundDays(account.id(), Marketplace.US).shippedDays())
                .isEqualTo(40);
    }

    @Test
    void anAssistantMayNotRecordAndAnotherOrganisationGetsNotFound() throws Exception {
        PurchaseOrder order = record(today.minusDays(30), null);
        String body =
                "{\"supplierId\":%d,\"marketplace\":\"US\",\"orderedOn\":\"%s\",\"lines\":[{\"sku\":\"A\",\"units\":1}]}"
                        .formatted(acme.id(), today.minusDays(3));
        mvc.perform(post("/api/v1/accounts/{id}/purchase-orders", account.id())
                        .with(as(assistant))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        assertThat(page("/a/{id}/inventory/orders/record", Locale.ENGLISH, new Object[0], assistant))
                .contains("id=\"record-readonly\"")
                .doesNotContain("id=\"record-form\"");
        mvc.perform(post("/api/v1/accounts/{id}/purchase-orders", account.id())
                        .with(as(stranger))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/accounts/{id}/purchase-orders/{o}/receipts", account.id(), order.id())
                        .with(as(stranger))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sku\":\"MUG-1\",\"units\":1,\"receivedOn\":\"%s\"}".formatted(today)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/a/{id}/inventory/orders/record", account.id()).with(as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/accounts/{id}/purchase-orders", account.id()).with(as(stranger)))
                .andExpect(status().isNotFound());
        assertThat(plans.orders(account.id()))
                .singleElement()
                .extracting(PurchaseOrder::id)
                .isEqualTo(order.id());
        assertThat(plans.receipts(account.id(), order.id())).isEmpty();
    }

    private PurchaseOrder record(LocalDate ordered, LocalDate shipped) {
        return partners.record(
                specialist,
                account.id(),
                new dev.bosun.inventory.RecordedOrder(
                        acme.id(),
                        null,
                        Marketplace.US,
                        ordered,
                        null,
                        null,
                        shipped,
                        null,
                        null,
                        List.of(new dev.bosun.inventory.RecordedOrder.Line("MUG-1", 100, null))));
    }

    private void receive(long order, String sku, String units, LocalDate on, LocalDate arrived) throws Exception {
        MockHttpServletRequestBuilder request = post("/a/{id}/inventory/orders/{o}/receipts", account.id(), order)
                .with(as(specialist))
                .with(csrf())
                .param("sku", sku)
                .param("units", units)
                .param("receivedOn", on.toString());
        if (arrived != null) {
            request.param("arrivedOn", arrived.toString());
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(as(specialist))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private String page(String path, Locale locale, Object... vars) throws Exception {
        return page(path, locale, vars, specialist);
    }

    private String page(String path, Locale locale, Object[] vars, CurrentUser who) throws Exception {
        Object[] all = new Object[vars.length + 1];
        all[0] = account.id();
        System.arraycopy(vars, 0, all, 1, vars.length);
        return mvc.perform(get(path, all).with(as(who)).locale(locale))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static RequestPostProcessor as(CurrentUser u) {
        return user(new SignedInUser(u, "x", true));
    }
}
