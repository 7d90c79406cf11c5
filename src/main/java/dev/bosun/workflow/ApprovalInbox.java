package dev.bosun.workflow;

import java.util.List;

/**
 * A user's view of approvals across the seller accounts they may see.
 *
 * @param waitingForMe pending requests the user may decide: not their own, and their role suffices
 * @param mine the user's own requests, newest first
 * @param history decided requests of the user's accounts, newest first
 */
public record ApprovalInbox(
        List<ApprovalRequest> waitingForMe, List<ApprovalRequest> mine, List<ApprovalRequest> history) {

    public ApprovalInbox {
        waitingForMe = List.copyOf(waitingForMe);
        mine = List.copyOf(mine);
        history = List.copyOf(history);
    }
}
