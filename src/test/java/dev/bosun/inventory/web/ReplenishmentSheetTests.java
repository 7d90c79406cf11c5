package dev.bosun.inventory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
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
import dev.bosun.amazon.ReportImports;
import dev.bosun.inventory.Replenishment;
import dev.bosun.inventory.ReplenishmentSheet;
import dev.bosun.inventory.ReplenishmentSheetJob;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import dev.bosun.testing.ReviewFixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The replenishment sheet is computed in the background and stored: the stock and plans pages, the xlsx and the
 * REST API read the stored sheet, say when it is being computed (for the first time, or again after a change), and
 * queue one computation per change however often they are viewed; the job server computes it.
 */
@BosunTest
class ReplenishmentSheetTests {

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
    Replenishment replenishment;

    @Autowired
    ReplenishmentSheetJob job;

    @TempDir
    Path dir;

    SellerAccount account;
    CurrentUser specialist;
    LocalDate today;

    @BeforeEach
    void aStoreSellingTenMugsADay() {
        Fixtures fixtures = new Fixtures(directory, team, jdbc);
        long organisation = fixtures.otherOrganisation();
        account = fixtures.account(organisation, Marketplace.US);
        specialist = fixtures.user(organisation, Role.SPECIALIST, account);
        today = LocalDate.now(Marketplace.US.zone());
        MugStore.sell(
                imports,
                dir,
                account.id(),
                today,
                60,
                10,
                "19.90",
                "801",
                ReviewFixtures.stockLine("MUG-1", "B0MUG00001", "9.99", 200, 0));
    }

    @Test
    void beforeTheFirstComputationThePagesSayItIsBeingComputedAndTheJobComputesIt() throws Exception {
        long queued = jobs("whenStale");

        // Only the first view is sure to come before the queued job runs: later ones may find the sheet computed.
        String html = page("/a/{id}/inventory/stock", Locale.ENGLISH);

        assertThat(html)
                .contains("id=\"inventory-computing\"", "being computed for the first time")
                .doesNotContain("id=\"inventory-table\"", "id=\"inventory-empty\"");
        page("/a/{id}/inventory/stock", Locale.ENGLISH);
        page("/a/{id}/inventory/plans", Locale.ENGLISH);
        assertThat(jobs("whenStale"))
                .as("one job for the change, however many views")
                .isEqualTo(queued + 1);

        // The job server (on in tests, as in `bosun serve`) runs the queued job.
        await().atMost(Duration.ofSeconds(90))
                .until(() -> replenishment.latest(account.id(), Marketplace.US).computed());

        String computed = page("/a/{id}/inventory/stock", Locale.ENGLISH);
        assertThat(computed)
                .contains("id=\"inventory-table\"", "MUG-1", "id=\"inventory-inbound-days\"")
                .doesNotContain("id=\"inventory-computing\"");
        mvc.perform(get("/api/v1/accounts/{id}/inventory", account.id()).with(as(specialist)))
                .andExpect(jsonPath("$.marketplaces[0].computing").value(false))
                .andExpect(jsonPath("$.marketplaces[0].skus[0].sku").value("MUG-1"))
                .andExpect(jsonPath("$.marketplaces[0].inboundDays.shippedDays").value(10))
                .andExpect(jsonPath("$.marketplaces[0].inboundDays.shippedLearntFrom")
                        .value(0));
    }

    @Test
    void aCountMakesTheStoredSheetStaleThePagesShowItWithANoticeUntilTheJobComputesAgain() throws Exception {
        job.refresh(account.id());
        ReplenishmentSheet first = replenishment.latest(account.id(), Marketplace.US);
        assertThat(first.computed()).isTrue();
        assertThat(first.stale()).isFalse();
        assertThat(first.lines())
                .singleElement()
                .satisfies(l -> assertThat(l.position().thirdParty()).isZero());

        mvc.perform(post("/a/{id}/inventory/counts", account.id())
                        .with(as(specialist))
                        .with(csrf())
                        .param("marketplace", "US")
                        .param("sku", "MUG-1")
                        .param("location", "third-party")
                        .param("locationName", "LA 3PL")
                        .param("quantity", "300")
                        .param("countedOn", today.toString()))
                .andExpect(status().is3xxRedirection());

        // The first view after the change (a later one may come after the queued job ran).
        assertThat(page("/a/{id}/inventory/stock", Locale.ENGLISH))
                .as("the page shows the last computed sheet, never computing on the request")
                .contains("id=\"inventory-computing\"", "being computed again", "id=\"inventory-table\"");
        mvc.perform(get("/api/v1/accounts/{id}/inventory?fresh=true", account.id())
                        .with(as(specialist)))
                .andExpect(jsonPath("$.marketplaces[0].computing").value(false))
                .andExpect(
                        jsonPath("$.marketplaces[0].skus[0].stock.thirdParty").value(300));

        ReplenishmentSheet fresh = replenishment.latest(account.id(), Marketplace.US);
        assertThat(fresh.stale()).isFalse();
        assertThat(fresh.computedAt()).isAfterOrEqualTo(first.computedAt());
        assertThat(page("/a/{id}/inventory/stock", Locale.ENGLISH)).doesNotContain("id=\"inventory-computing\"");
    }

