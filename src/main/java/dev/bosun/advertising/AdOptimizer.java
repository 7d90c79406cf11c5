package dev.bosun.advertising;

import dev.bosun.advertising.db.AcosTargets;
import dev.bosun.advertising.db.AdAnalytics;
import dev.bosun.advertising.db.AdAnalytics.GroupConversion;
import dev.bosun.advertising.db.AdAnalytics.Scope;
import dev.bosun.advertising.db.AdAnalytics.Sum;
import dev.bosun.advertising.domain.SearchTermPolicy;
import dev.bosun.advertising.domain.TermProposal;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Proposals that explain themselves: search terms to harvest as exact keywords and search terms to negate, each with
 * its evidence (the term's figures, the limit it crossed, the target or break-even it was held against) and the
 * effect to expect. Reads only; the approval flow and the bulk sheet come after.
 */
@Service
public class AdOptimizer {

    private static final Set<String> AUTO_TARGETS = Set.of("close-match", "loose-match", "substitutes", "complements");

    private final AdAnalytics analytics;
    private final AdAnalysis analysis;
    private final Adjustments adjustments;

    AdOptimizer(AdAnalytics analytics, AdAnalysis analysis, Adjustments adjustments) {
        this.analytics = analytics;
        this.analysis = analysis;
        this.adjustments = adjustments;
    }

    /**
     * Bids of keywords and targets toward their target ACoS as of {@code date} (evidence from the settings' bid
     * window ending the day before): each with enough clicks, its sales per click shrunk toward its ad group's, one
     * step of at most the policy's limit, never under Amazon's smallest bid. Most spend first.
     *
     * @param marketplace only this marketplace, or null
     */
    public List<AdjustmentProposal> bidProposals(
            long accountId, LocalDate date, AdjustmentSettings settings, Marketplace marketplace) {
        return adjustments.bids(accountId, date, settings, marketplace);
    }

    /**
     * Top of search and product page bid adjustments as of {@code date} (bid window), from the placement report:
     * what a click there sells against a click in the rest of search, both shrunk toward the campaign, one step of
     * at most the bid policy's limit on the effective bid. Campaigns without placement figures get none.
     */
    public List<AdjustmentProposal> placementProposals(
            long accountId, LocalDate date, AdjustmentSettings settings, Marketplace marketplace) {
        return adjustments.placements(accountId, date, settings, marketplace);
    }

    /**
     * Daily budgets as of {@code date}: raised where the campaign ran out of budget while at or under its target
     * ACoS, lowered where it spends most of its budget on clicks without orders or far above target. Sponsored
     * Products campaigns only (the bulk sheet's). Most spend first.
     */
    public List<AdjustmentProposal> budgetProposals(
            long accountId, LocalDate date, AdjustmentSettings settings, Marketplace marketplace) {
        return adjustments.budgets(accountId, date, settings, marketplace);
    }

    /**
     * Product ads of ASINs whose stock runs out soon (the latest Manage FBA Inventory snapshot, at most a week old,
     * against the units sold per day): paused, or their single-product ad groups' bids lowered; ads paused while
     * the shelf was empty resumed once the stock is back. By ASIN.
     */
    public List<AdjustmentProposal> stockProposals(
            long accountId, LocalDate date, AdjustmentSettings settings, Marketplace marketplace) {
        return adjustments.stock(accountId, date, settings, marketplace);
    }

    /** Stock first (it overrides the rest), then budgets, bids and placements, with the default settings. */
    public List<AdjustmentProposal> adjustmentProposals(long accountId, LocalDate date, Marketplace marketplace) {
        AdjustmentSettings settings = AdjustmentSettings.defaults();
        List<AdjustmentProposal> all = new ArrayList<>(stockProposals(accountId, date, settings, marketplace));
        all.addAll(budgetProposals(accountId, date, settings, marketplace));
        all.addAll(bidProposals(accountId, date, settings, marketplace));
        all.addAll(placementProposals(accountId, date, settings, marketplace));
        return all;
    }

    /** The proposals of a date with the default settings. */
    public List<SearchTermProposal> searchTermProposals(long accountId, LocalDate date) {
        return searchTermProposals(accountId, date, ProposalSettings.defaults(), null);
    }

    /**
     * The harvest and negation proposals as of {@code date}: evidence from the settings' window ending the day
     * before. Harvests first, then negations, each most spend first.
     *
     * @param marketplace only this marketplace, or null
     */
    public List<SearchTermProposal> searchTermProposals(
            long accountId, LocalDate date, ProposalSettings settings, Marketplace marketplace) {
        LocalDate to = date.minusDays(1);
        LocalDate from = to.minusDays(settings.windowDays() - 1L);
        Scope scope = new Scope(marketplace, null, null);
        // Only terms with the clicks a negation asks for at least, or the orders a harvest does, can bring one.
        List<Sum> terms = analytics.searchTermsWithClicksOrOrders(
                accountId,
                from,
                to,
                scope,
                Math.min(settings.floorClicks(), settings.ceilingClicks()),
                settings.minOrders());
        if (terms.isEmpty()) {
            return List.of();
        }
        Map<String, String> targeting = analytics.targetingTypes(accountId);
        Set<String> exact = analytics.exactKeywords(accountId, from, to);
        Set<String> negatives = analytics.negatives(accountId);
        Map<List<String>, GroupConversion> groups =
                analytics.groupConversions(accountId, to.minusDays(settings.conversionDays() - 1L), to);
        Map<String, AcosTargets.Row> stored = analysis.storedTargets(accountId);
        BigDecimal weeks =
                BigDecimal.valueOf(settings.windowDays()).divide(BigDecimal.valueOf(7), MathContext.DECIMAL64);
        List<SearchTermProposal> harvests = new ArrayList<>();
        List<SearchTermProposal> negations = new ArrayList<>();
        for (Sum s : terms) {
            String campaign = s.key().get(0);
            String adGroup = s.key().get(1);
            String target = s.key().get(2);
            String match = s.key().get(3);
            String term = s.key().get(4);
            String lower = term.toLowerCase(Locale.ROOT);
            GroupConversion group = groups.get(List.of(s.marketplace().code(), campaign, adGroup));
            String asin = group == null ? null : group.firstAsin();
            AcosTarget acosTarget = analysis.targetAcos(accountId, stored, s.marketplace(), asin, from, to);
            boolean automatic = "AUTO".equalsIgnoreCase(targeting.get(campaign))
                    || AUTO_TARGETS.contains(target.toLowerCase(Locale.ROOT));
            BigDecimal groupRevenuePerClick = group == null || group.clicks() == 0
                    ? null
                    : group.sales().divide(BigDecimal.valueOf(group.clicks()), MathContext.DECIMAL64);
            Optional<TermProposal> harvest = SearchTermPolicy.harvest(
                    term,
                    match,
                    automatic,
                    exact.contains(lower),
                    s.figures(),
                    acosTarget.value(),
                    settings.minOrders(),
                    groupRevenuePerClick,
                    group == null || group.clicks() == 0
                            ? null
                            : BigDecimal.valueOf(group.orders())
                                    .divide(BigDecimal.valueOf(group.clicks()), MathContext.DECIMAL64),
                    minimumBid(s.marketplace()));
            if (harvest.isPresent()) {
                harvests.add(proposal(harvest.get(), s, from, to, acosTarget, group));
                continue;
            }
            if (negatives.contains(campaign + "\t" + lower)) {
                continue;
            }
            double conversion = group == null || group.clicks() == 0 ? -1 : group.orders() / (double) group.clicks();
            SearchTermPolicy.negate(
                            term,
                            match,
                            s.figures(),
                            conversion,
                            settings.confidence(),
                            settings.floorClicks(),
                            settings.ceilingClicks(),
                            acosTarget.breakEven(),
                            settings.farAbove())
                    .ifPresent(p -> negations.add(proposal(p, s, from, to, acosTarget, group)));
        }
        // One harvest per term and marketplace: the source that brought the most orders.
        Map<String, SearchTermProposal> best = new java.util.LinkedHashMap<>();
        for (SearchTermProposal h : harvests) {
            best.merge(
                    h.marketplace().code() + "\t" + h.searchTerm().toLowerCase(Locale.ROOT),
                    h,
                    (a, b) -> b.figures().orders() > a.figures().orders() ? b : a);
        }
        harvests = new ArrayList<>(best.values());
        Comparator<SearchTermProposal> bySpend = Comparator.comparing(
                        (SearchTermProposal p) -> p.figures().spend())
                .reversed();
        harvests.sort(bySpend);
        negations.sort(bySpend);
        List<SearchTermProposal> all = new ArrayList<>(harvests);
        all.addAll(negations);
        return all;
    }

    private static SearchTermProposal proposal(
            TermProposal p, Sum s, LocalDate from, LocalDate to, AcosTarget target, GroupConversion group) {
        AdFigures f = s.figures();
        // Per week of the days the term was seen on: a term that appeared two weeks ago spends at its own pace.
        BigDecimal weeks =
                BigDecimal.valueOf(Math.max(1, s.days())).divide(BigDecimal.valueOf(7), MathContext.DECIMAL64);
        BigDecimal conversion = group == null || group.clicks() == 0
                ? null
                : BigDecimal.valueOf(group.orders())
                        .divide(BigDecimal.valueOf(group.clicks()), 4, RoundingMode.HALF_UP);
        return new SearchTermProposal(
                p.kind() == TermProposal.Kind.HARVEST
                        ? SearchTermProposal.Kind.HARVEST
                        : SearchTermProposal.Kind.NEGATE,
                SearchTermProposal.Reason.valueOf(p.reason().name()),
                s.marketplace(),
                s.currency(),
                s.key().get(0),
                s.key().get(1),
                s.key().get(2),
                s.key().get(3),
                s.key().get(4),
                from,
                to,
                f,
                target,
                conversion,
                p.limit(),
                p.chance(),
                p.bid(),
                f.spend().divide(weeks, 2, RoundingMode.HALF_UP),
                BigDecimal.valueOf(f.orders() == null ? 0 : f.orders()).divide(weeks, 2, RoundingMode.HALF_UP));
    }

    /** Amazon's smallest keyword bid in the marketplace ({@link dev.bosun.advertising.domain.AdLimits}). */
    static BigDecimal minimumBid(Marketplace marketplace) {
        return dev.bosun.advertising.domain.AdLimits.minBid(marketplace);
    }
}
