package dev.bosun.finance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.accounts.security.SignedInUser;
import dev.bosun.finance.ExchangeRates;
import dev.bosun.finance.RateSource;
import dev.bosun.finance.UnitCosts;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Money;
import dev.bosun.shared.PackageSize;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Finance → Costs and Exchange rates, pages and REST: who may see and change what, the operations log, the
 * shipment preview, the xlsx export. Each test works in an organisation of its own.
 */
@BosunTest
class CostsWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UnitCosts costs;

    @Autowired
    ExchangeRates rates;

    long organisation;
    SellerAccount account;
    CurrentUser specialist;
    CurrentUser assistant;
    CurrentUser manager;
    CurrentUser stranger;

    @BeforeEach
    void anOrganisationWithItsPeopleAndAStrangerInAnother() {
        Fixtures fixtures = new Fixtures(directory, team, jdbc);
        organisation = fixtures.otherOrganisation();
        account = fixtures.account(organisation, Marketplace.US);
        specialist = fixtures.user(organisation, Role.SPECIALIST, account);
        assistant = fixtures.user(organisation, Role.ASSISTANT, account);
        manager = fixtures.user(organisation, Role.STORE_MANAGER, account);
        long elsewhere = fixtures.otherOrganisation();
        stranger = fixtures.user(elsewhere, Role.ADMIN, fixtures.account(elsewhere, Marketplace.US));
    }

    static RequestPostProcessor as(CurrentUser u) {
        return user(new SignedInUser(u, "x", true));
    }

    String page(String path, CurrentUser who) throws Exception {
        return mvc.perform(get(path, account.id()).with(as(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theFinanceAreaLinksToCostsAndExchangeRates() throws Exception {
        assertThat(page("/a/{id}/finance", specialist))
                .contains("id=\"page-costs\"", "/a/" + account.id() + "/finance/costs")
                .contains("id=\"page-exchange-rates\"", "/a/" + account.id() + "/finance/exchange-rates");
    }

    @Test
    void aSpecialistSetsACostFromADateKeepingTheEarlierOneAndTheChangeIsLogged() throws Exception {
        setCogs(specialist, "MUG-1", "21.50", "CNY", "2026-01-01");
        setCogs(specialist, "MUG-1", "23", "CNY", "2026-06-01");

        assertThat(costs.cogsHistory(account.id(), List.of("MUG-1")).get("MUG-1"))
                .extracting(p -> p.from() + " " + p.cost())
                .containsExactly("2026-01-01 21.5 CNY", "2026-06-01 23 CNY");
        String html = page("/a/{id}/finance/costs", specialist);
        assertThat(html).contains("id=\"cost-MUG-1\"", "23 CNY", "2 periods", "from 2026-06-01: 23 CNY");
        assertThat(jdbc.queryForList(
                        "select user_name from workflow_operations where account_id = ? and operation_type = ?",
                        String.class,
                        account.id(),
                        "finance.cost.cogs"))
                .containsExactly(specialist.username(), specialist.username());
    }

    @Test
    void badInputIsShownAndChangesNothing() throws Exception {
        org.springframework.web.servlet.FlashMap flash = mvc.perform(post("/a/{id}/finance/costs/cogs", account.id())
                        .with(as(specialist))
                        .with(csrf())
                        .param("sku", "MUG-1")
                        .param("cost", "-3")
                        .param("currency", "CNY")
                        .param("from", "2026-01-01"))
                .andExpect(redirectedUrl("/a/" + account.id() + "/finance/costs"))
                .andReturn()
                .getFlashMap();

        assertThat(costs.cogsHistory(account.id(), List.of("MUG-1"))).isEmpty();
        assertThat(flash.get("formErrorKey")).isEqualTo("costs.error.amount");
        assertThat(flash.get("formError")).isEqualTo("a cost cannot be negative: -3 CNY");
    }

    @Test
    void aShipmentWhoseSizeIsUnknownIsExplainedOnThePreview() throws Exception {
        String html = mvc.perform(shipment("preview"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("id=\"shipment-error\"", "unit size is unknown: enter it under Unit size")
                .contains("the size of a unit of MUG-1 is unknown")
                .contains("value=\"FBA-TEST\"")
                .doesNotContain("id=\"shipment-preview-table\"");
    }

    @Test
    void anAssistantSeesTheCostsButMayNotChangeThem() throws Exception {
        costs.setCogs(null, account.id(), "MUG-1", LocalDate.parse("2026-01-01"), Money.of("2", "USD"));

        assertThat(page("/a/{id}/finance/costs", assistant)).contains("MUG-1").doesNotContain("id=\"cogs-form\"");
        mvc.perform(post("/a/{id}/finance/costs/cogs", account.id())
                        .with(as(assistant))
                        .with(csrf())
                        .param("sku", "MUG-1")
                        .param("cost", "9")
                        .param("currency", "USD")
                        .param("from", "2026-02-01"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/accounts/{id}/costs/{sku}", account.id(), "MUG-1")
                        .with(as(assistant))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cost\":\"9\",\"currency\":\"USD\",\"from\":\"2026-02-01\"}"))
                .andExpect(status().isForbidden());
        assertThat(costs.cogsHistory(account.id(), List.of("MUG-1")).get("MUG-1"))
                .hasSize(1);
    }

    @Test
    void anotherOrganisationsUserGetsNotFoundEverywhere() throws Exception {
        costs.setCogs(null, account.id(), "MUG-1", LocalDate.parse("2026-01-01"), Money.of("2", "USD"));

        mvc.perform(get("/a/{id}/finance/costs", account.id()).with(as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/a/{id}/finance/exchange-rates", account.id()).with(as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/a/{id}/finance/costs/export.xlsx", account.id()).with(as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/a/{id}/finance/costs/cogs", account.id())
                        .with(as(stranger))
                        .with(csrf())
                        .param("sku", "MUG-1")
                        .param("cost", "0.01")
                        .param("currency", "USD")
                        .param("from", "2026-02-01"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/accounts/{id}/costs", account.id()).with(as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/accounts/{id}/costs/{sku}", account.id(), "MUG-1")
                        .with(as(stranger))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cost\":\"0.01\",\"currency\":\"USD\",\"from\":\"2026-02-01\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/accounts/{id}/exchange-rates", account.id()).with(as(stranger)))
                .andExpect(status().isNotFound());
        assertThat(costs.cogsHistory(account.id(), List.of("MUG-1")).get("MUG-1"))
                .hasSize(1);
    }

    @Test
    void theRestApiReadsAndSetsCosts() throws Exception {
        costs.setUnitSize(null, account.id(), "MUG-1", PackageSize.parse("10x10x10cm", "1kg"));
        costs.setPickAndPack(null, account.id(), null, LocalDate.parse("2026-01-01"), Money.of("0.60", "USD"));

        mvc.perform(put("/api/v1/accounts/{id}/costs/{sku}", account.id(), "MUG-1")
                        .with(as(specialist))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cost\":\"21.50\",\"currency\":\"CNY\",\"from\":\"2026-01-01\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2026-01-01"))
                .andExpect(jsonPath("$.cost.amount").value("21.5"));
        mvc.perform(put("/api/v1/accounts/{id}/costs/{sku}", account.id(), "MUG-1")
                        .with(as(specialist))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cost\":\"21.50\",\"currency\":\"CNY\",\"from\":\"first of May\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("from"));
        mvc.perform(get("/api/v1/accounts/{id}/costs/{sku}", account.id(), "MUG-1")
                        .param("date", "2026-03-01")
                        .with(as(specialist)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cogs.amount").value("21.5"))
                .andExpect(jsonPath("$.cogs.currency").value("CNY"))
                .andExpect(jsonPath("$.pickAndPack.amount").value("0.6"))
                .andExpect(jsonPath("$.history[0].until").doesNotExist());
        mvc.perform(get("/api/v1/accounts/{id}/costs/{sku}", account.id(), "NONE")
                        .with(as(specialist)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aShipmentIsPreviewedWithoutSavingThenSaved() throws Exception {
        costs.setUnitSize(null, account.id(), "MUG-1", PackageSize.parse("10x10x10cm", "1kg"));
        costs.setUnitSize(null, account.id(), "LID-1", PackageSize.parse("10x10x5cm", "0.1kg"));

        String preview = mvc.perform(shipment("preview"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(preview).contains("id=\"shipment-preview-table\"", "66.67 USD", "33.33 USD");
        assertThat(costs.shipments(account.id())).isEmpty();

        mvc.perform(shipment("save"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/a/" + account.id() + "/finance/costs"));
        assertThat(costs.shipments(account.id()))
                .singleElement()
                .satisfies(s -> assertThat(s.lines())
                        .extracting(l -> l.sku() + " " + l.freight())
                        .containsExactly("LID-1 33.33 USD", "MUG-1 66.67 USD"));
        mvc.perform(get("/api/v1/accounts/{id}/costs/shipments", account.id()).with(as(specialist)))
                .andExpect(jsonPath("$[0].name").value("FBA-TEST"))
                .andExpect(jsonPath("$[0].lines[1].freightPerUnit.amount").value("6.667000"));
    }

    @Test
    void expensesAreAddedAndDeletedPerMonth() throws Exception {
        mvc.perform(post("/a/{id}/finance/costs/expenses", account.id())
                        .with(as(specialist))
                        .with(csrf())
                        .param("month", "2026-11")
                        .param("category", "Software")
                        .param("amount", "99.00")
                        .param("currency", "USD")
                        .param("note", "Keyword tool"))
                .andExpect(redirectedUrl("/a/" + account.id() + "/finance/costs?month=2026-11"));

        assertThat(page("/a/{id}/finance/costs?month=2026-11", specialist))
                .contains("id=\"expense-table\"", "99.00 USD", "Keyword tool");
        long id = costs.expenses(account.id(), java.time.YearMonth.of(2026, 11))
                .get(0)
                .id();
        mvc.perform(post("/a/{id}/finance/costs/expenses/{e}/delete", account.id(), id)
                        .with(as(specialist))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(costs.expenses(account.id(), java.time.YearMonth.of(2026, 11)))
                .isEmpty();
    }

    @Test
    void theCostTableExportsAsAWorkbook() throws Exception {
        costs.setCogs(null, account.id(), "MUG-1", LocalDate.parse("2026-01-01"), Money.of("21.5", "CNY"));
        costs.setCogs(null, account.id(), "MUG-1", LocalDate.parse("2026-06-01"), Money.of("23", "CNY"));

        byte[] xlsx = mvc.perform(
                        get("/a/{id}/finance/costs/export.xlsx", account.id()).with(as(assistant)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(CostsController.XLSX))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("SKU");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("MUG-1");
            assertThat(rows.get(1).getCellAsNumber(3)).contains(new BigDecimal("21.5"));
            assertThat(rows.get(2).getCellText(4)).isEqualTo("CNY");
        }
    }

    @Test
    void exchangeRatesAreEnteredByASpecialistAndTheReportingCurrencyByAStoreManager() throws Exception {
        mvc.perform(post("/a/{id}/finance/exchange-rates", account.id())
                        .with(as(specialist))
                        .with(csrf())
                        .param("date", "2026-11-25")
                        .param("base", "usd")
                        .param("quote", "CNY")
                        .param("rate", "7,1036"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/a/{id}/finance/exchange-rates/reporting-currency", account.id())
                        .with(as(specialist))
                        .with(csrf())
                        .param("currency", "CNY"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/a/{id}/finance/exchange-rates/reporting-currency", account.id())
                        .with(as(manager))
                        .with(csrf())
                        .param("currency", "CNY"))
                .andExpect(status().is3xxRedirection());

        assertThat(rates.reportingCurrency(organisation)).isEqualTo(Currency.getInstance("CNY"));
        assertThat(page("/a/{id}/finance/exchange-rates?date=2026-11-30", specialist))
                .contains("USD → CNY", "7.1036", "stored rate of 2026-11-25");
        mvc.perform(get("/api/v1/accounts/{id}/exchange-rates", account.id())
                        .param("date", "2026-11-30")
                        .param("from", "CNY")
                        .param("to", "USD")
                        .with(as(assistant)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reportingCurrency").value("CNY"))
                .andExpect(jsonPath("$.rate.route").value("INVERSE"))
                .andExpect(jsonPath("$.rates[0].rate").value("7.1036"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from workflow_operations where organisation_id = ? and operation_type like ?",
                        Integer.class,
                        organisation,
                        "finance.%"))
                .isEqualTo(2);
    }

    @Test
    void aPageWithoutARateSaysSo() throws Exception {
        rates.record(
                null,
                organisation,
                LocalDate.parse("2026-11-25"),
                Currency.getInstance("EUR"),
                Currency.getInstance("GBP"),
                new BigDecimal("0.85"),
                RateSource.ENTERED);
        mvc.perform(post("/a/{id}/finance/exchange-rates/reporting-currency", account.id())
                        .with(as(manager))
                        .with(csrf())
                        .param("currency", "CNY"))
                .andExpect(status().is3xxRedirection());

        assertThat(page("/a/{id}/finance/exchange-rates?date=2026-11-30", specialist))
                .contains("No rate from USD to CNY on or before this day");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder shipment(String action) {
        return post("/a/{id}/finance/costs/shipments", account.id())
                .with(as(specialist))
                .with(csrf())
                .param("name", "FBA-TEST")
                .param("date", "2026-10-01")
                .param("forwarder", "Oceanlink")
                .param("freight", "100.00")
                .param("duties", "")
                .param("currency", "USD")
                .param("basis", "VOLUME")
                .param("lines", "MUG-1 10\nLID-1 10\n")
                .param("action", action);
    }

    private void setCogs(CurrentUser who, String sku, String cost, String currency, String from) throws Exception {
        mvc.perform(post("/a/{id}/finance/costs/cogs", account.id())
                        .with(as(who))
                        .with(csrf())
                        .param("sku", sku)
                        .param("cost", cost)
                        .param("currency", currency)
                        .param("from", from))
                .andExpect(redirectedUrl("/a/" + account.id() + "/finance/costs"));
    }
}
