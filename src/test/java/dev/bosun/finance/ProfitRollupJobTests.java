package dev.bosun.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
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
import dev.bosun.orders.OrderBook;
import dev.bosun.orders.Returns;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The profit rollup runs as a background job: an import queues it (the last import of a run of files does the
 * work), and the profit and P&L pages show the figures of the last rollup at once, with a notice, instead of waiting
 * for a new one; the page queues one computation per change, however often it is viewed, and the job server runs it.
 */
@BosunTest
class ProfitRollupJobTests {

    static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);
    static final LocalDate MARCH_31 = LocalDate.of(2024, 3, 31);

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

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
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ProfitLedger ledger;

    @Autowired
    ProfitRollupJob job;

    @Autowired
    ProfitRollup rollup;

    @Autowired
    MockMvc mvc;

    @TempDir
    Path folder;

    ProfitFixtures fixtures;
    SellerAccount account;
    CurrentUser manager;

    @BeforeEach
    void aStoreWhoseProfitWasComputed() {
        fixtures = new ProfitFixtures(
                directory, imports, orders, returns, ads, estimates, costs, rates, jdbc, transactions, folder);
        long organisation = new Fixtures(directory, team, jdbc).otherOrganisation();
        account = fixtures.account(organisation);
        manager = new Fixtures(directory, team, jdbc).user(organisation, Role.STORE_MANAGER, account);
        fixtures.cogs(account, "MUG", "2024-01-01", "5.00", ProfitFixtures.USD);
        fixtures.orders(
                account,
                ProfitFixtures.order(
                        "111-0000001-0000001", "MUG", "B0MUG", "2024-03-05T10:00", "AFN", 2, "40.00", "0.00"));
        fixtures.importSettlement(
                account, ProfitFixtures.settlement("9200001").other("Storage Fee", "-3.00", "2024-03-07"));
        ledger.recompute(account.id());
    }

    @Test
    void anImportQueuesTheRollupAndOnlyTheLastImportOfARunComputes() {
        long queued = jobs("afterImport");
        long first = fixtures.importSettlement(
                        account, ProfitFixtures.settlement("9200002").other("Storage Fee", "-2.00", "2024-03-14"))
                .batchId();
        long last = fixtures.importSettlement(
                        account, ProfitFixtures.settlement("9200003").other("Storage Fee", "-1.00", "2024-03-21"))
                .batchId();
        await().atMost(Duration.ofSeconds(15)).until(() -> jobs("afterImport") >= queued + 2);
        assertThat(rollup.lastComputed(account.id()).stale()).isTrue();

        job.afterImport(account.id(), first);
        assertThat(rollup.lastComputed(account.id()).stale())
                .as("a later import came: its own job computes")
                .isTrue();

        job.afterImport(account.id(), last);
        assertThat(rollup.lastComputed(account.id()).stale()).isFalse();
        assertThat(report().totals().get(0).local().storageFees()).isEqualByComparingTo("-6.00");
    }

    @Test
    void thePagesShowTheLastRollupWithANoticeAndTheQueuedJobComputesIt() throws Exception {
        assertThat(page("/a/{id}/finance/profit", Locale.ENGLISH)).doesNotContain("id=\"profit-recomputing\"");
        fixtures.importSettlement(
                account, ProfitFixtures.settlement("9200004").other("Storage Fee", "-2.00", "2024-03-14"));
        long queued = jobs("whenStale");

        String html = page("/a/{id}/finance/profit?from=2024-03-01&to=2024-03-31", Locale.ENGLISH);
        String pnl = page("/a/{id}/finance/pnl?from=2024-03&to=2024-03", Locale.ENGLISH);
        String zh = page("/a/{id}/finance/profit", Locale.SIMPLIFIED_CHINESE);

        // Had a view computed, it would show the new figures without the notice.
        assertThat(html).contains("id=\"profit-recomputing\"").contains("computing them again in the background");
        assertThat(pnl).contains("id=\"profit-recomputing\"");
        assertThat(zh).contains("正在后台重新计算");
        assertThat(jobs("whenStale"))
                .as("one job for the change, however many views")
                .isEqualTo(queued + 1);

        // The job server (on in tests, as in `bosun serve`) runs the queued job.
        await().atMost(Duration.ofSeconds(90))
                .until(() -> !rollup.lastComputed(account.id()).stale());

        assertThat(report().totals().get(0).local().storageFees()).isEqualByComparingTo("-5.00");
        assertThat(page("/a/{id}/finance/profit?from=2024-03-01&to=2024-03-31", Locale.ENGLISH))
                .doesNotContain("id=\"profit-recomputing\"");
    }

    @Test
    void beforeTheFirstRollupThePageSaysItIsBeingComputed() throws Exception {
        SellerAccount fresh =
                fixtures.account(directory.account(account.id()).orElseThrow().organisationId());
        fixtures.importSettlement(
                fresh, ProfitFixtures.settlement("9200005").other("Storage Fee", "-2.00", "2024-03-14"));
        CurrentUser itsManager =
                new Fixtures(directory, team, jdbc).user(fresh.organisationId(), Role.STORE_MANAGER, fresh);

        String html = mvc.perform(get("/a/{id}/finance/profit", fresh.id())
                        .with(user(new SignedInUser(itsManager, "x", true)))
                        .locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("id=\"profit-recomputing\"").contains("for the first time");
        await().atMost(Duration.ofSeconds(90))
                .until(() -> rollup.lastComputed(fresh.id()).state().isPresent());
        ProfitReport report = ledger.report(
                fresh.id(),
                MARCH_1,
                MARCH_31,
                ProfitGrouping.MARKETPLACE,
                null,
                null,
                null,
                ProfitLedger.Freshness.LAST_ROLLUP);
        assertThat(report.computedAt()).isNotNull();
        assertThat(report.totals().get(0).local().storageFees()).isEqualByComparingTo("-2.00");
    }

    private ProfitReport report() {
        return ledger.report(
                account.id(),
                MARCH_1,
                MARCH_31,
                ProfitGrouping.MARKETPLACE,
                null,
                null,
                null,
                ProfitLedger.Freshness.LAST_ROLLUP);
    }

    private String page(String path, Locale locale) throws Exception {
        return mvc.perform(get(path, account.id())
                        .with(user(new SignedInUser(manager, "x", true)))
                        .locale(locale))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long jobs(String method) {
        Long count = jdbc.queryForObject(
                "select count(*) from jobrunr_jobs where jobsignature like ?",
                Long.class,
                "%ProfitRollupJob." + method + "%");
        return count == null ? 0 : count;
    }
}
