package dev.bosun.advertising.web;

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
import dev.bosun.advertising.AdFigures;
import dev.bosun.advertising.AdPerformance;
import dev.bosun.advertising.AdProduct;
import dev.bosun.advertising.AdScope;
import dev.bosun.advertising.AdvertisedProductPerformance;
import dev.bosun.advertising.CampaignPerformance;
import dev.bosun.advertising.SearchTermPerformance;
import dev.bosun.advertising.TargetPerformance;
import dev.bosun.orders.OrderBook;
import dev.bosun.orders.OrderLine;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Advertising pages and endpoints on a small store: the drill-down with its comparison, the search-term filters, the
 * proposals with their evidence, "—" for undefined ratios (null in JSON), and every page and endpoint closed to a
 * user of another organisation (404, as for an account that does not exist).
 */
@BosunTest
class AdvertisingWebTests {

    static final String AUTO = "Cutting Board | SP | Auto";
    static final String MANUAL = "Cutting Board | SP | Keywords";
    static final String PAUSED = "Knife Strip | SP | Keywords";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AdPerformance ads;

    @Autowired
    OrderBook orders;

    @Autowired
    TransactionTemplate transactions;

    SellerAccount account;
    CurrentUser manager;
    CurrentUser stranger;
    LocalDate yesterday;

