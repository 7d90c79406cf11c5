package dev.bosun.workflow;

/** Where an approval request stands. Only a pending request can change; every other status is final. */
public enum ApprovalStatus {
    /** Waiting for a user of the required role other than the requester. */
    PENDING,
    /** Approved, and the owning module applied the change. */
    EXECUTED,
    /** Approved, but the owning module could not apply the change; the error is kept. */
    FAILED,
    /** Refused by an approver, with the reason. */
    REJECTED,
    /** Taken back by the requester before a decision, or replaced by a revised request. */
    WITHDRAWN;

    public boolean decided() {
        return this != PENDING;
    }

    public String messageKey() {
        return "approval.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
