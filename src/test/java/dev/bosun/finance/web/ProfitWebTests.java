package dev.bosun.finance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.accounts.security.SignedInUser;
import dev.bosun.advertising.AdPerformance;
import dev.bosun.amazon.ReportImports;
import dev.bosun.finance.ExchangeRates;
import dev.bosun.finance.FeeEstimates;
import dev.bosun.finance.ProfitFixtures;
import dev.bosun.finance.ProfitLedger;
import dev.bosun.finance.UnitCosts;
import dev.bosun.orders.OrderBook;
import dev.bosun.orders.Returns;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finance → Profit and P&L pages, their drill-down fragments and xlsx exports, and the REST endpoints: each for the
 * account's own users only (another organisation's user gets 404, as for an account that does not exist).
 */
@BosunTest
class ProfitWebTests {

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
    OrderBook orders;

    @Autowired
    Returns returns;

    @Autowired
    AdPerformance ads;

    @Autowired
    FeeEstimates estimates;

    @Autowired
    UnitCosts costs;

    @Autowired
    ExchangeRates rates;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ProfitLedger ledger;

    @TempDir
    Path folder;

    SellerAccount account;
    CurrentUser manager;
    CurrentUser stranger;
    LocalDate today;

    @BeforeEach
    void aStoreWithAManagerAndAStrangerFromAnotherOrganisation() {
        Fixtures fixtures = new Fixtures(directory, team, jdbc);
        long organisation = fixtures.otherOrganisation();
        ProfitFixtures profit = new ProfitFixtures(
                directory, imports, orders, returns, ads, estimates, costs, rates, jdbc, transactions, folder);
        account = profit.account(organisation);
        manager = fixtures.user(organisation, Role.STORE_MANAGER, account);
        long other = fixtures.otherOrganisation();
        stranger = fixtures.user(other, Role.ADMIN, fixtures.account(other, Marketplace.US));
        today = LocalDate.now(Marketplace.US.zone());
        profit.recentStore(account, today);
        // What the background job does after the imports; the pages show the last rollup and never wait for one.
        ledger.recompute(account.id());
    }

    static RequestPostProcessor as(CurrentUser u) {
        return user(new SignedInUser(u, "x", true));
    }

