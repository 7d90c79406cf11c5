package dev.bosun.advertising.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.advertising.AdAnalysis;
import dev.bosun.advertising.AdLevel;
import dev.bosun.advertising.AdMetricRow;
import dev.bosun.advertising.AdOptimizer;
import dev.bosun.advertising.SearchTermProposal;
import dev.bosun.shared.Marketplace;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Advertising pages: the drill-down account → campaign → ad group → keyword/target with the figures of a period and
 * its comparison period (and per ASIN across campaigns), the search-term table with its filters (wasted,
 * converting, new), and the harvest and negation proposals with their evidence.
 */
@Controller
class AdvertisingController {

    /** The search-term lines a page shows; the pages go as far as {@link AdAnalysis#searchTerms}' limit. */
    static final int TERM_PAGE = 100;

    private final AccountDirectory directory;
    private final AdAnalysis analysis;
    private final AdOptimizer optimizer;
    private final Clock clock;
    private final ProposalStatuses changes;

    AdvertisingController(
            AccountDirectory directory,
            AdAnalysis analysis,
            AdOptimizer optimizer,
            Clock clock,
            ProposalStatuses changes) {
        this.directory = directory;
        this.analysis = analysis;
        this.optimizer = optimizer;
        this.clock = clock;
        this.changes = changes;
    }

    @GetMapping("/a/{accountId}/advertising/campaigns")
    String campaigns(
            @PathVariable long accountId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String compareFrom,
            @RequestParam(required = false) String compareTo,
            @RequestParam(name = "mp", required = false) String mp,
            @RequestParam(required = false) String campaign,
            @RequestParam(required = false) String adGroup,
            @RequestParam(required = false) String by,
            Model model) {
        SellerAccount account = AdPages.account(directory, accountId);
        AdPages.Period period = AdPages.period(account, clock, from, to, compareFrom, compareTo);
        Marketplace marketplace = AdPages.marketplace(account, mp);
        boolean hasCampaign = campaign != null && !campaign.isBlank();
        boolean hasGroup = hasCampaign && adGroup != null && !adGroup.isBlank();
        AdLevel level = "asin".equals(by)
                ? AdLevel.ASIN
                : hasGroup ? AdLevel.TARGET : hasCampaign ? AdLevel.AD_GROUP : AdLevel.CAMPAIGN;
        List<MetricCells> totals = analysis
                .metrics(
                        accountId,
                        AdLevel.ACCOUNT,
                        period.from(),
                        period.to(),
                        period.compareFrom(),
                        period.compareTo(),
                        marketplace,
                        null,
                        null)
                .stream()
                .map(MetricCells::of)
                .toList();
        List<MetricCells> rows = analysis
                .metrics(
                        accountId,
                        level,
                        period.from(),
                        period.to(),
                        period.compareFrom(),
                        period.compareTo(),
                        marketplace,
                        level == AdLevel.ASIN ? null : campaign,
                        level == AdLevel.ASIN ? null : adGroup)
                .stream()
                .map(MetricCells::of)
                .toList();
        model.addAttribute("area", "advertising");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("period", period);
        model.addAttribute("mp", marketplace == null ? "" : marketplace.code());
        model.addAttribute("level", level.code());
        model.addAttribute("campaign", hasCampaign ? campaign : null);
        model.addAttribute("adGroup", hasGroup ? adGroup : null);
        model.addAttribute("totals", totals);
        model.addAttribute("rows", rows);
        model.addAttribute(
                "trend",
                level == AdLevel.ASIN
                        ? null
                        : TrendChart.json(analysis.trend(
                                accountId,
                                period.from(),
                                period.to(),
                                marketplace,
                                hasCampaign ? campaign : null,
                                hasGroup ? adGroup : null)));
        return "advertising/campaigns";
    }

    @GetMapping("/a/{accountId}/advertising/search-terms")
    String searchTerms(
            @PathVariable long accountId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(name = "mp", required = false) String mp,
            @RequestParam(required = false) String campaign,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            Model model) {
        SellerAccount account = AdPages.account(directory, accountId);
        AdPages.Period period = AdPages.period(account, clock, from, to, null, null);
        Marketplace marketplace = AdPages.marketplace(account, mp);
        AdAnalysis.TermView chosen = AdAnalysis.TermView.named(view)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown view"));
        int pages = AdAnalysis.MAX_TERM_LINES / TERM_PAGE;
        int number = page == null ? 1 : page;
        if (number < 1 || number > pages) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page is a number from 1 to " + pages);
        }
        // the lines up to this page and one more, which tells whether a next page exists
        List<AdMetricRow> upTo = analysis.searchTerms(
                accountId, period.from(), period.to(), marketplace, campaign, chosen, q, number * TERM_PAGE + 1);
        int first = Math.min((number - 1) * TERM_PAGE, upTo.size());
        List<AdMetricRow> rows = upTo.subList(first, Math.min(number * TERM_PAGE, upTo.size()));
        model.addAttribute("area", "advertising");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("period", period);
        model.addAttribute("mp", marketplace == null ? "" : marketplace.code());
        model.addAttribute("view", chosen.name().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("views", List.of("all", "wasted", "converting", "new"));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("campaign", campaign == null ? "" : campaign);
        model.addAttribute("rows", rows.stream().map(MetricCells::of).toList());
        model.addAttribute("page", number);
        model.addAttribute("firstLine", first + 1);
        model.addAttribute("lastLine", first + rows.size());
        model.addAttribute("more", upTo.size() > number * TERM_PAGE && number < pages);
        return "advertising/search-terms";
    }

    @GetMapping("/a/{accountId}/advertising/proposals")
    String proposals(
            @PathVariable long accountId,
            @RequestParam(name = "mp", required = false) String mp,
            @RequestParam(required = false) String date,
            Model model) {
        SellerAccount account = AdPages.account(directory, accountId);
        Marketplace marketplace = AdPages.marketplace(account, mp);
        LocalDate day = date == null || date.isBlank()
                ? AdPages.today(account, clock)
                : AdPages.period(account, clock, date, date, null, null).from();
        List<SearchTermProposal> proposals = optimizer.searchTermProposals(
                accountId, day, dev.bosun.advertising.ProposalSettings.defaults(), marketplace);
        model.addAttribute("area", "advertising");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("day", day);
        model.addAttribute("mp", marketplace == null ? "" : marketplace.code());
        model.addAttribute("proposals", proposals.stream().map(ProposalLine::of).toList());
        changes.addTo(model, accountId, proposals);
        return "advertising/proposals";
    }
}
