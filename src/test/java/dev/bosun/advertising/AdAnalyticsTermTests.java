package dev.bosun.advertising;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.advertising.db.AdAnalytics;
import dev.bosun.advertising.db.AdAnalytics.Scope;
import dev.bosun.advertising.db.AdAnalytics.Sum;
import dev.bosun.advertising.db.AdAnalytics.TermFilter;
import dev.bosun.advertising.db.SearchTermLineSummaries;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search-term table sums only the terms with a costly row (the agency-size shortcut of {@link AdAnalytics}); on a
 * store of a few thousand terms in two marketplaces and two ad products — a head that spends daily, a tail seen once,
 * terms that never convert, ties in spend — every filter, text, campaign and limit gives exactly the lines the plain
 * sum of every row gives, and the proposals read exactly the terms with enough clicks or orders.
 */
@BosunTest
class AdAnalyticsTermTests {

    static final LocalDate LAST = LocalDate.of(2026, 3, 31);

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
    void anAccountWithAHeadAndALongTail() {
        account = new Fixtures(directory, team, jdbc).account(Marketplace.US, Marketplace.CA);
        SplittableRandom r = new SplittableRandom(3);
        transactions.executeWithoutResult(s -> {
            AdPerformance.Recorder recorder = ads.recorder(account.id(), 1);
            for (int d = 0; d < 40; d++) {
                LocalDate day = LAST.minusDays(d);
                // the head: 300 pairs seen on most days, spend falling with the rank
                for (int k = 0; k < 300; k++) {
                    if (r.nextInt(300) > 300 - k / 2) {
                        continue;
                    }
                    long clicks = 1 + r.nextInt(1 + 60 / (1 + k / 10));
                    long orders = k % 3 == 0 ? 0 : r.nextInt((int) clicks / 4 + 1);
                    // every fifth pair costs the same each day, so that lines tie in spend
                    String spend = k % 5 == 0
                            ? "1.00"
                            : BigDecimal.valueOf(clicks * (30 + r.nextInt(200)), 2)
                                    .toPlainString();
                    Marketplace m = k % 7 == 0 ? Marketplace.CA : Marketplace.US;
                    AdProduct product = k % 11 == 0 ? AdProduct.SB : AdProduct.SP;
                    recorder.add(term(
                            m,
                            product,
                            day,
                            "Campaign " + (k % 9),
                            "Group " + (k % 4),
                            k % 2 == 0 ? "close-match" : "board",
                            "term " + (k / 2),
                            clicks,
                            spend,
                            orders));
                    if (k % 13 == 0) {
                        // the same line in the other ad product on the same day
                        recorder.add(term(
                                m,
                                product == AdProduct.SP ? AdProduct.SB : AdProduct.SP,
                                day,
                                "Campaign " + (k % 9),
                                "Group " + (k % 4),
                                k % 2 == 0 ? "close-match" : "board",
                                "term " + (k / 2),
                                1,
                                "0.40",
                                0));
                    }
                }
                // the tail: terms seen once
                for (int i = 0; i < 60; i++) {
                    recorder.add(term(
                            Marketplace.US,
                            AdProduct.SP,
                            day,
                            "Campaign " + (i % 9),
                            "Group " + (i % 4),
                            "close-match",
                            "tail board " + d + "-" + i,
                            1 + r.nextInt(2),
                            BigDecimal.valueOf(30 + r.nextInt(200), 2).toPlainString(),
                            r.nextInt(20) == 0 ? 1 : 0));
                }
            }
            recorder.finish();
        });
        // the lines are summed after the import (V312); the reads below go through them
        assertThat(lineSummaries.catchUp(account.id())).isPositive();
        assertThat(lineSummaries.isBehind(account.id())).isFalse();
    }

