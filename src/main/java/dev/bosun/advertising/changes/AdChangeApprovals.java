package dev.bosun.advertising.changes;

import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.advertising.ChangeStatus;
import dev.bosun.advertising.RequestedAdChange;
import dev.bosun.advertising.db.RequestedChanges;
import dev.bosun.workflow.ApprovalDecided;
import dev.bosun.workflow.ApprovalPolicy;
import dev.bosun.workflow.ApprovedChange;
import dev.bosun.workflow.ApprovedChangeExecutor;
import dev.bosun.workflow.ChangeProposal;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ad changes through maker-checker approval (operation type {@code advertising.change}, subject {@code ad-change}
 * and the change's id): by default every change needs a supervisor or above other than the requester. Approval
 * applies nothing at Amazon: it marks the change approved, ready for the next bulk sheet. A rejection, withdrawal
 * or failure of the request moves the change along (listened to inside the deciding transaction; who decided is
 * on the approval request).
 */
@Component
public class AdChangeApprovals implements ApprovedChangeExecutor {

    public static final String OPERATION = "advertising.change";
    public static final String SUBJECT = "ad-change";

    private final RequestedChanges changes;
    private final Clock clock;

    AdChangeApprovals(RequestedChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    public String operationType() {
        return OPERATION;
    }

    /** Every ad change needs a supervisor or above other than the requester; nobody is exempt. */
    @Override
    public ApprovalPolicy defaultPolicy() {
        return new ApprovalPolicy(OPERATION, true, Role.SUPERVISOR, null, null, null);
    }

    @Override
    public void check(ChangeProposal proposal, CurrentUser requester) {
        RequestedAdChange change = changes.find(proposal.accountId(), id(proposal.subjectId()))
                .orElseThrow(() -> new IllegalArgumentException("no ad change " + proposal.subjectId()));
        if (change.status() != ChangeStatus.PROPOSED) {
            throw new IllegalArgumentException(
                    "ad change " + change.id() + " is " + change.status().code() + ", not a new proposal");
        }
    }

    @Override
    public void execute(ApprovedChange approved) {
        RequestedAdChange change = changes.lock(approved.accountId(), id(approved.subjectId()))
                .orElseThrow(() -> new IllegalStateException("ad change " + approved.subjectId() + " is gone"));
        if (change.status() != ChangeStatus.PROPOSED && change.status() != ChangeStatus.REQUESTED) {
            throw new IllegalStateException(
                    "ad change " + change.id() + " is " + change.status().code() + " since the request");
        }
        changes.decided(change.id(), ChangeStatus.APPROVED, approved.approver().username(), clock.instant());
    }

    /** Rejected, withdrawn or failed requests: the change follows. */
    @EventListener
    void decided(ApprovalDecided event) {
        ChangeStatus status = switch (event.status()) {
            case REJECTED -> ChangeStatus.REJECTED;
            case WITHDRAWN -> ChangeStatus.WITHDRAWN;
            case FAILED -> ChangeStatus.FAILED;
            default -> null;
        };
        if (status == null) {
            return;
        }
        changes.byApproval(event.accountId(), event.requestId())
                .filter(c -> c.status() == ChangeStatus.REQUESTED || c.status() == ChangeStatus.PROPOSED)
                .ifPresent(c -> changes.decided(c.id(), status, null, clock.instant()));
    }

    private static long id(String subjectId) {
        try {
            return Long.parseLong(subjectId);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an ad change: " + subjectId);
        }
    }
}
