package dev.bosun.advertising.review;

import dev.bosun.accounts.Role;
import dev.bosun.advertising.AdChanges;
import dev.bosun.advertising.ExpectedEffect;
import dev.bosun.advertising.ProposedAdChange;
import dev.bosun.advertising.RequestedAdChange;
import dev.bosun.advertising.WatchScope;
import dev.bosun.advertising.domain.ChangeOutcome;
import dev.bosun.workflow.Evidence;
import dev.bosun.workflow.Finding;
import dev.bosun.workflow.MessageText;
import dev.bosun.workflow.ReviewArea;
import dev.bosun.workflow.ReviewContext;
import dev.bosun.workflow.ReviewRule;
import dev.bosun.workflow.Severity;
import dev.bosun.workflow.Subject;
import dev.bosun.workflow.SubjectType;
import dev.bosun.workflow.ThresholdSpec;
import dev.bosun.workflow.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The watched outcome of exported ad changes: 7 days after the export, and again after 14, whether the watched
 * figure (ACoS, spend, orders) moved as the proposal expected, against the 14 days before the export. One item per
 * change (the 14-day check replaces the 7-day one), reported until 28 days after the export; none before the
 * reports of the window's last day are imported.
 */
@Component
class ChangeOutcomeRule implements ReviewRule {

    /** The last day after the export the outcome is reported on. */
    static final int REPORT_UNTIL_DAYS = 28;

    private final AdChanges changes;

    ChangeOutcomeRule(AdChanges changes) {
        this.changes = changes;
    }

    @Override
    public String id() {
        return "ads.change-outcome";
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
        return List.of();
    }

    @Override
    public List<Finding> findings(ReviewContext context) {
        List<Finding> findings = new ArrayList<>();
        for (RequestedAdChange c : changes.watched(context.accountId(), context.date())) {
            if (!context.marketplaces().contains(c.proposal().marketplace())
                    || context.date().isAfter(c.exportedOn().plusDays(REPORT_UNTIL_DAYS))) {
                continue;
            }
            List<ChangeOutcome> outcomes = changes.outcomes(c, context.date());
            if (!outcomes.isEmpty()) {
                findings.add(finding(c, outcomes.get(outcomes.size() - 1)));
            }
        }
        return findings;
    }

    private static Finding finding(RequestedAdChange c, ChangeOutcome o) {
        ProposedAdChange p = c.proposal();
        ExpectedEffect expected = p.expected();
        Unit unit = expected.metric() == ExpectedEffect.Metric.ACOS
                ? Unit.RATE
                : expected.metric() == ExpectedEffect.Metric.ORDERS ? Unit.NUMBER : Unit.MONEY;
        String key = "watched-" + expected.metric().code();
        List<Evidence.Figure> figures = new ArrayList<>();
        figures.add(new Evidence.Figure(key, o.after(), o.before(), unit, unit == Unit.MONEY ? p.currency() : null));
        figures.add(Evidence.Figure.compared(
                "ad-orders",
                BigDecimal.valueOf(
                        o.figures().orders() == null ? 0 : o.figures().orders()),
                BigDecimal.valueOf(
                        c.baseline().figures().orders() == null
                                ? 0
                                : c.baseline().figures().orders()),
                Unit.COUNT));
        figures.add(new Evidence.Figure(
                "ad-spend", o.figures().spend(), c.baseline().figures().spend(), Unit.MONEY, p.currency()));
        figures.add(Evidence.Figure.compared(
                "acos",
                o.figures().acos().orElse(null),
                c.baseline().figures().acos().orElse(null),
                Unit.RATE));
        if (expected.value() != null) {
            figures.add(new Evidence.Figure(
                    "expected-" + expected.metric().code(),
                    expected.value(),
                    null,
                    unit,
                    unit == Unit.MONEY ? p.currency() : null));
        }
        Evidence evidence = Evidence.of(o.from(), o.to(), figures, null)
                .comparedWith(c.baseline().from(), c.baseline().to());
        String shownBefore = AdChanges.valueText(expected.metric(), o.before(), p.currency());
        String shownAfter = AdChanges.valueText(expected.metric(), o.after(), p.currency());
        return new Finding(
                subject(p),
                AdItems.variant("change", String.valueOf(c.id())),
                Severity.INFO,
                MessageText.of(
                        "review.rule.ads.change-outcome.title." + o.verdict().code(),
                        p.label(),
                        String.valueOf(o.days()),
                        shownBefore,
                        shownAfter),
                evidence,
                MessageText.of(
                        "review.rule.ads.change-outcome.action." + o.verdict().code(),
                        p.label(),
                        String.valueOf(c.id())),
                null);
    }

    private static Subject subject(ProposedAdChange p) {
        WatchScope w = p.watch();
        return switch (w.level()) {
            case SEARCH_TERM -> AdItems.searchTerm(w.searchTerm(), null, p.marketplace());
            case CAMPAIGN -> AdItems.campaign(w.campaignName(), p.marketplace());
            case AD_GROUP -> new Subject(SubjectType.AD_GROUP, cut(w.adGroupName()), null, null, p.marketplace());
            case TARGET -> new Subject(SubjectType.KEYWORD, cut(w.targeting()), null, null, p.marketplace());
        };
    }

    private static String cut(String text) {
        return text.length() <= AdItems.MAX_TEXT ? text : text.substring(0, AdItems.MAX_TEXT);
    }
}