    @Test
    void everyFilterTextCampaignAndLimitGivesThePlainLines() {
        List<LocalDate[]> periods = List.of(
                new LocalDate[] {LAST.minusDays(6), LAST}, new LocalDate[] {LAST.minusDays(39), LAST.minusDays(10)});
        int compared = 0;
        for (LocalDate[] p : periods) {
            for (TermFilter filter : TermFilter.values()) {
                for (String text : new String[] {null, "TERM 1"}) {
                    for (Scope scope : List.of(
                            Scope.ALL,
                            new Scope(Marketplace.US, "Campaign 3", null),
                            new Scope(Marketplace.CA, null, null))) {
                        for (int limit : new int[] {1, 40, 500}) {
                            List<Sum> quick =
                                    analytics.searchTerms(account.id(), p[0], p[1], scope, filter, text, limit);
                            assertThat(quick)
                                    .as("%s..%s %s %s %s %d", p[0], p[1], filter, text, scope, limit)
                                    .isEqualTo(plain(p[0], p[1], scope, filter, text, limit));
                            compared += quick.size();
                        }
                    }
                }
            }
        }
        assertThat(compared).as("lines compared").isGreaterThan(3_000);
    }

    @Test
    void theSearchTermLevelOfTheDrillDownGivesThePlainLines() {
        List<Sum> level = analytics.sums(account.id(), AdLevel.SEARCH_TERM, LAST.minusDays(29), LAST, Scope.ALL);
        assertThat(level)
                .isEqualTo(plain(LAST.minusDays(29), LAST, Scope.ALL, TermFilter.ALL, null, AdAnalytics.MAX_ROWS));
        assertThat(level).hasSizeGreaterThan(1000);
    }

    @Test
    void proposalsReadExactlyTheTermsWithEnoughClicksOrOrders() {
        List<Sum> all = plain(LAST.minusDays(29), LAST, Scope.ALL, TermFilter.ALL, null, Integer.MAX_VALUE);
        List<Sum> expected = all.stream()
                .filter(s -> s.figures().clicks() >= 10
                        || (s.figures().orders() == null ? 0 : s.figures().orders()) >= 2)
                .toList();
        assertThat(analytics.searchTermsWithClicksOrOrders(account.id(), LAST.minusDays(29), LAST, Scope.ALL, 10, 2))
                .isEqualTo(expected)
                .hasSizeLessThan(all.size())
                .hasSizeGreaterThan(50);
    }

    @Test
    void linesThatSpentTheirLifetimeBeforeTheWeekDoNotHideTheWeeksTopLine() {
        // sixty lines spent about 100 each a month ago and 5 each on the last day; one line spent 20 in the week only:
        // the first read takes the costliest lifetimes, finds only 5s, and must read on down to the week's top line
        account = new Fixtures(directory, team, jdbc).account(Marketplace.US);
        transactions.executeWithoutResult(s -> {
            AdPerformance.Recorder recorder = ads.recorder(account.id(), 1);
            for (int i = 0; i < 60; i++) {
                String campaign = "Campaign " + (i % 4);
                recorder.add(term(
                        Marketplace.US,
                        AdProduct.SP,
                        LAST.minusDays(30),
                        campaign,
                        "Group 1",
                        "board",
                        "faded " + i,
                        9,
                        (95 + i) + ".00",
                        0));
                recorder.add(term(
                        Marketplace.US, AdProduct.SP, LAST, campaign, "Group 1", "board", "faded " + i, 2, "5.00", 0));
            }
            recorder.add(term(
                    Marketplace.US,
                    AdProduct.SP,
                    LAST.minusDays(2),
                    "Campaign 9",
                    "Group 1",
                    "board",
                    "risen",
                    6,
                    "20.00",
                    1));
            recorder.add(term(
                    Marketplace.US,
                    AdProduct.SP,
                    LAST.minusDays(3),
                    "Campaign 9",
                    "Group 1",
                    "board",
                    "risen",
                    1,
                    "0.50",
                    0));
            recorder.finish();
        });
        assertThat(lineSummaries.catchUp(account.id())).isPositive();
        LocalDate from = LAST.minusDays(6);
        for (TermFilter filter : List.of(TermFilter.ALL, TermFilter.CONVERTING, TermFilter.WASTED)) {
            for (int limit : new int[] {1, 3, 61}) {
                assertThat(analytics.searchTerms(account.id(), from, LAST, Scope.ALL, filter, null, limit))
                        .as("%s %d", filter, limit)
                        .isEqualTo(plain(from, LAST, Scope.ALL, filter, null, limit));
            }
        }
        assertThat(analytics
                        .searchTerms(account.id(), from, LAST, Scope.ALL, TermFilter.ALL, null, 1)
                        .get(0)
                        .key())
                .endsWith("risen");
    }

