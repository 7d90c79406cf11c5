package dev.bosun.advertising.review;

import dev.bosun.accounts.Role;
import dev.bosun.advertising.AdLint;
import dev.bosun.advertising.StructureFinding;
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
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Structure lint ({@link AdLint}): automatic and manual targeting mixed in a campaign, ad groups advertising many
 * unrelated products, keywords enabled in several campaigns, harvested terms not negated in the automatic campaign,
 * campaigns without negatives. Items are informational (the structure works, less well); a harvested term still
 * bought through the automatic campaign is reported once it has the threshold's clicks there. Campaigns out of budget
 * are the budget-exhausted rule's.
 */
@Component
class StructureLintRule implements ReviewRule {

    static final String NO_NEGATIVES_DAYS = "no-negatives-days";
    static final String MAX_FAMILIES = "max-families";
    static final String HARVEST_CLICKS = "harvest-clicks";

    private final AdLint lint;

    StructureLintRule(AdLint lint) {
        this.lint = lint;
    }

    @Override
    public String id() {
        return "ads.structure";
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
                        NO_NEGATIVES_DAYS,
                        "30",
                        Unit.DAYS,
                        "7",
                        "365",
                        "Bosun default: a campaign live for 30 days has search terms worth negating (issue 8:"
                                + " campaigns without negatives)"),
                ThresholdSpec.of(
                        MAX_FAMILIES,
                        "2",
                        Unit.COUNT,
                        "1",
                        "50",
                        "Bosun default: an ad group advertises one product family, two at most (issue 8: ad groups"
                                + " with many unrelated ASINs)"),
                ThresholdSpec.of(
                        HARVEST_CLICKS,
                        "10",
                        Unit.COUNT,
                        "1",
                        "1000",
                        "Bosun default: 10 clicks of a harvested term through the automatic campaign in 30 days"
                                + " before the missing negative is reported"));
    }

    @Override
    public List<Finding> findings(ReviewContext context) {
        Thresholds t = context.thresholds();
        AdLint.Settings d = AdLint.Settings.defaults();
        AdLint.Settings settings = new AdLint.Settings(
                d.windowDays(), t.intValue(NO_NEGATIVES_DAYS), t.intValue(MAX_FAMILIES), d.minCappedDays());
        List<Finding> findings = new ArrayList<>();
        for (Marketplace marketplace : context.marketplaces()) {
            for (StructureFinding f : lint.lint(context.accountId(), context.date(), settings, marketplace)) {
                BigDecimal clicks = f.facts().get("clicks");
                boolean minor = f.kind() == StructureFinding.Kind.HARVEST_NOT_NEGATED
                        && (clicks == null || clicks.intValue() < t.intValue(HARVEST_CLICKS));
                if (f.kind() != StructureFinding.Kind.OUT_OF_BUDGET && !minor) {
                    findings.add(finding(f, context, settings, t));
                }
            }
        }
        return findings;
    }

    private Finding finding(StructureFinding f, ReviewContext context, AdLint.Settings settings, Thresholds t) {
        String kind = f.kind().code();
        List<Evidence.Figure> figures = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : f.facts().entrySet()) {
            if (e.getKey().equals("spend")) {
                figures.add(Evidence.Figure.money("ad-spend", e.getValue(), f.currency()));
            } else if (e.getKey().equals("clicks")) {
                figures.add(Evidence.Figure.of("ad-clicks", e.getValue(), Unit.COUNT));
            } else {
                figures.add(Evidence.Figure.of("ads-" + e.getKey(), e.getValue(), Unit.COUNT));
            }
        }
        Evidence.Threshold threshold = switch (f.kind()) {
            case NO_NEGATIVES -> t.evidence(NO_NEGATIVES_DAYS, "<");
            case UNRELATED_ASINS -> t.evidence(MAX_FAMILIES, "<=");
            case HARVEST_NOT_NEGATED -> t.evidence(HARVEST_CLICKS, "<");
            default -> null;
        };
        Evidence evidence = Evidence.of(
                context.date().minusDays(settings.windowDays()), context.date().minusDays(1), figures, threshold);
        Severity severity = Severity.INFO;
        String related = String.join(", ", f.related());
        return new Finding(
                AdItems.campaign(f.campaignName(), f.marketplace()),
                AdItems.variant(kind, f.subject()),
                severity,
                MessageText.of(
                        "review.rule.ads.structure.title." + kind,
                        f.campaignName(),
                        f.marketplace().code(),
                        f.subject(),
                        related,
                        String.valueOf(f.facts().values().stream()
                                .filter(java.util.Objects::nonNull)
                                .findFirst()
                                .map(BigDecimal::toPlainString)
                                .orElse(""))),
                evidence,
                MessageText.of("review.rule.ads.structure.action." + kind, f.campaignName(), f.subject(), related),
                null);
    }
}