    String page(String path, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).with(as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theFinanceAreaLinksToProfitAndPnl() throws Exception {
        String area = page("/a/{id}/finance", account.id());

        assertThat(area).contains("id=\"page-profit\"").contains("id=\"page-pnl\"");
    }

    @Test
    void theProfitPageShowsTilesTheTableAndTheChart() throws Exception {
        String html = page("/a/{id}/finance/profit", account.id());

        assertThat(html)
                .contains("id=\"tile-today\"")
                .contains("id=\"tile-forecast\"")
                .contains("Month to date × days in the month ÷ days gone")
                .contains("id=\"profit-table\"")
                .contains("B0MUG")
                .contains("B0CUP")
                .contains("estimated")
                .contains("cost unknown")
                .contains("1 SKUs sold without a COGS")
                .contains("data-chart=")
                .doesNotContain("onclick")
                .doesNotContain("onchange");
        String zh = mvc.perform(get("/a/{id}/finance/profit", account.id())
                        .with(as(manager))
                        .locale(java.util.Locale.SIMPLIFIED_CHINESE))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(zh).contains("本月预测").contains("按 ASIN 的利润");
    }

    @Test
    void theDrillDownGoesFromAsinToSkusToOrdersToFeeLines() throws Exception {
        String from = today.minusDays(29).toString();
        String skus = page(
                "/a/{id}/finance/profit/skus?asin=B0MUG&mp=US&from=" + from + "&to=" + today + "&cur=local",
                account.id());
        String orderList = page(
                "/a/{id}/finance/profit/orders?sku=MUG&mp=US&from=" + from + "&to=" + today + "&cur=local",
                account.id());
        String order = page("/a/{id}/finance/profit/order/{o}", account.id(), "113-0000001-0000001");
        String unsettled = page("/a/{id}/finance/profit/order/{o}", account.id(), "113-0000002-0000002");

        assertThat(skus).contains("MUG").contains("60.00 USD");
        assertThat(orderList)
                .contains("113-0000001-0000001")
                .contains("113-0000002-0000002")
                .contains("estimated");
        assertThat(order)
                .contains("Commission")
                .contains("-6.00 USD")
                .contains("Referral fees")
                .contains("FBAPerUnitFulfillmentFee");
        assertThat(unsettled).contains("id=\"no-fee-lines\"").contains("not settled yet");
    }

    @Test
    void theTableAndTheStatementExportAsXlsx() throws Exception {
        byte[] table = mvc.perform(get("/a/{id}/finance/profit/export.xlsx", account.id())
                        .param("cur", "local")
                        .with(as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] pnl = mvc.perform(
                        get("/a/{id}/finance/pnl/export.xlsx", account.id()).with(as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (ReadableWorkbook book = new ReadableWorkbook(new java.io.ByteArrayInputStream(table))) {
            var rows = book.getFirstSheet().read();
            assertThat(rows.get(1).getCellText(1)).isEqualTo("ASIN");
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.getCellText(1)).isEqualTo("B0MUG");
                assertThat(new java.math.BigDecimal(r.getCellText(7))).isEqualByComparingTo("60.00");
            });
        }
        try (ReadableWorkbook book = new ReadableWorkbook(new java.io.ByteArrayInputStream(pnl))) {
            var rows = book.getFirstSheet().read();
            assertThat(rows.get(1).getCellText(12))
                    .isEqualTo(YearMonth.from(today).toString());
            assertThat(rows.get(2).getCellText(0)).isEqualTo("Sales");
        }
    }

    @Test
    void thePnlShowsTheMonthsFromSalesToNetProfit() throws Exception {
        String html = page("/a/{id}/finance/pnl", account.id());

        assertThat(html)
                .contains("id=\"pnl-table\"")
                .contains("id=\"pnl-sales\"")
                .contains("id=\"pnl-net\"")
                .contains(YearMonth.from(today).toString());
    }

    @Test
    void theApiAnswersTheAccountsUsersAndNobodyElse() throws Exception {
        String path = "/api/v1/accounts/{id}/profit?from=" + today.minusDays(29) + "&to=" + today + "&by=sku";
        String body = mvc.perform(get(path, account.id()).with(as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode json = JsonMapper.builder().build().readTree(body);

        assertThat(json.get("by").asText()).isEqualTo("sku");
        assertThat(json.get("rows")).hasSize(2);
        JsonNode mug = json.get("rows").get(1);
        assertThat(mug.get("sku").asText()).isEqualTo("MUG");
        assertThat(mug.get("local").get("sales").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(mug.get("local").get("estimated").asBoolean()).isTrue();
        assertThat(json.get("rows").get(0).get("local").get("costUnknown").asBoolean())
                .isTrue();

        mvc.perform(get(path, account.id()).with(as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/accounts/{id}/pnl?from=2024-01&to=2024-03", account.id())
                        .with(as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/a/{id}/finance/profit", account.id()).with(as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/a/{id}/finance/pnl", account.id()).with(as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/a/{id}/finance/profit/order/{o}", account.id(), "113-0000001-0000001")
                        .with(as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/accounts/{id}/profit?from=2024-01-01&to=2024-01-31&by=week", account.id())
                        .with(as(manager)))
                .andExpect(status().isBadRequest());
        String pnl = mvc.perform(get(
                                "/api/v1/accounts/{id}/pnl?from="
                                        + YearMonth.from(today).minusMonths(1) + "&to=" + YearMonth.from(today),
                                account.id())
                        .with(as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonMapper.builder().build().readTree(pnl).get("months")).hasSize(2);
    }
}
