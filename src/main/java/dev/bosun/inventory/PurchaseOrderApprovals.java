package dev.bosun.inventory;

import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.inventory.db.PurchaseOrders;
import dev.bosun.workflow.ApprovalPolicy;
import dev.bosun.workflow.ApprovedChange;
import dev.bosun.workflow.ApprovedChangeExecutor;
import dev.bosun.workflow.ChangeProposal;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Purchase orders through maker-checker approval: the requester submits a draft, a supervisor or above other than
 * them approves it (the approval flow never lets a requester approve their own request), and the order becomes
 * {@link PurchaseOrderStatus#APPROVED}. The subject is the order's id; the values are its status and units. An
 * approval fails, changing nothing, when the order is no longer the draft the request saw (units changed, cancelled).
 */
@Component
class PurchaseOrderApprovals implements ApprovedChangeExecutor {

    static final String OPERATION = "inventory.purchase-order";
    static final String SUBJECT = "purchase-order";

    private final PurchaseOrders orders;
    private final java.time.Clock clock;

    PurchaseOrderApprovals(PurchaseOrders orders, java.time.Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    static ChangeProposal proposal(long accountId, PurchaseOrder order, String supplier, String reason) {
        String units = String.valueOf(order.units());
        return new ChangeProposal(
                accountId,
                OPERATION,
                SUBJECT,
                String.valueOf(order.id()),
                "PO " + order.id() + " · " + supplier + " · "
                        + order.marketplace().code() + " · " + units + " units",
                Map.of("status", PurchaseOrderStatus.DRAFT.code(), "units", units),
                Map.of("status", PurchaseOrderStatus.APPROVED.code(), "units", units),
                null,
                BigDecimal.valueOf(order.units()),
                reason,
                null);
    }

    @Override
    public String operationType() {
        return OPERATION;
    }

    /** Every purchase order needs a supervisor or above other than the requester; nobody is exempt. */
    @Override
    public ApprovalPolicy defaultPolicy() {
        return new ApprovalPolicy(OPERATION, true, Role.SUPERVISOR, null, null, null);
    }

    @Override
    public void check(ChangeProposal proposal, CurrentUser requester) {
        PurchaseOrder order = orders.find(proposal.accountId(), id(proposal.subjectId()))
                .orElseThrow(() -> new IllegalArgumentException("no purchase order " + proposal.subjectId()));
        if (order.status() != PurchaseOrderStatus.DRAFT) {
            throw new IllegalArgumentException(
                    "purchase order " + order.id() + " is " + order.status().code() + ", not a draft");
        }
    }

    @Override
    public void execute(ApprovedChange change) {
        PurchaseOrder order = orders.find(change.accountId(), id(change.subjectId()))
                .orElseThrow(() -> new IllegalStateException("purchase order " + change.subjectId() + " is gone"));
        if (order.status() != PurchaseOrderStatus.DRAFT
                || !String.valueOf(order.units()).equals(change.before().get("units"))) {
            throw new IllegalStateException("purchase order " + order.id() + " changed since the request: it is "
                    + order.status().code() + " with " + order.units() + " units");
        }
        orders.save(
                change.accountId(),
                new PurchaseOrder(
                        order.id(),
                        order.supplierId(),
                        order.forwarderId(),
                        order.marketplace(),
                        PurchaseOrderStatus.APPROVED,
                        order.orderedOn(),
                        order.promisedOn(),
                        order.readyOn(),
                        order.shippedOn(),
                        order.arrivedOn(),
                        order.receivedOn(),
                        change.requestId() == 0 ? order.approvalId() : change.requestId(),
                        order.note(),
                        order.lines(),
                        order.createdBy(),
                        order.createdAt(),
                        change.approver().username(),
                        clock.instant()));
    }

    private static long id(String subjectId) {
        try {
            return Long.parseLong(subjectId);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a purchase order: " + subjectId);
        }
    }
}
