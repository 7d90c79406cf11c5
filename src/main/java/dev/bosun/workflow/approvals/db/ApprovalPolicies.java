package dev.bosun.workflow.approvals.db;

import static dev.bosun.jooq.Tables.WORKFLOW_APPROVAL_POLICIES;

import dev.bosun.accounts.Role;
import dev.bosun.workflow.ApprovalPolicy;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** The approval policies organisations set for themselves, one per operation type. */
@Repository
public class ApprovalPolicies {

    private final org.jooq.DSLContext db;

    ApprovalPolicies(org.jooq.DSLContext db) {
        this.db = db;
    }

    public Optional<ApprovalPolicy> find(long organisationId, String operationType) {
        return db.selectFrom(WORKFLOW_APPROVAL_POLICIES)
                .where(WORKFLOW_APPROVAL_POLICIES.ORGANISATION_ID.eq(organisationId))
                .and(WORKFLOW_APPROVAL_POLICIES.OPERATION_TYPE.eq(operationType))
                .fetchOptional(r -> new ApprovalPolicy(
                        r.getOperationType(),
                        r.getRequired(),
                        Role.valueOf(r.getApproverRole()),
                        r.getExemptRole() == null ? null : Role.valueOf(r.getExemptRole()),
                        r.getThresholdPercent() == null
                                ? null
                                : r.getThresholdPercent().stripTrailingZeros(),
                        r.getThresholdAmount() == null
                                ? null
                                : r.getThresholdAmount().stripTrailingZeros()));
    }

    public void save(long organisationId, ApprovalPolicy policy, String by, Instant at) {
        db.insertInto(WORKFLOW_APPROVAL_POLICIES)
                .set(WORKFLOW_APPROVAL_POLICIES.ORGANISATION_ID, organisationId)
                .set(WORKFLOW_APPROVAL_POLICIES.OPERATION_TYPE, policy.operationType())
                .set(WORKFLOW_APPROVAL_POLICIES.REQUIRED, policy.required())
                .set(
                        WORKFLOW_APPROVAL_POLICIES.APPROVER_ROLE,
                        policy.approverRole().name())
                .set(
                        WORKFLOW_APPROVAL_POLICIES.EXEMPT_ROLE,
                        policy.exemptRole() == null ? null : policy.exemptRole().name())
                .set(WORKFLOW_APPROVAL_POLICIES.THRESHOLD_PERCENT, policy.thresholdPercent())
                .set(WORKFLOW_APPROVAL_POLICIES.THRESHOLD_AMOUNT, policy.thresholdAmount())
                .set(WORKFLOW_APPROVAL_POLICIES.UPDATED_BY, by)
                .set(WORKFLOW_APPROVAL_POLICIES.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                .onConflict(WORKFLOW_APPROVAL_POLICIES.ORGANISATION_ID, WORKFLOW_APPROVAL_POLICIES.OPERATION_TYPE)
                .doUpdate()
                .set(WORKFLOW_APPROVAL_POLICIES.REQUIRED, policy.required())
                .set(
                        WORKFLOW_APPROVAL_POLICIES.APPROVER_ROLE,
                        policy.approverRole().name())
                .set(
                        WORKFLOW_APPROVAL_POLICIES.EXEMPT_ROLE,
                        policy.exemptRole() == null ? null : policy.exemptRole().name())
                .set(WORKFLOW_APPROVAL_POLICIES.THRESHOLD_PERCENT, policy.thresholdPercent())
                .set(WORKFLOW_APPROVAL_POLICIES.THRESHOLD_AMOUNT, policy.thresholdAmount())
                .set(WORKFLOW_APPROVAL_POLICIES.UPDATED_BY, by)
                .set(WORKFLOW_APPROVAL_POLICIES.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }
}
