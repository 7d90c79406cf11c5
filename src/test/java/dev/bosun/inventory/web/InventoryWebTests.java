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
import dev.bosun.inventory.ReplenishmentSheetJob;
import dev.bosun.inventory.StockPositions;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import dev.bosun.testing.ReviewFixtures;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Inventory → Stock and replenishment, page and REST: a SKU selling 10 a day with 200 units at FBA and a 3PL
 * count; the proposal beside the rules of thumb; counts with their history; who may count; other organisations
 * see nothing.
 */
@BosunTest
class InventoryWebTests {

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
    StockPositions positions;

    @Autowired
    ReplenishmentSheetJob sheets;

    @TempDir
    Path dir;

    SellerAccount account;
    CurrentUser specialist;
    CurrentUser assistant;
    CurrentUser stranger;
    LocalDate today;

    @BeforeEach
    void aStoreSellingTenMugsADay() {
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
                90,
                10,
                "99.90",
                "301",
                ReviewFixtures.stockLine("MUG-1", "B0MUG00001", "9.99", 200, 0),
                ReviewFixtures.stockLine("IDLE-1", "B0IDLE0001", "5.00", 40, 0));
    }

    static RequestPostProcessor as(CurrentUser u) {
        return user(new SignedInUser(u, "x", true));
    }

    String page(String path, CurrentUser who, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).with(as(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    void countThirdParty(CurrentUser who, String quantity) throws Exception {
        mvc.perform(post("/a/{id}/inventory/counts", account.id())
                        .with(as(who))
                        .with(csrf())
                        .param("marketplace", "US")
                        .param("sku", "MUG-1")
                        .param("location", "third-party")
                        .param("locationName", "LA 3PL")
                        .param("quantity", quantity)
                        .param("countedOn", today.toString())
                        .param("note", "cycle count"))
                .andExpect(redirectedUrl("/a/" + account.id() + "/inventory/stock/US/MUG-1"));
    }

    @Test
    void theInventoryAreaLinksToTheStockPage() throws Exception {
        assertThat(page("/a/{id}/inventory", specialist, account.id()))
                .contains("id=\"page-stock\"", "/a/" + account.id() + "/inventory/stock");
    }

    @Test
    void theTableShowsStockCoverAndBosunsOrderNextToTheRulesOfThumb() throws Exception {
        countThirdParty(specialist, "100");
        sheets.refresh(account.id()); // as the background job does after the count

        String html = page("/a/{id}/inventory/stock", specialist, account.id());

        assertThat(html).contains("id=\"stock-US-MUG-1\"", "id=\"stock-US-IDLE-1\"", "Daily sales × cycle × 1.5");
        // position 200 + 100 at the 3PL; 10 a day; lead time 30 + review 7
        mvc.perform(get("/api/v1/accounts/{id}/inventory", account.id()).with(as(assistant)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.marketplaces[0].marketplace").value("US"))
                .andExpect(jsonPath("$.marketplaces[0].skus[?(@.sku == 'MUG-1')].stock.available")
                        .value(200))
                .andExpect(jsonPath("$.marketplaces[0].skus[?(@.sku == 'MUG-1')].stock.thirdParty")
                        .value(100))
                .andExpect(jsonPath("$.marketplaces[0].skus[?(@.sku == 'MUG-1')].stock.position")
                        .value(300))
                .andExpect(jsonPath("$.marketplaces[0].skus[?(@.sku == 'MUG-1')].ruleOfThumb.sixWeeks")
                        .value(490))
                .andExpect(jsonPath("$.marketplaces[0].skus[?(@.sku == 'MUG-1')].ruleOfThumb.eightWeeks")
                        .value(630))
                .andExpect(jsonPath("$.marketplaces[0].skus[?(@.sku == 'MUG-1')].ruleOfThumb.cycleTimesOneAndHalf")
                        .value(255))
                .andExpect(jsonPath("$.marketplaces[0].skus[?(@.sku == 'MUG-1')].daysOfCover")
                        .value(20.0))
                .andExpect(jsonPath("$.marketplaces[0].skus[?(@.sku == 'MUG-1')].projectedStockOut")
                        .value(today.plusDays(30).toString()))
                .andExpect(jsonPath("$.marketplaces[0].skus[?(@.sku == 'MUG-1')].warning")
                        .value(true))
                .andExpect(jsonPath("$.marketplaces[0].skus[?(@.sku == 'IDLE-1')].orderQuantity")
                        .value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())));
        String json = mvc.perform(get("/api/v1/accounts/{id}/inventory/US/MUG-1", account.id())
                        .with(as(assistant)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts[0].locationName").value("LA 3PL"))
                .andExpect(jsonPath("$.counts[0].countedBy").value(specialist.username()))
                .andExpect(jsonPath("$.forecast[0].date").value(today.toString()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json).contains("\"low95\"", "\"high80\"");
    }

    @Test
    void theSkuPageHasTheForecastChartAndTheCountHistory() throws Exception {
        countThirdParty(specialist, "100");
        countThirdParty(specialist, "80");
        sheets.refresh(account.id());

        String html = page("/a/{id}/inventory/stock/US/MUG-1", specialist, account.id());

        assertThat(html)
                .contains(
                        "id=\"inventory-chart\"", "&quot;forecast&quot;", "id=\"count-form\"", "LA 3PL", "cycle count")
                .contains("id=\"sku-order\"");
        assertThat(positions.counts(account.id(), Marketplace.US, "MUG-1"))
                .extracting(c -> c.quantity())
                .containsExactly(80, 100);
        assertThat(jdbc.queryForList(
                        "select user_name from workflow_operations where account_id = ? and operation_type = ?",
                        String.class,
                        account.id(),
                        "inventory.stock-count"))
                .containsExactly(specialist.username(), specialist.username());
    }

    @Test
    void aBadCountIsExplainedAndChangesNothing() throws Exception {
        var flash = mvc.perform(post("/a/{id}/inventory/counts", account.id())
                        .with(as(specialist))
                        .with(csrf())
                        .param("marketplace", "US")
                        .param("sku", "MUG-1")
                        .param("location", "third-party")
                        .param("locationName", "LA 3PL")
                        .param("quantity", "-5")
                        .param("countedOn", today.toString()))
                .andReturn()
                .getFlashMap();

        assertThat(flash.get("formErrorKey")).isEqualTo("inventory.error.quantity");
        assertThat(positions.counts(account.id(), Marketplace.US, "MUG-1")).isEmpty();
        mvc.perform(post("/api/v1/accounts/{id}/inventory/counts", account.id())
                        .with(as(specialist))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"marketplace\":\"US\",\"sku\":\"MUG-1\",\"location\":\"own-warehouse\","
                                + "\"locationName\":\"SZ\",\"quantity\":5,\"countedOn\":\"" + today.plusDays(2)
                                + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("countedOn"));
    }

    @Test
    void theExportHasTheTableInTheReadersLanguage() throws Exception {
        sheets.refresh(account.id());
        byte[] xlsx = mvc.perform(get("/a/{id}/inventory/stock/export.xlsx", account.id())
                        .with(as(assistant))
                        .locale(java.util.Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(1).getCellText(1)).isEqualTo("SKU");
            assertThat(rows.get(1).getCellText(23)).isEqualTo("日均销量 × 备货周期 × 1.5");
            assertThat(rows).extracting(r -> r.getCellText(1)).contains("MUG-1", "IDLE-1");
        }
    }

    @Test
    void anAssistantSeesStockButMayNotCount() throws Exception {
        assertThat(page("/a/{id}/inventory/stock/US/MUG-1", assistant, account.id()))
                .doesNotContain("id=\"count-form\"");
        mvc.perform(post("/a/{id}/inventory/counts", account.id())
                        .with(as(assistant))
                        .with(csrf())
                        .param("marketplace", "US")
                        .param("sku", "MUG-1")
                        .param("location", "third-party")
                        .param("locationName", "LA 3PL")
                        .param("quantity", "5")
                        .param("countedOn", today.toString()))
                .andExpect(status().isForbidden());
        assertThat(positions.counts(account.id(), Marketplace.US, "MUG-1")).isEmpty();
    }

    @Test
    void anotherOrganisationsUserGetsNotFoundEverywhere() throws Exception {
        for (String path : List.of(
                "/a/{id}/inventory/stock",
                "/a/{id}/inventory/stock/export.xlsx",
                "/a/{id}/inventory/stock/US/MUG-1",
                "/api/v1/accounts/{id}/inventory",
                "/api/v1/accounts/{id}/inventory/US/MUG-1")) {
            mvc.perform(get(path, account.id()).with(as(stranger))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/a/{id}/inventory/counts", account.id())
                        .with(as(stranger))
                        .with(csrf())
                        .param("marketplace", "US")
                        .param("sku", "MUG-1")
                        .param("location", "third-party")
                        .param("locationName", "X")
                        .param("quantity", "5")
                        .param("countedOn", today.toString()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/accounts/{id}/inventory/counts", account.id())
                        .with(as(stranger))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"marketplace\":\"US\",\"sku\":\"MUG-1\",\"location\":\"own-warehouse\","
                                + "\"locationName\":\"SZ\",\"quantity\":5,\"countedOn\":\"" + today + "\"}"))
                .andExpect(status().isNotFound());
        assertThat(positions.counts(account.id(), Marketplace.US, "MUG-1")).isEmpty();
    }
}
