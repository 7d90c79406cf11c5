package dev.bosun.finance.review;

import dev.bosun.accounts.Role;
import dev.bosun.finance.Discrepancies;
import dev.bosun.finance.domain.UnreturnedRefunds.Unreturned;
import dev.bosun.shared.Money;
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
import dev.bosun.workflow.Thresholds;
import dev.bosun.workflow.Unit;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Refund without return: an FBA order refunded at least the waiting days ago whose unit never reached a fulfilment
 * centre (neither the FBA customer returns report nor the inventory ledger shows it) and for which no reimbursement
 * names the order. Before Amazon's claim window opens the item is information (the claim is being prepared); in the
 * window it is a warning, and critical in its last two weeks.
 */
@Component
class RefundWithoutReturnRule implements ReviewRule {

    static final String ID = "finance.refund-without-return";
    static final String WAIT = "wait-days";
    static final String CLAIM_FROM = "claim-from-days";
    static final String CLAIM_UNTIL = "claim-until-days";
    static final int LAST_DAYS = 14;

    private final Discrepancies discrepancies;

    RefundWithoutReturnRule(Discrepancies discrepancies) {
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
                        "1",
                        "120",
                        "issue 6: refunds without a returned unit after 45 days (Amazon's claim window opened 45 days"
                                + " after the refund until 2024-10-22)"),
                ThresholdSpec.of(
                        CLAIM_FROM,
                        "60",
                        Unit.DAYS,
                        "1",
                        "365",
                        "Amazon since 2024-10-23: a customer return claim no sooner than 60 days after the refund"
                                + " (Seller Central help G9N934L7Y4SFWPJ4; announcement of 2024-07-24)"),
                ThresholdSpec.of(
                        CLAIM_UNTIL,
                        "120",
                        Unit.DAYS,
                        "30",
                        "548",
                        "Amazon since 2024-10-23: no later than 120 days after the refund (Seller Central help"
                                + " G9N934L7Y4SFWPJ4); 18 months before"));
    }

    @Override
    public List<Finding> findings(ReviewContext context) {
        Thresholds t = context.thresholds();
        List<Finding> findings = new ArrayList<>();
        for (Unreturned u : discrepancies.unreturnedRefunds(
                context.accountId(),
                context.date(),
                t.intValue(WAIT),
                t.intValue(CLAIM_FROM),
                t.intValue(CLAIM_UNTIL))) {
            findings.add(finding(context, u));
        }
        return findings;
    }

    private Finding finding(ReviewContext context, Unreturned u) {
        Thresholds t = context.thresholds();
        var r = u.refund();
        long left = ChronoUnit.DAYS.between(context.date(), u.claimableUntil());
        boolean open = !context.date().isBefore(u.claimableFrom());
        Severity severity = !open ? Severity.INFO : left <= LAST_DAYS ? Severity.CRITICAL : Severity.WARNING;
        List<Evidence.Figure> figures = new ArrayList<>();
        figures.add(Evidence.Figure.money("owed", u.owed(), r.currency()));
        figures.add(Evidence.Figure.of("days-since-refund", u.ageDays(), Unit.DAYS));
        figures.add(Evidence.Figure.of("units-refunded", r.units(), Unit.COUNT));
        figures.add(Evidence.Figure.of("units-returned", u.unitsReturned(), Unit.COUNT));
        figures.add(Evidence.Figure.of("claim-days-left", Math.max(left, 0), Unit.DAYS));
        Evidence evidence = Evidence.of(r.refundedOn(), context.date(), figures, t.evidence(WAIT, "<"))
                .withChecks(List.of(
                        Evidence.Check.notFound(
                                "customer-return",
                                u.unitsReturned() + " of " + r.units() + " units in the FBA customer returns report or"
                                        + " the inventory ledger"),
                        Evidence.Check.notFound("reimbursement", "no reimbursement names order " + r.orderId())));
        return new Finding(
                new Subject(SubjectType.ORDER, r.orderId(), r.sku(), null, r.marketplace()),
                r.sku() == null ? "" : r.sku(),
                severity,
                MessageText.of(
                        "review.rule.finance.refund-without-return.title",
                        r.orderId(),
                        String.valueOf(u.unitsMissing()),
                        r.sku() == null ? "–" : r.sku(),
                        r.refundedOn().toString(),
                        String.valueOf(u.ageDays())),
                evidence,
                MessageText.of(
                        open
                                ? "review.rule.finance.refund-without-return.action.claim"
                                : "review.rule.finance.refund-without-return.action.wait",
                        r.orderId(),
                        u.claimableFrom().toString(),
                        u.claimableUntil().toString()),
                new Money(u.owed(), Currency.getInstance(r.currency())).rounded());
    }
}
