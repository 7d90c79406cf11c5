package dev.bosun.workflow;

/**
 * What became of a proposed change: applied at once (the policy did not ask for approval, or the proposer is
 * exempt) or waiting as an approval request.
 *
 * @param request the request waiting for approval, or null when the change was applied at once
 */
public record ProposalOutcome(boolean applied, ApprovalRequest request) {

    public boolean waitingForApproval() {
        return request != null;
    }
}
