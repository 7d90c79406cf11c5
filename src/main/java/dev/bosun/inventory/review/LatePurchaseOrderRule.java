package dev.bosun.inventory.review;

import dev.bosun.accounts.Role;
import dev.bosun.inventory.PurchaseOrder;
import dev.bosun.inventory.PurchaseOrderStatus;
import dev.bosun.inventory.Supplier;
import dev.bosun.inventory.SupplyPartners;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Purchase orders late against the day the supplier promised the goods ready: ordered, not yet ready or shipped, and
 * the promised day more than the grace days before the review date. Critical once a week late (the lead time the
 * reorder proposals counted on is gone), a warning before.
 */
@Component
class LatePurchaseOrderRule implements ReviewRule {

    static final String GRACE = "grace-days";

    private final SupplyPartners partners;

    LatePurchaseOrderRule(SupplyPartners partners) {
        this.partners = partners;
    }

    @Override
    public String id() {
        return "inventory.late-purchase-order";
    }

    @Override
    public ReviewArea area() {
        return ReviewArea.INVENTORY;
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
                GRACE, "0", Unit.DAYS, "0", "30", "Bosun default: late the day after the promised day"));
    }

    @Override
    public List<Finding> findings(ReviewContext context) {
        int grace = context.thresholds().intValue(GRACE);
        Map<Long, Supplier> suppliers = partners.suppliers(context.accountId()).stream()
                .collect(Collectors.toMap(Supplier::id, Function.identity()));
        List<Finding> findings = new ArrayList<>();
        for (PurchaseOrder o : partners.orders(context.accountId())) {
            if (o.status() != PurchaseOrderStatus.ORDERED
                    || o.promisedOn() == null
                    || o.readyOn() != null
                    || o.shippedOn() != null) {
                continue;
            }
            long late = ChronoUnit.DAYS.between(o.promisedOn(), context.date());
            if (late <= grace) {
                continue;
            }
            Supplier supplier = suppliers.get(o.supplierId());
            String name = supplier == null ? "?" : supplier.name();
            Evidence evidence = Evidence.of(
                    o.orderedOn() == null ? o.promisedOn() : o.orderedOn(),
                    context.date(),
                    List.of(
                            Evidence.Figure.of("days-late", late, Unit.DAYS),
                            Evidence.Figure.of("units-ordered", o.units(), Unit.COUNT)),
                    new Evidence.Threshold(
                            "days-late",
                            ">",
                            BigDecimal.valueOf(grace),
                            Unit.DAYS,
                            "promised ready on " + o.promisedOn() + "; "
                                    + context.thresholds().spec(GRACE).source()));
            findings.add(new Finding(
                    new Subject(SubjectType.SUPPLIER, name + " PO " + o.id(), null, null, o.marketplace()),
                    "",
                    late >= 7 ? Severity.CRITICAL : Severity.WARNING,
                    MessageText.of(
                            "review.rule.inventory.late-purchase-order.title",
                            String.valueOf(o.id()),
                            name,
                            o.promisedOn().toString(),
                            String.valueOf(late)),
                    evidence,
                    MessageText.of("review.rule.inventory.late-purchase-order.action", name, String.valueOf(o.id())),
                    null));
        }
        return findings;
    }
}
