package dev.bosun.finance.review;

import dev.bosun.accounts.Role;
import dev.bosun.finance.Discrepancies;
import dev.bosun.finance.Discrepancies.OwedLoss;
import dev.bosun.finance.domain.UnreimbursedLosses;
import dev.bosun.shared.Marketplace;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Unreimbursed loss: units the inventory ledger shows lost or damaged in Amazon's warehouses that were neither found
 * again nor reimbursed once Amazon's own reimbursement had time to come, while a claim is still accepted; one item
 * per SKU with the units, their value and the last day to claim.
 */
@Component
class UnreimbursedLossRule implements ReviewRule {

    static final String ID = "finance.unreimbursed-loss";
    static final String WAIT = "wait-days";
    static final String WINDOW = "claim-window-days";
    static final int LAST_DAYS = 7;

    private final Discrepancies discrepancies;

    UnreimbursedLossRule(Discrepancies discrepancies) {
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
                        WAIT,
                        "45",
                        Unit.DAYS,
                        "0",
                        "365",
                        "Bosun default: Amazon reimburses units lost in its warehouses by itself since 2024-11-01 and"
                                + " a lost unit may be found again (claims opened no sooner than 30 days after the loss"
                                + " before 2024-10-23); 45 days leaves room for that and 15 days to claim"),
                ThresholdSpec.of(
                        WINDOW,
                        "60",
                        Unit.DAYS,
                        "1",
                        "548",
                        "Amazon since 2024-10-23: a fulfillment center operations claim no later than 60 days after the"
                                + " unit was reported lost or damaged (announcement of 2024-07-24); 18 months before"));
    }

    @Override
    public List<Finding> findings(ReviewContext context) {
        Thresholds t = context.thresholds();
        Map<String, List<OwedLoss>> bySku = new LinkedHashMap<>();
        for (OwedLoss loss : discrepancies.unreimbursedLosses(
                context.accountId(), context.date(), t.intValue(WAIT), t.intValue(WINDOW))) {
            Marketplace m = loss.loss().marketplace();
            String sku =
                    loss.loss().sku() != null ? loss.loss().sku() : loss.loss().fnsku();
            bySku.computeIfAbsent((m == null ? "-" : m.code()) + "|" + sku, k -> new ArrayList<>())
                    .add(loss);
        }
        List<Finding> findings = new ArrayList<>();
        bySku.values().forEach(losses -> findings.add(finding(context, losses)));
        return findings;
    }

    private Finding finding(ReviewContext context, List<OwedLoss> losses) {
        Thresholds t = context.thresholds();
        UnreimbursedLosses.Loss first = losses.get(0).loss();
        String sku = first.sku() != null ? first.sku() : first.fnsku();
        int lost = 0;
        int damaged = 0;
        BigDecimal owed = BigDecimal.ZERO;
        boolean valued = true;
        LocalDate deadline = null;
        for (OwedLoss l : losses) {
            int open = l.outcome().unitsOpen();
            if (l.loss().kind() == UnreimbursedLosses.Kind.LOST) {
                lost += open;
            } else {
                damaged += open;
            }
            if (l.owed() == null) {
                valued = false;
            } else {
                owed = owed.add(l.owed());
            }
            deadline = deadline == null || l.claimableUntil().isBefore(deadline) ? l.claimableUntil() : deadline;
        }
        String currency = losses.get(0).currency();
        long left = ChronoUnit.DAYS.between(context.date(), deadline);
        List<Evidence.Figure> figures = new ArrayList<>();
        if (valued && currency != null) {
            figures.add(Evidence.Figure.money("owed", owed, currency));
        }
        figures.add(Evidence.Figure.of("units-lost", lost, Unit.COUNT));
        figures.add(Evidence.Figure.of("units-damaged", damaged, Unit.COUNT));
        if (losses.get(0).valuePerUnit() != null && currency != null) {
            figures.add(Evidence.Figure.money("value-per-unit", losses.get(0).valuePerUnit(), currency));
        }
        figures.add(Evidence.Figure.of("days-since-loss", losses.get(0).ageDays(), Unit.DAYS));
        figures.add(Evidence.Figure.of("claim-days-left", Math.max(left, 0), Unit.DAYS));
        List<Evidence.Check> checks = new ArrayList<>();
        for (OwedLoss l : losses) {
            checks.add(Evidence.Check.found(
                    "ledger-loss",
                    l.loss().date() + " " + l.loss().kind().name().toLowerCase(java.util.Locale.ROOT) + " "
                            + l.outcome().unitsOpen() + " of " + l.loss().units() + " (FNSKU "
                            + l.loss().fnsku()
                            + (l.loss().referenceId() == null
                                    ? ""
                                    : ", reference " + l.loss().referenceId())
                            + (l.loss().fulfillmentCenter() == null
                                    ? ""
                                    : ", " + l.loss().fulfillmentCenter())
                            + ")"));
        }
        Evidence evidence = Evidence.of(first.date(), context.date(), figures, t.evidence(WAIT, "<"))
                .withChecks(checks);
        return new Finding(
                Subject.sku(sku, first.asin(), first.marketplace()),
                "",
                left <= LAST_DAYS ? Severity.CRITICAL : Severity.WARNING,
                MessageText.of(
                        "review.rule.finance.unreimbursed-loss.title",
                        sku,
                        first.marketplace() == null ? "–" : first.marketplace().code(),
                        String.valueOf(lost + damaged),
                        first.date().toString(),
                        deadline.toString()),
                evidence,
                MessageText.of("review.rule.finance.unreimbursed-loss.action", sku, deadline.toString()),
                valued && currency != null ? new Money(owed, Currency.getInstance(currency)).rounded() : null);
    }
}
