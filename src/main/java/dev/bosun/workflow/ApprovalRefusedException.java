package dev.bosun.workflow;

/**
 * Thrown when a user may not do what they tried with an approval request: approve their own request, decide
 * without the required role, decide or change a request that is no longer pending.
 */
public class ApprovalRefusedException extends RuntimeException {

    /** Why the action was refused; each has a message {@code approval.refused.<reason>}. */
    public enum Reason {
        OWN_REQUEST,
        ROLE,
        DECIDED,
        NOT_REQUESTER;

        public String messageKey() {
            return "approval.refused." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Reason reason;

    public ApprovalRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
