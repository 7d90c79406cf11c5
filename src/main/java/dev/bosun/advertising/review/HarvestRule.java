package dev.bosun.advertising.review;

import dev.bosun.accounts.Role;
import dev.bosun.advertising.AdOptimizer;
import dev.bosun.advertising.ProposalSettings;
import dev.bosun.advertising.SearchTermProposal;
import dev.bosun.shared.Marketplace;
import dev.bosun.workflow.Evidence;
import dev.bosun.workflow.Finding;
import dev.bosun.workflow.MessageText;
import dev.bosun.workflow.ReviewArea;
import dev.bosun.workflow.ReviewContext;
import dev.bosun.workflow.ReviewRule;
import dev.bosun.workflow.Severity;
import dev.bosun.workflow.ThresholdSpec;
import dev.bosun.workflow.Thresholds;
import dev.bosun.workflow.Unit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Harvest candidates: search terms that brought at least the rule's orders through an automatic, broad or phrase
 * target at an ACoS at or under the ASIN's target, and are no exact keyword yet. Each item proposes the exact
 * keyword in a manual campaign with a bid toward the target ACoS, and the negative exact in the source.
 */
@Component
class HarvestRule implements ReviewRule {

    static final String MIN_ORDERS = "min-orders";
    static final String WINDOW = "window-days";

    private final AdOptimizer optimizer;

    HarvestRule(AdOptimizer optimizer) {
        this.optimizer = optimizer;
    }

    @Override
    public String id() {
        return "ads.harvest";
    }

    @Override
    public ReviewArea area() {
        return ReviewArea.ADVERTISING;
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public Role role() {
        return Role.SPECIALIST;
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(
                ThresholdSpec.of(
                        MIN_ORDERS,
                        "2",
                        Unit.COUNT,
                        "1",
                        "100",
                        "Bosun default: 2 orders (issue 8: harvest terms converting with at least N orders and ACoS"
                                + " at or under target; seed: harvest auto to manual)"),
                ThresholdSpec.of(
                        WINDOW, "30", Unit.DAYS, "7", "90", "Bosun default: the search terms of the last 30 days"));
    }

    @Override
    public List<Finding> findings(ReviewContext context) {
        Thresholds t = context.thresholds();
        ProposalSettings d = ProposalSettings.defaults();
        ProposalSettings settings = new ProposalSettings(
                t.intValue(WINDOW),
                d.conversionDays(),
                t.intValue(MIN_ORDERS),
                d.confidence(),
                d.floorClicks(),
                d.ceilingClicks(),
                d.farAbove());
        List<Finding> findings = new ArrayList<>();
        for (Marketplace marketplace : context.marketplaces()) {
            for (SearchTermProposal p : AdItems.proposals(optimizer, context, settings, marketplace)) {
                if (p.kind() == SearchTermProposal.Kind.HARVEST) {
                    findings.add(finding(p, t));
                }
            }
        }
        return findings;
    }

    private Finding finding(SearchTermProposal p, Thresholds t) {
        long orders = p.figures().orders() == null ? 0 : p.figures().orders();
        List<Evidence.Figure> figures = List.of(
                Evidence.Figure.of("ad-orders", orders, Unit.COUNT),
                Evidence.Figure.of("ad-clicks", p.figures().clicks(), Unit.COUNT),
                Evidence.Figure.of("acos", p.acos(), Unit.RATE),
                Evidence.Figure.of("target-acos", p.target().value(), Unit.RATE),
                Evidence.Figure.money("ad-spend", p.figures().spend(), p.currency()),
                Evidence.Figure.money("ad-sales", p.figures().sales(), p.currency()),
                Evidence.Figure.money("suggested-bid", p.suggestedBid(), p.currency()));
        Evidence evidence = Evidence.of(p.from(), p.to(), figures, t.evidence(MIN_ORDERS, "<"));
        return new Finding(
                AdItems.searchTerm(p.searchTerm(), null, p.marketplace()),
                AdItems.variant(p.campaignName(), p.adGroupName()),
                Severity.INFO,
                MessageText.of(
                        "review.rule.ads.harvest.title",
                        p.searchTerm(),
                        p.marketplace().code(),
                        String.valueOf(orders),
                        String.valueOf(p.figures().clicks()),
                        Unit.RATE.format(p.acos()),
                        p.campaignName()),
                evidence,
                MessageText.of(
                        "review.rule.ads.harvest.action",
                        p.searchTerm(),
                        Unit.MONEY.format(p.suggestedBid()) + " " + p.currency(),
                        p.campaignName(),
                        p.adGroupName(),
                        Unit.RATE.format(p.target().value())),
                null);
    }
}
