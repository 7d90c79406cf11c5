package dev.bosun.advertising.review;

import dev.bosun.accounts.Role;
import dev.bosun.advertising.AcosTarget;
import dev.bosun.advertising.AdAnalysis;
import dev.bosun.advertising.AdFigures;
import dev.bosun.advertising.AdPerformance;
import dev.bosun.advertising.CampaignPerformance;
import dev.bosun.advertising.domain.BudgetCap;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Budget exhausted early: campaigns whose spend reached their daily budget (within one bid, {@link BudgetCap}) on at
 * least the rule's days of the last 7, from the campaign report's budget column. Profitable campaigns (ACoS of the
 * week at or under target) lose sales after the cut-off: raise the budget; others: lower bids first.
 */
@Component
class BudgetExhaustedRule implements ReviewRule {

    static final String MIN_DAYS = "min-days";
    static final int WEEK = 7;

    private final AdPerformance performance;
    private final AdAnalysis analysis;

    BudgetExhaustedRule(AdPerformance performance, AdAnalysis analysis) {
        this.performance = performance;
        this.analysis = analysis;
    }

    @Override
    public String id() {
        return "ads.budget-exhausted";
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
        return List.of(ThresholdSpec.of(
                MIN_DAYS,
                "2",
                Unit.COUNT,
                "1",
                "7",
                "Bosun default: out of budget on 2 of the last 7 days, a pattern rather than one busy day (issue 8:"
                        + " budget exhausted early)"));
    }

    @Override
    public List<Finding> findings(ReviewContext context) {
        Thresholds t = context.thresholds();
        LocalDate to = context.date().minusDays(1);
        LocalDate from = to.minusDays(WEEK - 1);
        List<CampaignPerformance> days = performance.campaignDays(context.accountId(), from, to);
        Map<String, BigDecimal> maxBids = null;
        List<Finding> findings = new ArrayList<>();
        for (Marketplace marketplace : context.marketplaces()) {
            for (Map.Entry<CampaignDays.Key, List<CampaignPerformance>> e :
                    CampaignDays.byCampaign(days, marketplace).entrySet()) {
                List<CampaignPerformance> rows = e.getValue();
                if (rows.stream().noneMatch(r -> r.budget() != null)) {
                    continue;
                }
                if (maxBids == null) {
                    maxBids = analysis.maxBidsByCampaign(context.accountId());
                }
                BigDecimal maxBid = maxBids.get(e.getKey().campaign());
                int capped = BudgetCap.cappedDays(
                        rows.stream().map(r -> r.figures().spend()).toList(),
                        rows.stream().map(CampaignPerformance::budget).toList(),
                        maxBid);
                if (capped >= t.intValue(MIN_DAYS)) {
                    AcosTarget target = analysis.targetAcos(context.accountId(), marketplace, null, from, to);
                    findings.add(finding(e.getKey(), rows, capped, target, from, to, t));
                }
            }
        }
        return findings;
    }

    private Finding finding(
            CampaignDays.Key key,
            List<CampaignPerformance> rows,
            int capped,
            AcosTarget target,
            LocalDate from,
            LocalDate to,
            Thresholds t) {
        AdFigures week = CampaignDays.sum(rows, from, to);
        BigDecimal budget = rows.get(rows.size() - 1).budget();
        boolean profitable =
                week.acos().map(a -> a.compareTo(target.value()) <= 0).orElse(false);
        List<Evidence.Figure> figures = List.of(
                Evidence.Figure.of("days-at-budget", capped, Unit.COUNT),
                Evidence.Figure.money("daily-budget", budget, key.currency()),
                Evidence.Figure.money("ad-spend", week.spend(), key.currency()),
                Evidence.Figure.of("acos", week.acos().orElse(null), Unit.RATE),
                Evidence.Figure.of("target-acos", target.value(), Unit.RATE));
        List<Evidence.Point> points = rows.stream()
                .map(r -> new Evidence.Point(r.scope().from(), r.figures().spend()))
                .sorted(java.util.Comparator.comparing(Evidence.Point::date))
                .toList();
        Evidence evidence = Evidence.of(from, to, figures, t.evidence(MIN_DAYS, "<"))
                .withSeries(new Evidence.Series("ad-spend", Unit.MONEY, points));
        String kind = profitable ? "profitable" : "unprofitable";
        return new Finding(
                AdItems.campaign(key.campaign(), key.marketplace()),
                "",
                Severity.WARNING,
                MessageText.of(
                        "review.rule.ads.budget-exhausted.title",
                        key.campaign(),
                        key.marketplace().code(),
                        String.valueOf(capped),
                        String.valueOf(rows.size()),
                        Unit.MONEY.format(budget) + " " + key.currency()),
                evidence,
                MessageText.of(
                        "review.rule.ads.budget-exhausted.action." + kind,
                        key.campaign(),
                        Unit.RATE.format(week.acos().orElse(null)),
                        Unit.RATE.format(target.value())),
                null);
    }
}
