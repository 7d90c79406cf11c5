package dev.bosun.advertising;

import static dev.bosun.advertising.AdAnalyticsTermTests.term;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.advertising.db.AdAnalytics;
import dev.bosun.advertising.db.AdAnalytics.Scope;
import dev.bosun.advertising.db.AdAnalytics.Sum;
import dev.bosun.advertising.db.AdAnalytics.TermFilter;
import dev.bosun.advertising.db.SearchTermLineSummaries;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search-term lines and their days with running totals (V300, V302, kept by the triggers of V301 and V302) stay
 * exactly the sums of the stored daily
 * rows whatever writes them: a first import, the same file again, a restated day, rows without sales, a summary
 * period's rows, deleted rows, a renamed campaign, a negative correction; and the search-term table read from them
 * gives the plain sums' lines throughout.
 */
@BosunTest
class SearchTermLinesTests {

    static final LocalDate LAST = LocalDate.of(2026, 5, 20);

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AdPerformance ads;

    @Autowired
    AdAnalytics analytics;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SearchTermLineSummaries lineSummaries;

    SellerAccount account;

    @BeforeEach
    void anAccount() {
        account = new Fixtures(directory, team, jdbc).account(Marketplace.US, Marketplace.CA);
    }

    @Test
    void aFirstImportGivesEachLineItsLifetimeAndItsDays() {
        record(days(20, 1, 0));
        assertSummariesMatchTheRows();
        Long lines = jdbc.queryForObject(
                "select count(*) from ad_search_term_lines where account_id = ?", Long.class, account.id());
        assertThat(lines).isGreaterThan(100);
        assertReadsMatchThePlainSums();
    }

    @Test
    void theSameFileAgainChangesNothing() {
        List<SearchTermPerformance> rows = days(15, 2, 0);
        record(rows);
        List<String> before = summaries();
        UpsertCounts again = record(rows);
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(summaries()).isEqualTo(before);
        assertSummariesMatchTheRows();
    }

    @Test
    void aRestatedDayReplacesItsFigures() {
        record(days(15, 3, 0));
        List<String> before = summaries();
        // Amazon restates the last three days with more orders and other spend (attribution catching up)
        UpsertCounts restated = record(days(3, 3, 1));
        assertThat(restated.updated()).isPositive();
        assertThat(summaries()).isNotEqualTo(before);
        assertSummariesMatchTheRows();
        assertReadsMatchThePlainSums();
    }

