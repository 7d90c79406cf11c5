package dev.bosun.advertising.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.advertising.AdAnalysis;
import dev.bosun.advertising.AdLevel;
import dev.bosun.advertising.AdMeasures;
import dev.bosun.advertising.AdMetricRow;
import dev.bosun.advertising.AdOptimizer;
import dev.bosun.advertising.ProposalSettings;
import dev.bosun.advertising.SearchTermProposal;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/v1} for advertising, each for the account's own organisation only (404 otherwise):
 *
 * <ul>
 *   <li>{@code GET /api/v1/accounts/{id}/advertising/metrics?level=account|campaign|ad-group|target|search-term|asin
 *       &from=&to=&compareFrom=&compareTo=&marketplace=&campaign=&adGroup=} (days inclusive; by default the last 7
 *       days and the 7 before)
 *   <li>{@code GET /api/v1/accounts/{id}/advertising/search-terms?from=&to=&view=all|wasted|converting|new&q=
 *       &marketplace=&campaign=&limit=}
 *   <li>{@code GET /api/v1/accounts/{id}/advertising/proposals?date=&marketplace=}
 * </ul>
 *
 * Ratios are fractions (0.25 is 25 %) and null where undefined (no impressions, clicks, sales or total), never 0.
 */
@RestController
class AdvertisingApiController {

    private final AccountDirectory directory;
    private final AdAnalysis analysis;
    private final AdOptimizer optimizer;
    private final Clock clock;

    AdvertisingApiController(AccountDirectory directory, AdAnalysis analysis, AdOptimizer optimizer, Clock clock) {
        this.directory = directory;
        this.analysis = analysis;
        this.optimizer = optimizer;
        this.clock = clock;
    }

