package dev.bosun.finance.review;

import dev.bosun.accounts.Role;
import dev.bosun.finance.Discrepancies;
import dev.bosun.finance.FeeLineCheck;
import dev.bosun.finance.domain.FeeOvercharges.Overcharge;
import dev.bosun.shared.Money;
import dev.bosun.workflow.Evidence;
import dev.bosun.workflow.Finding;
import dev.bosun.workflow.MessageText;
import dev.bosun.workflow.ReviewArea;
import dev.bosun.workflow.ReviewContext;
import dev.bosun.workflow.ReviewRule;
import dev.bosun.workflow.Severity;
import dev.bosun.workflow.Subject;
import dev.bosun.workflow.ThresholdSpec;
import dev.bosun.workflow.Thresholds;
import dev.bosun.workflow.Unit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Fee overcharge: a SKU whose settlements charged a referral or FBA fee above what its category and package call
 * for (settlement reconciliation, one cent of tolerance per line), with the money at stake and what a claim needs:
 * the fee per unit charged against the expected one, the tier billed against the tier the package calls for, the
 * orders and their dates.
 */
@Component
class FeeOverchargeRule implements ReviewRule {

    static final String ID = "finance.fee-overcharge";
    static final String MIN_SHARE = "min-share";
    static final String LOOK_BACK = "look-back-days";

    private final Discrepancies discrepancies;

    FeeOverchargeRule(Discrepancies discrepancies) {
        this.discrepancies = discrepancies;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ReviewArea area() {
        return ReviewArea.FINANCE;
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
                        MIN_SHARE,
                        "0.03",
                        Unit.RATE,
                        "0",
                        "1",
                        "Bosun default: overcharges of at least 3 % of the fee are warnings; smaller ones (a rate card"
                                + " value slightly off) are shown for information"),
                ThresholdSpec.of(
                        LOOK_BACK,
                        "180",
                        Unit.DAYS,
                        "14",
                        "730",
                        "Bosun default: orders of the last 180 days; Amazon publishes no claim window for fee"
                                + " overcharges (REFERENCE.md has none)"));
    }

    @Override
    public List<Finding> findings(ReviewContext context) {
        Thresholds t = context.thresholds();
        List<Finding> findings = new ArrayList<>();
        for (Overcharge o :
                discrepancies.feeOvercharges(context.accountId(), context.date().minusDays(t.intValue(LOOK_BACK)))) {
            findings.add(finding(context, o));
        }
        return findings;
    }

    private Finding finding(ReviewContext context, Overcharge o) {
        Thresholds t = context.thresholds();
        String currency = o.currency();
        String fee = o.kind() == FeeLineCheck.Kind.FBA_FEE ? "fba-fee" : "referral";
        boolean material = o.share() == null || o.share().compareTo(t.value(MIN_SHARE)) >= 0;
        List<Evidence.Figure> figures = new ArrayList<>();
        figures.add(Evidence.Figure.money("overcharged", o.overcharged(), currency));
        figures.add(Evidence.Figure.money("charged-per-unit", o.chargedPerUnit(), currency));
        figures.add(Evidence.Figure.money("expected-per-unit", o.expectedPerUnit(), currency));
        figures.add(Evidence.Figure.of("units-overcharged", o.units(), Unit.COUNT));
        figures.add(Evidence.Figure.of("orders-overcharged", o.orders(), Unit.COUNT));
        if (o.share() != null) {
            figures.add(Evidence.Figure.of("overcharge-share", o.share(), Unit.RATE));
        }
        List<Evidence.Check> checks = new ArrayList<>();
        if (o.kind() == FeeLineCheck.Kind.FBA_FEE) {
            String computed = o.sizeTier() + (o.packageText() == null ? "" : " (" + o.packageText() + ")");
            if (o.chargedTier() == null) {
                checks.add(Evidence.Check.found(
                        "size-tier-charged",
                        "no tier of the " + o.rateCard() + " rate card charges " + Unit.MONEY.format(o.chargedPerUnit())
                                + " a unit; the package calls for " + computed));
            } else if (!o.chargedTier().equals(o.sizeTier())) {
                checks.add(Evidence.Check.found(
                        "size-tier-charged",
                        o.chargedTier() + " " + o.chargedWeight() + " charged; the package calls for " + computed));
            } else {
                checks.add(Evidence.Check.notFound(
                        "size-tier-charged",
                        o.chargedTier() + " charged in a heavier band (" + o.chargedWeight()
                                + "); the package calls for " + computed));
            }
        } else {
            checks.add(Evidence.Check.found(
                    "fee-category",
                    "charged " + Unit.MONEY.format(o.chargedPerUnit()) + " a unit where " + o.category() + " on the "
                            + o.rateCard() + " rate card calls for " + Unit.MONEY.format(o.expectedPerUnit())));
        }
        Evidence evidence = Evidence.of(o.firstOrder(), o.lastOrder(), figures, t.evidence(MIN_SHARE, "<"))
                .withChecks(checks);
        return new Finding(
                Subject.sku(o.sku(), o.asin(), o.marketplace()),
                fee,
                material ? Severity.WARNING : Severity.INFO,
                MessageText.of(
                        "review.rule.finance.fee-overcharge.title." + fee,
                        o.sku(),
                        o.marketplace() == null ? "–" : o.marketplace().code(),
                        Unit.MONEY.format(o.chargedPerUnit()),
                        Unit.MONEY.format(o.expectedPerUnit()),
                        currency,
                        Unit.MONEY.format(o.overcharged()),
                        String.valueOf(o.units())),
                evidence,
                MessageText.of("review.rule.finance.fee-overcharge.action." + fee, o.sku()),
                new Money(o.overcharged(), Currency.getInstance(currency)).rounded());
    }
}