    @BeforeEach
    void aStoreWithTwoWeeksOfAds() {
        Fixtures fixtures = new Fixtures(directory, team, jdbc);
        long organisation = fixtures.otherOrganisation();
        account = fixtures.account(organisation, Marketplace.US);
        manager = fixtures.user(organisation, Role.STORE_MANAGER, account);
        long other = fixtures.otherOrganisation();
        stranger = fixtures.user(other, Role.ADMIN, fixtures.account(other, Marketplace.US));
        yesterday = LocalDate.now(Marketplace.US.zone()).minusDays(1);
        transactions.executeWithoutResult(s -> {
            AdPerformance.Recorder r = ads.recorder(account.id(), 1);
            for (int back = 0; back < 14; back++) {
                LocalDate day = yesterday.minusDays(back);
                boolean thisWeek = back < 7;
                r.add(campaign(day, AUTO, 1000, 20, "10.00", thisWeek ? "30.00" : "50.00", thisWeek ? 1 : 2));
                r.add(campaign(day, MANUAL, 500, 10, "5.00", "25.00", 1));
                r.add(campaign(day, PAUSED, 200, 0, "0", "0", 0));
                r.add(target(day, MANUAL, "cutting board", "EXACT", 500, 10, "5.00", "25.00", 1));
                r.add(product(day, AUTO, 1000, 20, "10.00", "50.00", 2));
                // The wasting term: 4 clicks a day, never an order (56 clicks in two weeks).
                r.add(term(day, "dog poop bags", 300, 4, "2.00", "0", 0));
                // A converting term.
                r.add(term(day, "bamboo board large", 200, 4, "2.00", "25.00", 1));
                if (thisWeek && back < 2) {
                    r.add(term(day, "brand new term", 50, 1, "0.50", "0", 0));
                }
            }
            r.finish();
            OrderBook.Recorder o = orders.recorder(account.id(), 1);
            o.add(order("111-0000001-0000001", yesterday, "500.00"));
            o.finish();
        });
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

    JsonNode json(String path, Object... vars) throws Exception {
        return JsonMapper.builder().build().readTree(page(path, vars));
    }

    @Test
    void theAdvertisingAreaLinksToItsPages() throws Exception {
        assertThat(page("/a/{id}/advertising", account.id()))
                .contains("id=\"page-campaigns\"")
                .contains("id=\"page-search-terms\"")
                .contains("id=\"page-proposals\"");
    }

    @Test
    void theDrillDownGoesFromCampaignsToAdGroupsToKeywordsWithAComparison() throws Exception {
        String campaigns = page("/a/{id}/advertising/campaigns", account.id());
        assertThat(campaigns)
                .contains("id=\"metrics-table\"")
                .contains(AUTO)
                .contains("data-level=\"campaign\"")
                // Auto: 70.00 spent, 210.00 sold this week → 33.3 %; the week before 350.00 → 20.0 %.
                .contains("33.3 %")
                .contains("20.0 %")
                // The paused campaign sold nothing: ACoS undefined, shown as —, never 0 % or ∞.
                .contains(PAUSED)
                .doesNotContain("∞")
                .contains("id=\"account-totals\"");

        String groups = page("/a/{id}/advertising/campaigns?campaign={c}", account.id(), MANUAL);
        assertThat(groups).contains("data-level=\"ad-group\"").contains("Keywords");

        String keywords =
                page("/a/{id}/advertising/campaigns?campaign={c}&adGroup={g}", account.id(), MANUAL, "Keywords");
        assertThat(keywords)
                .contains("data-level=\"target\"")
                .contains("cutting board")
                .contains("EXACT");

        String asins = page("/a/{id}/advertising/campaigns?by=asin", account.id());
        assertThat(asins).contains("data-level=\"asin\"").contains("B0BOARD001");
    }

    @Test
    void theSearchTermFiltersAnswerWastedConvertingAndNew() throws Exception {
        String from = yesterday.minusDays(6).toString();
        String wasted = page("/a/{id}/advertising/search-terms?view=wasted&from={f}", account.id(), from);
        assertThat(wasted).contains("dog poop bags").doesNotContain("bamboo board large");

        String converting = page("/a/{id}/advertising/search-terms?view=converting&from={f}", account.id(), from);
        assertThat(converting).contains("bamboo board large").doesNotContain("dog poop bags");

        String fresh = page("/a/{id}/advertising/search-terms?view=new&from={f}", account.id(), from);
        assertThat(fresh).contains("brand new term").doesNotContain("dog poop bags");

        String text = page("/a/{id}/advertising/search-terms?q=POOP&from={f}", account.id(), from);
        assertThat(text).contains("dog poop bags").doesNotContain("bamboo board large");
    }

    @Test
    void theProposalsNegateTheWastingTermWithItsEvidence() throws Exception {
        String html = page("/a/{id}/advertising/proposals", account.id());

        assertThat(html)
                .contains("id=\"proposals-table\"")
                .contains("dog poop bags")
                .contains("proposal-negate");

        JsonNode body = json("/api/v1/accounts/{id}/advertising/proposals", account.id());
        JsonNode negate = null;
        for (JsonNode p : body.get("proposals")) {
            if (p.get("searchTerm").asString().equals("dog poop bags")) {
                negate = p;
            }
        }
        assertThat(negate).isNotNull();
        assertThat(negate.get("kind").asString()).isEqualTo("negate");
        assertThat(negate.get("reason").asString()).isEqualTo("no-orders");
        // The ad group converts at 2 orders in 20 clicks (10 %): with 99 % confidence a sale was expected by 44
        // clicks; the term had 56.
        assertThat(negate.get("limit").asLong()).isEqualTo(44);
        assertThat(negate.get("clicks").asLong()).isEqualTo(56);
        assertThat(negate.get("spendPerWeek").decimalValue()).isEqualByComparingTo("14.00");

        JsonNode harvest = null;
        for (JsonNode p : body.get("proposals")) {
            if (p.get("searchTerm").asString().equals("bamboo board large")) {
                harvest = p;
            }
        }
        // 14 orders from 56 clicks (25 %, the ad group 10 %) at an ACoS of 8 %, under the industry's 30 %.
        assertThat(harvest).isNotNull();
        assertThat(harvest.get("kind").asString()).isEqualTo("harvest");
        assertThat(harvest.get("targetAcos").decimalValue()).isEqualByComparingTo("0.30");
        assertThat(harvest.get("suggestedBid").decimalValue()).isPositive();
    }

    @Test
    void theMetricsEndpointGivesUndefinedRatiosAsNullAndTacosFromTheOrders() throws Exception {
        JsonNode campaigns = json("/api/v1/accounts/{id}/advertising/metrics?level=campaign", account.id());
        JsonNode paused = null;
        for (JsonNode row : campaigns.get("rows")) {
            if (row.get("campaign").asString().equals(PAUSED)) {
                paused = row;
            }
        }
        assertThat(paused).isNotNull();
        assertThat(paused.get("current").get("acos").isNull()).isTrue();
        assertThat(paused.get("current").get("cvr").isNull()).isTrue();
        assertThat(paused.get("current").get("ctr").decimalValue()).isEqualByComparingTo("0");

        JsonNode total = json("/api/v1/accounts/{id}/advertising/metrics?level=account", account.id())
                .get("rows")
                .get(0)
                .get("current");
        // 7 days × (10 + 5) = 105.00 spent against 500.00 of sales
        assertThat(total.get("tacos").decimalValue()).isEqualByComparingTo("0.21");
        assertThat(total.get("totalSales").decimalValue()).isEqualByComparingTo("500");
    }

    @Test
    void anotherOrganisationSeesNothing() throws Exception {
        for (String path : new String[] {
            "/a/{id}/advertising/campaigns",
            "/a/{id}/advertising/search-terms",
            "/a/{id}/advertising/proposals",
            "/api/v1/accounts/{id}/advertising/metrics",
            "/api/v1/accounts/{id}/advertising/search-terms",
            "/api/v1/accounts/{id}/advertising/proposals"
        }) {
            mvc.perform(get(path, account.id()).with(as(stranger))).andExpect(status().isNotFound());
        }
    }

    @Test
    void badPeriodsAreRefused() throws Exception {
        mvc.perform(get("/api/v1/accounts/{id}/advertising/metrics?from=2026-02-01&to=2026-01-01", account.id())
                        .with(as(manager)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/accounts/{id}/advertising/metrics?level=nonsense", account.id())
                        .with(as(manager)))
                .andExpect(status().isBadRequest());
    }

    static AdScope day(LocalDate day) {
        return new AdScope(Marketplace.US, AdProduct.SP, day, day, "USD", 7);
    }

    static AdFigures figures(long impressions, long clicks, String spend, String sales, long orders) {
        return new AdFigures(
                impressions,
                clicks,
                new BigDecimal(spend),
                new BigDecimal(sales),
                orders,
                orders,
                null,
                null,
                null,
                null);
    }

    static CampaignPerformance campaign(
            LocalDate d, String name, long impressions, long clicks, String spend, String sales, long orders) {
        return new CampaignPerformance(
                day(d),
                name,
                null,
                null,
                "ENABLED",
                new BigDecimal("50"),
                name.endsWith("Auto") ? "AUTO" : "MANUAL",
                null,
                figures(impressions, clicks, spend, sales, orders));
    }

    static TargetPerformance target(
            LocalDate d,
            String campaign,
            String keyword,
            String match,
            long impressions,
            long clicks,
            String spend,
            String sales,
            long orders) {
        return new TargetPerformance(
                day(d),
                campaign,
                null,
                "Keywords",
                null,
                keyword,
                match,
                null,
                null,
                null,
                figures(impressions, clicks, spend, sales, orders));
    }

    static SearchTermPerformance term(
            LocalDate d, String term, long impressions, long clicks, String spend, String sales, long orders) {
        return new SearchTermPerformance(
                day(d),
                AUTO,
                null,
                "Auto",
                null,
                "close-match",
                "TARGETING_EXPRESSION",
                null,
                term,
                null,
                figures(impressions, clicks, spend, sales, orders));
    }

    static AdvertisedProductPerformance product(
            LocalDate d, String campaign, long impressions, long clicks, String spend, String sales, long orders) {
        return new AdvertisedProductPerformance(
                day(d),
                campaign,
                null,
                "Auto",
                null,
                "B0BOARD001",
                "BOARD-1",
                null,
                null,
                figures(impressions, clicks, spend, sales, orders));
    }

    OrderLine order(String id, LocalDate day, String price) {
        java.time.Instant at = day.atTime(12, 0).atZone(Marketplace.US.zone()).toInstant();
        return new OrderLine(
                id,
                "BOARD-1",
                null,
                Marketplace.US,
                "Amazon.com",
                null,
                at,
                at,
                "Shipped",
                "Amazon",
                "Standard",
                "Board",
                "B0BOARD001",
                "Shipped",
                1,
                "USD",
                new BigDecimal(price),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "US",
                null,
                false,
                null,
                null);
    }
}