    @Test
    void thePlansPageSaysItIsBeingComputed() throws Exception {
        assertThat(page("/a/{id}/inventory/plans", Locale.ENGLISH))
                .contains("id=\"plans-computing\"", "being computed for the first time");
    }

    @Test
    void theChineseStockPageSaysItIsBeingComputed() throws Exception {
        assertThat(page("/a/{id}/inventory/stock", Locale.SIMPLIFIED_CHINESE)).contains("正在后台首次计算");
    }

    @Test
    void anImportQueuesTheComputationAndOnlyTheLastImportOfARunComputes() throws Exception {
        long queued = jobs("afterImport");
        MugStore.sell(
                imports,
                dir,
                account.id(),
                today,
                3,
                12,
                "19.90",
                "802",
                ReviewFixtures.stockLine("MUG-1", "B0MUG00001", "9.99", 150, 0));
        await().atMost(Duration.ofSeconds(15)).until(() -> jobs("afterImport") >= queued + 2);
        java.util.List<Long> batches = imports.batchIds(account.id());
        long last = batches.stream().mapToLong(Long::longValue).max().orElseThrow();
        long earlier = batches.stream()
                .mapToLong(Long::longValue)
                .filter(b -> b < last)
                .max()
                .orElseThrow();

        job.afterImport(account.id(), earlier);
        assertThat(replenishment.latest(account.id(), Marketplace.US).computed())
                .as("a later import came: its own job computes")
                .isFalse();
        job.afterImport(account.id(), last);
        ReplenishmentSheet sheet = replenishment.latest(account.id(), Marketplace.US);
        assertThat(sheet.stale()).isFalse();
        assertThat(sheet.lines())
                .singleElement()
                .satisfies(l -> assertThat(l.position().available()).isEqualTo(150));
    }

    @Test
    void aLargeSheetIsShownAPageAtATimeAndExportedWhole() throws Exception {
        StringBuilder stock = new StringBuilder(
                ReviewFixtures.INVENTORY_HEADER + ReviewFixtures.stockLine("MUG-1", "B0MUG00001", "9.99", 200, 0));
        for (int i = 1; i <= 520; i++) {
            String sku = String.format("BULK-%03d", i);
            stock.append(ReviewFixtures.stockLine(sku, String.format("B0BULK%04d", i), "5.00", i, 0));
        }
        dev.bosun.testing.ReviewFixtures.load(
                imports,
                account.id(),
                dev.bosun.testing.ReviewFixtures.file(dir, "bulk.txt", stock.toString()),
                dev.bosun.testing.ReviewFixtures.on(today));
        job.refresh(account.id());

        String first = page("/a/{id}/inventory/stock", Locale.ENGLISH);
        String last = page("/a/{id}/inventory/stock?page=3", Locale.ENGLISH);

        assertThat(InventoryController.PAGE_SIZE).isEqualTo(250);
        assertThat(first.split("id=\"stock-US-", -1)).hasSize(251);
        assertThat(first).contains("Page 1 of 3 (521 SKUs", "id=\"inventory-page-next\"", "id=\"stock-US-BULK-001\"");
        assertThat(last.split("id=\"stock-US-", -1)).as("the last 21").hasSize(22);
        assertThat(last)
                .contains("id=\"inventory-page-previous\"", "id=\"stock-US-MUG-1\"")
                .doesNotContain("id=\"inventory-page-next\"");
        byte[] xlsx = mvc.perform(
                        get("/a/{id}/inventory/stock/export.xlsx", account.id()).with(as(specialist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getFirstSheet().read())
                    .extracting(r -> r.getCellText(1))
                    .contains("BULK-001", "BULK-520", "MUG-1");
        }
    }

    private String page(String path, Locale locale) throws Exception {
        return mvc.perform(get(path, account.id()).with(as(specialist)).locale(locale))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(CurrentUser u) {
        return user(new SignedInUser(u, "x", true));
    }

    private long jobs(String method) {
        Long count = jdbc.queryForObject(
                "select count(*) from jobrunr_jobs where jobsignature like ?",
                Long.class,
                "%ReplenishmentSheetJob." + method + "%");
        return count == null ? 0 : count;
    }
}
