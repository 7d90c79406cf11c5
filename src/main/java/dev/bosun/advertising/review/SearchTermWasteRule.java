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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Zero-order spend: search terms clicked often enough that a sale was expected (at their ad group's conversion rate,
 * with the rule's confidence) and that brought no order in the window, or whose ACoS is far above the ASIN's
 * break-even. Each item proposes the negative exact keyword, with the clicks, the spend and the chance that a term
 * converting like its ad group went without an order that long.
 */
@Component
class SearchTermWasteRule implements ReviewRule {

    static final String CONFIDENCE = "confidence";
    static final String FLOOR_CLICKS = "floor-clicks";
    static final String WINDOW = "window-days";

    private final AdOptimizer optimizer;

    SearchTermWasteRule(AdOptimizer optimizer) {
        this.optimizer = optimizer;
    }

    @Override
    public String id() {
        return "ads.search-term-waste";
    }

    @Override
    public ReviewArea area() {
        return ReviewArea.ADVERTISING;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Role role() {
        return Role.SPECIALIST;
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(
                ThresholdSpec.of(
                        CONFIDENCE,
                        "0.99",
                        Unit.RATE,
                        "0.5",
                        "0.9999",
                        "Bosun default: the clicks after which a term converting like its ad group would have sold"
                                + " with 99 % probability (90 % flags a few healthy terms of every account, which has"
                                + " hundreds) (issue 8: clicks where a sale was expected; seed: negate"
                                + " wasted terms)"),
                ThresholdSpec.of(
                        FLOOR_CLICKS,
                        "10",
                        Unit.COUNT,
                        "3",
                        "1000",
                        "Bosun default: never fewer than 10 clicks, whatever the conversion rate"),
                ThresholdSpec.of(
                        WINDOW, "30", Unit.DAYS, "7", "90", "Bosun default: the search terms of the last 30 days"));
    }

    @Override
    public List<Finding> findings(ReviewContext context) {
        Thresholds t = context.thresholds();
        ProposalSettings defaults = ProposalSettings.defaults();
        ProposalSettings settings = new ProposalSettings(
                t.intValue(WINDOW),
                defaults.conversionDays(),
                defaults.minOrders(),
                t.value(CONFIDENCE).doubleValue(),
                t.intValue(FLOOR_CLICKS),
                defaults.ceilingClicks(),
                defaults.farAbove());
        List<Finding> findings = new ArrayList<>();
        for (Marketplace marketplace : context.marketplaces()) {
            for (SearchTermProposal p : AdItems.proposals(optimizer, context, settings, marketplace)) {
                if (p.kind() == SearchTermProposal.Kind.NEGATE) {
                    findings.add(finding(p, t));
                }
            }
        }
        return findings;
    }

    private Finding finding(SearchTermProposal p, Thresholds t) {
        List<Evidence.Figure> figures = new ArrayList<>();
        figures.add(Evidence.Figure.of("ad-clicks", p.figures().clicks(), Unit.COUNT));
        figures.add(Evidence.Figure.of(
                "ad-orders", p.figures().orders() == null ? 0 : p.figures().orders(), Unit.COUNT));
        figures.add(Evidence.Figure.money("ad-spend", p.figures().spend(), p.currency()));
        figures.add(Evidence.Figure.of("clicks-limit", p.limit(), Unit.COUNT));
        figures.add(Evidence.Figure.of("ad-group-cvr", p.conversionRate(), Unit.RATE));
        if (p.reason() == SearchTermProposal.Reason.NO_ORDERS) {
            figures.add(Evidence.Figure.of(
                    "chance-one-in",
                    p.chance() <= 0 ? null : BigDecimal.valueOf(Math.round(Math.min(1e12, 1 / p.chance()))),
                    Unit.COUNT));
        } else {
            figures.add(Evidence.Figure.of("acos", p.acos(), Unit.RATE));
            figures.add(Evidence.Figure.of("break-even-acos", p.target().breakEven(), Unit.RATE));
        }
        Evidence evidence = Evidence.of(p.from(), p.to(), figures, t.evidence(CONFIDENCE, "<"));
        return new Finding(
                AdItems.searchTerm(p.searchTerm(), null, p.marketplace()),
                AdItems.variant(p.campaignName(), p.adGroupName()),
                Severity.WARNING,
                MessageText.of(
                        "review.rule.ads.search-term-waste.title." + p.reason().code(),
                        p.searchTerm(),
                        p.marketplace().code(),
                        String.valueOf(p.figures().clicks()),
                        Unit.MONEY.format(p.figures().spend()) + " " + p.currency(),
                        p.campaignName(),
                        Unit.RATE.format(p.acos())),
                evidence,
                MessageText.of(
                        "review.rule.ads.search-term-waste.action",
                        p.searchTerm(),
                        p.campaignName(),
                        p.adGroupName(),
                        Unit.MONEY.format(p.spendPerWeek()) + " " + p.currency()),
                AdItems.money(p.spendPerWeek(), p.currency()));
    }
}
