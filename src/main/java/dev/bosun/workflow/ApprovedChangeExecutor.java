package dev.bosun.workflow;

import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;

/**
 * The SPI through which a module takes part in maker-checker approvals: a Spring bean per operation type that the
 * module owns. {@link Approvals} refuses proposals of types no executor is registered for, asks the executor to check
 * a proposal when it is submitted, and calls it to apply the change once approved.
 *
 * <p>{@link #execute(ApprovedChange)} runs inside the approval's transaction, behind a savepoint: when it throws, its
 * own writes are rolled back, the request is marked {@link ApprovalStatus#FAILED} with the exception's message, and
 * the decision itself is kept. Executors should check that the subject still has the values the request saw
 * ({@link ApprovedChange#before()}) and fail otherwise, so that an old approval never overwrites a newer change.
 */
public interface ApprovedChangeExecutor {

    /** The operation type this executor applies, e.g. {@code finance.rate-value}. */
    String operationType();

    /** The policy in force until the organisation sets its own. */
    ApprovalPolicy defaultPolicy();

    /**
     * The least role any policy may let approve this type, e.g. because the change itself needs that role. Policies
     * asking for less are refused.
     */
    default Role leastApprover() {
        return Role.SUPERVISOR;
    }

    /**
     * Refuses a malformed proposal when it is submitted (unknown subject, value out of range) with an
     * {@link IllegalArgumentException} saying what is wrong. The default accepts everything.
     */
    default void check(ChangeProposal proposal, CurrentUser requester) {}

    /**
     * Applies an approved change.
     *
     * @throws RuntimeException when the change cannot be applied; the message is kept on the request
     */
    void execute(ApprovedChange change);
}