    @Test
    void rowsWithoutSalesKeepTheSumNullAsThePlainSumDoes() {
        record(days(5, 4, 0));
        // the lines exist before the change below (V312 sums them after the import)
        lineSummaries.catchUp(account.id());
        jdbc.update(
                "update ad_search_term_metrics set sales = null, orders = null, units = null where account_id = ?"
                        + " and search_term like 'term 1%'",
                account.id());
        assertSummariesMatchTheRows();
        List<Sum> lines =
                analytics.searchTerms(account.id(), LAST.minusDays(2), LAST, Scope.ALL, TermFilter.ALL, "term 1", 500);
        assertThat(lines)
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.figures().sales()).isNull());
        assertReadsMatchThePlainSums();
    }

    @Test
    void aSummaryPeriodsRowsAreNotSummarised() {
        record(days(5, 5, 0));
        List<String> before = summaries();
        transactions.executeWithoutResult(s -> {
            AdPerformance.Recorder recorder = ads.recorder(account.id(), 1);
            SearchTermPerformance daily =
                    term(Marketplace.US, AdProduct.SP, LAST, "Campaign 1", "Group 1", "board", "term 3", 4, "2.00", 1);
            recorder.add(new SearchTermPerformance(
                    new AdScope(Marketplace.US, AdProduct.SP, LAST.minusDays(6), LAST, "USD", 7),
                    daily.campaignName(),
                    null,
                    daily.adGroupName(),
                    null,
                    daily.targeting(),
                    daily.matchType(),
                    null,
                    daily.searchTerm(),
                    null,
                    daily.figures()));
            recorder.finish();
        });
        assertThat(summaries()).isEqualTo(before);
        assertSummariesMatchTheRows();
    }

    @Test
    void deletedRowsLeaveTheirLinesAndDays() {
        record(days(10, 6, 0));
        // the lines exist before the change below (V312 sums them after the import)
        lineSummaries.catchUp(account.id());
        // a batch removed: the first and the last day of many lines go, and some lines lose every day
        jdbc.update(
                "delete from ad_search_term_metrics where account_id = ? and (period_start in (?, ?)"
                        + " or search_term like 'tail%')",
                account.id(), LAST, LAST.minusDays(9));
        assertSummariesMatchTheRows();
        Long empty = jdbc.queryForObject(
                "select count(*) from ad_search_term_lines where account_id = ? and days = 0 and first_day is null"
                        + " and last_day is null and spend = 0 and clicks = 0",
                Long.class,
                account.id());
        assertThat(empty).isPositive();
        assertReadsMatchThePlainSums();
    }

    @Test
    void aRenamedCampaignMovesItsRowsToOtherLines() {
        record(days(8, 7, 0));
        // the lines exist before the change below (V312 sums them after the import)
        lineSummaries.catchUp(account.id());
        jdbc.update(
                "update ad_search_term_metrics set campaign_name = 'Campaign renamed' where account_id = ?"
                        + " and campaign_name = 'Campaign 2' and period_start >= ?",
                account.id(),
                LAST.minusDays(3));
        assertSummariesMatchTheRows();
        assertReadsMatchThePlainSums();
    }

    @Test
    void aNegativeCorrectionSendsTheReadsToThePlainSum() {
        record(days(8, 8, 0));
        // the lines exist before the change below (V312 sums them after the import)
        lineSummaries.catchUp(account.id());
        jdbc.update(
                "update ad_search_term_metrics set spend = -spend where account_id = ? and search_term = 'term 40'"
                        + " and period_start = ?",
                account.id(),
                LAST.minusDays(1));
        assertSummariesMatchTheRows();
        Boolean irregular = jdbc.queryForObject(
                "select bool_or(irregular) from ad_search_term_lines where account_id = ?",
                Boolean.class,
                account.id());
        assertThat(irregular).isTrue();
        assertReadsMatchThePlainSums();
    }

    @Test
    void anImportLeavesTheLinesBehindAndTheReadsTakeThePlainSumsUntilTheCatchUp() {
        record(days(12, 9, 0));
        List<String> before = summaries();
        // a restated fortnight: the importer's transaction only notes the stale days (V312)
        record(days(14, 9, 2));
        assertThat(lineSummaries.isBehind(account.id())).isTrue();
        assertThat(rawSummaries()).isEqualTo(before);
        AdAnalyticsTermTests plain = new AdAnalyticsTermTests();
        plain.jdbc = jdbc;
        plain.account = account;
        for (TermFilter filter : TermFilter.values()) {
            assertThat(analytics.searchTerms(account.id(), LAST.minusDays(6), LAST, Scope.ALL, filter, null, 30))
                    .as("%s while the lines are behind", filter)
                    .isEqualTo(plain.plain(LAST.minusDays(6), LAST, Scope.ALL, filter, null, 30));
        }
        assertThat(lineSummaries.catchUp(account.id())).isPositive();
        assertThat(lineSummaries.catchUp(account.id())).as("nothing left").isZero();
        assertSummariesMatchTheRows();
        assertReadsMatchThePlainSums();
    }

    @Test
    void theNextDaysOfALineGetTheirRunningTotalsOnceAndARestatedDayTheLinesAfterIt() {
        List<SearchTermPerformance> all = days(12, 12, 0);
        LocalDate cut = LAST.minusDays(4);
        record(all.stream().filter(t -> !t.scope().from().isAfter(cut)).toList());
        List<String> before = summaries();
        // the next four days, as the daily import brings them: every line's new days come after its last
        record(all.stream().filter(t -> t.scope().from().isAfter(cut)).toList());
        assertSummariesMatchTheRows();
        assertThat(summaries()).isNotEqualTo(before);
        // then the fortnight again with the last five days restated and the rest as they were
        record(days(12, 12, 0).stream()
                .filter(t -> !t.scope().from().isAfter(cut))
                .toList());
        assertThat(lineSummaries.isBehind(account.id()))
                .as("a report that restates nothing notes nothing")
                .isFalse();
        record(days(5, 12, 1));
        assertSummariesMatchTheRows();
        assertReadsMatchThePlainSums();
    }

    @Test
    void anImportCommittedDuringACatchUpIsLeftForTheNext() throws Exception {
        record(days(6, 10, 0));
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch caughtUp = new CountDownLatch(1);
        ExecutorService importer = Executors.newSingleThreadExecutor();
        try {
            Future<UpsertCounts> late = importer.submit(() -> transactions.execute(s -> {
                AdPerformance.Recorder recorder = ads.recorder(account.id(), 1);
                days(9, 11, 1).forEach(recorder::add);
                UpsertCounts counts = recorder.finish();
                written.countDown();
                try {
                    // commits only after the catch-up below has summed what it saw
                    caughtUp.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return counts;
            }));
            assertThat(written.await(60, TimeUnit.SECONDS)).isTrue();
            assertThat(lineSummaries.catchUp(account.id())).isPositive();
            caughtUp.countDown();
            assertThat(late.get(60, TimeUnit.SECONDS).updated()).isPositive();
        } finally {
            importer.shutdownNow();
        }
        assertThat(lineSummaries.isBehind(account.id()))
                .as("the rows committed after the catch-up began are still to sum")
                .isTrue();
        assertSummariesMatchTheRows();
        assertReadsMatchThePlainSums();
    }

    /** {@code count} days up to LAST: a head seen most days and a tail seen once; {@code restated} changes figures. */
    List<SearchTermPerformance> days(int count, long seed, int restated) {
        SplittableRandom r = new SplittableRandom(seed);
        List<SearchTermPerformance> rows = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            LocalDate day = LAST.minusDays(d);
            for (int k = 0; k < 120; k++) {
                if (r.nextInt(4) == 0) {
                    continue;
                }
                long clicks = 1 + r.nextInt(1 + 40 / (1 + k / 10)) + restated;
                long orders = k % 3 == 0 ? 0 : r.nextInt((int) clicks / 3 + 1) + restated;
                String spend = BigDecimal.valueOf(clicks * (30 + r.nextInt(200) + restated * 7L), 2)
                        .toPlainString();
                Marketplace m = k % 7 == 0 ? Marketplace.CA : Marketplace.US;
                AdProduct product = k % 11 == 0 ? AdProduct.SB : AdProduct.SP;
                String campaign = "Campaign " + (k % 5);
                String target = k % 2 == 0 ? "close-match" : "board";
                rows.add(term(
                        m, product, day, campaign, "Group " + (k % 3), target, "term " + k, clicks, spend, orders));
                if (k % 13 == 0) {
                    // the same line in the other ad product on the same day
                    rows.add(term(
                            m,
                            product == AdProduct.SP ? AdProduct.SB : AdProduct.SP,
                            day,
                            campaign,
                            "Group " + (k % 3),
                            target,
                            "term " + k,
                            1,
                            "0.40",
                            restated));
                }
            }
            for (int i = 0; i < 25; i++) {
                rows.add(term(
                        Marketplace.US,
                        AdProduct.SP,
                        day,
                        "Campaign " + (i % 5),
                        "Group " + (i % 3),
                        "close-match",
                        "tail " + d + "-" + i,
                        1 + r.nextInt(2),
                        BigDecimal.valueOf(30 + r.nextInt(200), 2).toPlainString(),
                        r.nextInt(15) == 0 ? 1 : 0));
            }
        }
        return rows;
    }

    UpsertCounts record(List<SearchTermPerformance> rows) {
        return transactions.execute(s -> {
            AdPerformance.Recorder recorder = ads.recorder(account.id(), 1);
            rows.forEach(recorder::add);
            return recorder.finish();
        });
    }

    static final String KEY = "marketplace, currency, campaign_name, ad_group_name, targeting, match_type, search_term";

    /** The lines (with a day left) and their days as text, in key order, once the lines have caught up. */
    List<String> summaries() {
        lineSummaries.catchUp(account.id());
        assertThat(lineSummaries.isBehind(account.id())).isFalse();
        return rawSummaries();
    }

    /** The same as they stand. */
    List<String> rawSummaries() {
        List<String> all = new ArrayList<>(jdbc.queryForList(
                "select concat_ws('|', " + KEY + ", first_day, last_day, days, impressions, clicks, spend, sales,"
                        + " sales_rows, orders, orders_rows, units, units_rows) from ad_search_term_lines"
                        + " where account_id = ? and days > 0 order by " + KEY,
                String.class,
                account.id()));
        all.addAll(jdbc.queryForList(
                "select concat_ws('|', " + KEY + ", day, d.impressions, d.clicks, d.spend, d.sales, d.sales_rows,"
                        + " d.orders, d.orders_rows, d.units, d.units_rows, run_days, run_impressions, run_clicks,"
                        + " run_spend, run_sales, run_sales_rows, run_orders, run_orders_rows, run_units,"
                        + " run_units_rows) from ad_search_term_line_days d"
                        + " join ad_search_term_lines l using (account_id, line_id) where d.account_id = ?"
                        + " order by " + KEY + ", day",
                String.class,
                account.id()));
        return all;
    }

    /** The same, summed from scratch from the stored daily rows. */
    void assertSummariesMatchTheRows() {
        List<String> scratch = new ArrayList<>(jdbc.queryForList(
                "select concat_ws('|', " + KEY + ", min(period_start), max(period_start), count(distinct"
                        + " period_start), sum(impressions), sum(clicks), sum(spend), coalesce(sum(sales), 0)::numeric(18, 4),"
                        + " count(sales), coalesce(sum(orders), 0), count(orders), coalesce(sum(units), 0),"
                        + " count(units)) from ad_search_term_metrics where account_id = ?"
                        + " and period_start = period_end group by " + KEY + " order by " + KEY,
                String.class,
                account.id()));
        scratch.addAll(jdbc.queryForList(
                "select concat_ws('|', " + KEY + ", period_start, sum(impressions), sum(clicks), sum(spend),"
                        + " coalesce(sum(sales), 0)::numeric(18, 4), count(sales), coalesce(sum(orders), 0), count(orders),"
                        + " coalesce(sum(units), 0), count(units), count(*) over w, sum(sum(impressions)) over w,"
                        + " sum(sum(clicks)) over w, sum(sum(spend)) over w,"
                        + " sum(coalesce(sum(sales), 0)::numeric(18, 4)) over w, sum(count(sales)) over w,"
                        + " sum(coalesce(sum(orders), 0)) over w, sum(count(orders)) over w,"
                        + " sum(coalesce(sum(units), 0)) over w, sum(count(units)) over w)"
                        + " from ad_search_term_metrics where account_id = ?"
                        + " and period_start = period_end group by " + KEY + ", period_start"
                        + " window w as (partition by " + KEY + " order by period_start) order by " + KEY
                        + ", period_start",
                String.class,
                account.id()));
        assertThat(summaries()).isEqualTo(scratch).isNotEmpty();
        Long stray = jdbc.queryForObject(
                "select count(*) from ad_search_term_lines where account_id = ? and days = 0"
                        + " and (first_day is not null or spend <> 0 or clicks <> 0 or sales_rows <> 0)",
                Long.class,
                account.id());
        assertThat(stray).isZero();
    }

    /** Every filter over a week, a fortnight in the middle and the whole span, as the plain sum gives it. */
    void assertReadsMatchThePlainSums() {
        assertThat(lineSummaries.isBehind(account.id())).isFalse();
        AdAnalyticsTermTests plain = new AdAnalyticsTermTests();
        plain.jdbc = jdbc;
        plain.account = account;
        List<LocalDate[]> periods = List.of(
                new LocalDate[] {LAST.minusDays(6), LAST},
                new LocalDate[] {LAST.minusDays(12), LAST.minusDays(3)},
                new LocalDate[] {LAST.minusDays(40), LAST});
        for (LocalDate[] p : periods) {
            for (TermFilter filter : TermFilter.values()) {
                for (Scope scope : List.of(Scope.ALL, new Scope(Marketplace.US, "Campaign 3", null))) {
                    for (int limit : new int[] {1, 30, 5000}) {
                        assertThat(analytics.searchTerms(account.id(), p[0], p[1], scope, filter, null, limit))
                                .as("%s..%s %s %s %d", p[0], p[1], filter, scope, limit)
                                .isEqualTo(plain.plain(p[0], p[1], scope, filter, null, limit));
                    }
                }
            }
            List<Sum> every = plain.plain(p[0], p[1], Scope.ALL, TermFilter.ALL, null, Integer.MAX_VALUE);
            assertThat(analytics.searchTermsWithClicksOrOrders(account.id(), p[0], p[1], Scope.ALL, 10, 2))
                    .isEqualTo(every.stream()
                            .filter(s -> s.figures().clicks() >= 10
                                    || (s.figures().orders() == null
                                                    ? 0
                                                    : s.figures().orders())
                                            >= 2)
                            .toList());
        }
    }
}