    @GetMapping("/api/v1/accounts/{accountId}/advertising/metrics")
    Map<String, Object> metrics(
            @PathVariable long accountId,
            @RequestParam(defaultValue = "campaign") String level,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String compareFrom,
            @RequestParam(required = false) String compareTo,
            @RequestParam(required = false) String marketplace,
            @RequestParam(required = false) String campaign,
            @RequestParam(required = false) String adGroup) {
        SellerAccount account = AdPages.account(directory, accountId);
        AdLevel chosen = AdLevel.named(level)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.BAD_REQUEST,
                        "level is one of account, campaign, ad-group, target, search-term, asin"));
        AdPages.Period period = AdPages.period(account, clock, from, to, compareFrom, compareTo);
        Marketplace m = AdPages.marketplace(account, marketplace);
        List<AdMetricRow> rows = analysis.metrics(
                accountId,
                chosen,
                period.from(),
                period.to(),
                period.compareFrom(),
                period.compareTo(),
                m,
                campaign,
                adGroup);
        Map<String, Object> body = head(account, period.from(), period.to());
        body.put("compareFrom", period.compareFrom().toString());
        body.put("compareTo", period.compareTo().toString());
        body.put("level", chosen.code());
        List<Map<String, Object>> list = new ArrayList<>();
        for (AdMetricRow r : rows) {
            Map<String, Object> row = key(r);
            row.put("current", measures(r.current()));
            row.put("previous", measures(r.previous()));
            list.add(row);
        }
        body.put("rows", list);
        return body;
    }

    @GetMapping("/api/v1/accounts/{accountId}/advertising/search-terms")
    Map<String, Object> searchTerms(
            @PathVariable long accountId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String marketplace,
            @RequestParam(required = false) String campaign,
            @RequestParam(defaultValue = "500") int limit) {
        SellerAccount account = AdPages.account(directory, accountId);
        AdPages.Period period = AdPages.period(account, clock, from, to, null, null);
        AdAnalysis.TermView chosen = AdAnalysis.TermView.named(view)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.BAD_REQUEST, "view is one of all, wasted, converting, new"));
        Marketplace m = AdPages.marketplace(account, marketplace);
        Map<String, Object> body = head(account, period.from(), period.to());
        body.put("view", chosen.name().toLowerCase(java.util.Locale.ROOT));
        List<Map<String, Object>> list = new ArrayList<>();
        for (AdMetricRow r :
                analysis.searchTerms(accountId, period.from(), period.to(), m, campaign, chosen, q, limit)) {
            Map<String, Object> row = key(r);
            row.putAll(measures(r.current()));
            list.add(row);
        }
        body.put("rows", list);
        return body;
    }

    @GetMapping("/api/v1/accounts/{accountId}/advertising/proposals")
    Map<String, Object> proposals(
            @PathVariable long accountId,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String marketplace) {
        SellerAccount account = AdPages.account(directory, accountId);
        LocalDate day = date == null || date.isBlank()
                ? AdPages.today(account, clock)
                : AdPages.period(account, clock, date, date, null, null).from();
        Marketplace m = AdPages.marketplace(account, marketplace);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", account.name());
        body.put("date", day.toString());
        List<Map<String, Object>> list = new ArrayList<>();
        for (SearchTermProposal p : optimizer.searchTermProposals(accountId, day, ProposalSettings.defaults(), m)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", p.kind().code());
            row.put("reason", p.reason().code());
            row.put("marketplace", p.marketplace().code());
            row.put("currency", p.currency());
            row.put("campaign", p.campaignName());
            row.put("adGroup", p.adGroupName());
            row.put("targeting", p.targeting());
            row.put("matchType", p.matchType());
            row.put("searchTerm", p.searchTerm());
            // What POST .../advertising/changes takes to request this proposal's change.
            row.put("key", dev.bosun.advertising.AdChanges.key(p));
            row.put("from", p.from().toString());
            row.put("to", p.to().toString());
            row.put("clicks", p.figures().clicks());
            row.put("orders", p.figures().orders());
            row.put("spend", p.figures().spend());
            row.put("sales", p.figures().sales());
            row.put("acos", p.acos());
            row.put("targetAcos", p.target().value());
            row.put("targetSource", p.target().source());
            row.put("breakEvenAcos", p.target().breakEven());
            row.put("adGroupConversionRate", p.conversionRate());
            row.put("limit", p.limit());
            row.put("chance", p.chance() >= 1 ? null : p.chance());
            row.put("suggestedBid", p.suggestedBid());
            row.put("spendPerWeek", p.spendPerWeek());
            row.put("ordersPerWeek", p.ordersPerWeek());
            list.add(row);
        }
        body.put("proposals", list);
        return body;
    }

    private static Map<String, Object> head(SellerAccount account, LocalDate from, LocalDate to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", account.name());
        body.put("from", from.toString());
        body.put("to", to.toString());
        return body;
    }

    private static Map<String, Object> key(AdMetricRow r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("marketplace", r.marketplace().code());
        row.put("currency", r.currency());
        putIf(row, "campaign", r.campaignName());
        putIf(row, "adGroup", r.adGroupName());
        putIf(row, "targeting", r.targeting());
        putIf(row, "matchType", r.matchType());
        putIf(row, "searchTerm", r.searchTerm());
        putIf(row, "asin", r.asin());
        return row;
    }

    private static void putIf(Map<String, Object> row, String key, String value) {
        if (value != null) {
            row.put(key, value);
        }
    }

    private static Map<String, Object> measures(AdMeasures m) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("impressions", m.impressions());
        v.put("clicks", m.clicks());
        v.put("spend", m.spend());
        v.put("orders", m.orders());
        v.put("units", m.units());
        v.put("sales", m.sales());
        v.put("ctr", value(m.ctr()));
        v.put("cpc", value(m.cpc()));
        v.put("cvr", value(m.cvr()));
        v.put("acos", value(m.acos()));
        v.put("roas", value(m.roas()));
        v.put("totalSales", m.totalSales());
        v.put("tacos", value(m.tacos()));
        v.put("adShareOfSales", value(m.adShareOfSales()));
        return v;
    }

    private static BigDecimal value(Optional<BigDecimal> ratio) {
        return ratio.map(r -> r.setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros())
                .orElse(null);
    }
}
