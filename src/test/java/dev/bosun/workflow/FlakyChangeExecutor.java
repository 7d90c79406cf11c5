package dev.bosun.workflow;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A test-only operation type whose executor writes (an operations log entry) and then fails when the approved values
 * say so, from inside a transactional method, the way a module's own service fails. It shows that an approval whose
 * change cannot be applied keeps the decision and the error while the executor's writes disappear.
 */
@Component
class FlakyChangeExecutor implements ApprovedChangeExecutor {

    static final String TYPE = "test.flaky";
    static final String APPLIED = "test.flaky-applied";

    private final OperationsLog log;

    FlakyChangeExecutor(OperationsLog log) {
        this.log = log;
    }

    @Override
    public String operationType() {
        return TYPE;
    }

    @Override
    public ApprovalPolicy defaultPolicy() {
        return new ApprovalPolicy(TYPE, true, dev.bosun.accounts.Role.SUPERVISOR, null, null, null);
    }

    @Override
    public void check(ChangeProposal proposal, dev.bosun.accounts.CurrentUser requester) {
        if (!proposal.after().containsKey("outcome")) {
            throw new IllegalArgumentException("say the outcome");
        }
    }

    @Override
    @Transactional
    public void execute(ApprovedChange change) {
        log.record(
                change.approver(),
                Operation.of(APPLIED, "applied " + change.subjectId())
                        .onAccount(change.accountId())
                        .forApproval(change.requestId()));
        if ("fail".equals(change.after().get("outcome"))) {
            throw new IllegalStateException("the flaky module refused " + change.subjectId());
        }
    }
}