    /** The statement the search-term table ran before the shortcut: every row of the period summed. */
    List<Sum> plain(LocalDate from, LocalDate to, Scope scope, TermFilter filter, String text, int limit) {
        List<Object> binds = new ArrayList<>(List.of(account.id(), from, to));
        String sql = "select marketplace, currency, campaign_name, ad_group_name, targeting, match_type, search_term,"
                + " sum(impressions), sum(clicks), sum(spend), sum(sales), sum(orders), sum(units),"
                + " count(distinct period_start) from ad_search_term_metrics t where account_id = ?"
                + " and period_start >= ? and period_end <= ? and period_start = period_end";
        if (scope.marketplace() != null) {
            sql += " and marketplace = ?";
            binds.add(scope.marketplace().code());
        }
        if (scope.campaign() != null) {
            sql += " and campaign_name = ?";
            binds.add(scope.campaign());
        }
        if (scope.adGroup() != null) {
            sql += " and ad_group_name = ?";
            binds.add(scope.adGroup());
        }
        if (text != null) {
            sql += " and strpos(lower(t.search_term), ?) > 0";
            binds.add(text.strip().toLowerCase(Locale.ROOT));
        }
        if (filter == TermFilter.NEW) {
            sql += " and not exists (select 1 from ad_search_term_metrics p where p.account_id = t.account_id"
                    + " and p.marketplace = t.marketplace and p.search_term = t.search_term and p.period_start < ?)";
            binds.add(from);
        }
        String group = "marketplace, currency, campaign_name, ad_group_name, targeting, match_type, search_term";
        sql += " group by " + group
                + switch (filter) {
                    case WASTED -> " having coalesce(sum(orders), 0) = 0 and sum(clicks) > 0";
                    case CONVERTING -> " having coalesce(sum(orders), 0) > 0";
                    default -> "";
                }
                + " order by sum(spend) desc, " + group + (limit == Integer.MAX_VALUE ? "" : " limit " + limit);
        return jdbc.query(
                sql,
                (rs, i) -> new Sum(
                        Marketplace.valueOf(rs.getString(1)),
                        rs.getString(2),
                        List.of(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)),
                        new AdFigures(
                                rs.getLong(8),
                                rs.getLong(9),
                                rs.getBigDecimal(10),
                                rs.getBigDecimal(11),
                                rs.getBigDecimal(12) == null
                                        ? null
                                        : rs.getBigDecimal(12).longValueExact(),
                                rs.getBigDecimal(13) == null
                                        ? null
                                        : rs.getBigDecimal(13).longValueExact(),
                                null,
                                null,
                                null,
                                null),
                        rs.getInt(14)),
                binds.toArray());
    }

    static SearchTermPerformance term(
            Marketplace m,
            AdProduct product,
            LocalDate day,
            String campaign,
            String group,
            String target,
            String term,
            long clicks,
            String spend,
            long orders) {
        String currency = m == Marketplace.CA ? "CAD" : "USD";
        return new SearchTermPerformance(
                new AdScope(m, product, day, day, currency, 7),
                campaign,
                null,
                group,
                null,
                target,
                target.equals("close-match") ? "" : "BROAD",
                null,
                term,
                null,
                new AdFigures(
                        clicks * 50,
                        clicks,
                        new BigDecimal(spend),
                        BigDecimal.valueOf(orders * 2500, 2),
                        orders,
                        orders,
                        null,
                        null,
                        null,
                        null));
    }
}
