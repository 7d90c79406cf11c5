package dev.bosun.workflow.approvals.db;

import static dev.bosun.jooq.Tables.WORKFLOW_APPROVAL_REQUESTS;

import dev.bosun.accounts.Role;
import dev.bosun.jooq.tables.records.WorkflowApprovalRequestsRecord;
import dev.bosun.workflow.ApprovalRequest;
import dev.bosun.workflow.ApprovalStatus;
import dev.bosun.workflow.ChangeProposal;
import dev.bosun.workflow.oplog.db.JsonValues;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Approval requests. A request is inserted once; afterwards only its decision is written, once, and only while it
 * is pending (every update says {@code where status = 'PENDING'}; a database trigger refuses anything else).
 */
@Repository
public class ApprovalRequests {

    private final DSLContext db;

    ApprovalRequests(DSLContext db) {
        this.db = db;
    }

    public long insert(
            long organisationId,
            ChangeProposal p,
            Role approverRole,
            long requestedBy,
            String requestedByName,
            Instant at,
            Long replacesId) {
        return db.insertInto(WORKFLOW_APPROVAL_REQUESTS)
                .set(WORKFLOW_APPROVAL_REQUESTS.ORGANISATION_ID, organisationId)
                .set(WORKFLOW_APPROVAL_REQUESTS.ACCOUNT_ID, p.accountId())
                .set(WORKFLOW_APPROVAL_REQUESTS.OPERATION_TYPE, p.operationType())
                .set(WORKFLOW_APPROVAL_REQUESTS.SUBJECT_TYPE, p.subjectType())
                .set(WORKFLOW_APPROVAL_REQUESTS.SUBJECT_ID, p.subjectId())
                .set(WORKFLOW_APPROVAL_REQUESTS.SUBJECT_LABEL, p.subjectLabel())
                .set(WORKFLOW_APPROVAL_REQUESTS.BEFORE_VALUES, JsonValues.write(p.before()))
                .set(WORKFLOW_APPROVAL_REQUESTS.AFTER_VALUES, JsonValues.write(p.after()))
                .set(WORKFLOW_APPROVAL_REQUESTS.BEFORE_AMOUNT, p.beforeAmount())
                .set(WORKFLOW_APPROVAL_REQUESTS.AFTER_AMOUNT, p.afterAmount())
                .set(WORKFLOW_APPROVAL_REQUESTS.REASON, p.reason())
                .set(WORKFLOW_APPROVAL_REQUESTS.EVIDENCE_URL, p.evidenceUrl())
                .set(WORKFLOW_APPROVAL_REQUESTS.APPROVER_ROLE, approverRole.name())
                .set(WORKFLOW_APPROVAL_REQUESTS.REQUESTED_BY, requestedBy)
                .set(WORKFLOW_APPROVAL_REQUESTS.REQUESTED_BY_NAME, requestedByName)
                .set(WORKFLOW_APPROVAL_REQUESTS.REQUESTED_AT, at.atOffset(ZoneOffset.UTC))
                .set(WORKFLOW_APPROVAL_REQUESTS.STATUS, ApprovalStatus.PENDING.name())
                .set(WORKFLOW_APPROVAL_REQUESTS.REPLACES_ID, replacesId)
                .returning(WORKFLOW_APPROVAL_REQUESTS.ID)
                .fetchOne(WORKFLOW_APPROVAL_REQUESTS.ID);
    }

    /** The request if it belongs to the organisation and the account. */
    public Optional<ApprovalRequest> find(long organisationId, long accountId, long id) {
        return db.selectFrom(WORKFLOW_APPROVAL_REQUESTS)
                .where(scope(organisationId, accountId, id))
                .fetchOptional(ApprovalRequests::toRequest);
    }

    /** The same, locking the row until the transaction ends, so two decisions cannot race. */
    public Optional<ApprovalRequest> lock(long organisationId, long accountId, long id) {
        return db.selectFrom(WORKFLOW_APPROVAL_REQUESTS)
                .where(scope(organisationId, accountId, id))
                .forUpdate()
                .fetchOptional(ApprovalRequests::toRequest);
    }

    /**
     * Writes the decision of a pending request; false when it was no longer pending.
     *
     * @param executedAt when an approved change was applied, or null
     * @param error why an approved change could not be applied, or null
     */
    public boolean decide(
            long id,
            ApprovalStatus status,
            long by,
            String byName,
            Instant at,
            String note,
            Instant executedAt,
            String error) {
        return db.update(WORKFLOW_APPROVAL_REQUESTS)
                        .set(WORKFLOW_APPROVAL_REQUESTS.STATUS, status.name())
                        .set(WORKFLOW_APPROVAL_REQUESTS.DECIDED_BY, by)
                        .set(WORKFLOW_APPROVAL_REQUESTS.DECIDED_BY_NAME, byName)
                        .set(WORKFLOW_APPROVAL_REQUESTS.DECIDED_AT, at.atOffset(ZoneOffset.UTC))
                        .set(WORKFLOW_APPROVAL_REQUESTS.DECISION_NOTE, note)
                        .set(
                                WORKFLOW_APPROVAL_REQUESTS.EXECUTED_AT,
                                executedAt == null ? null : executedAt.atOffset(ZoneOffset.UTC))
                        .set(WORKFLOW_APPROVAL_REQUESTS.EXECUTION_ERROR, error)
                        .where(WORKFLOW_APPROVAL_REQUESTS.ID.eq(id))
                        .and(WORKFLOW_APPROVAL_REQUESTS.STATUS.eq(ApprovalStatus.PENDING.name()))
                        .execute()
                == 1;
    }

    /** Requests of the given accounts, newest first. */
    public List<ApprovalRequest> ofAccounts(
            long organisationId, Collection<Long> accountIds, Collection<ApprovalStatus> statuses, int limit) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return db.selectFrom(WORKFLOW_APPROVAL_REQUESTS)
                .where(WORKFLOW_APPROVAL_REQUESTS.ORGANISATION_ID.eq(organisationId))
                .and(WORKFLOW_APPROVAL_REQUESTS.ACCOUNT_ID.in(accountIds))
                .and(WORKFLOW_APPROVAL_REQUESTS.STATUS.in(
                        statuses.stream().map(Enum::name).toList()))
                .orderBy(WORKFLOW_APPROVAL_REQUESTS.REQUESTED_AT.desc(), WORKFLOW_APPROVAL_REQUESTS.ID.desc())
                .limit(limit)
                .fetch(ApprovalRequests::toRequest);
    }

    /** A user's own requests, newest first. */
    public List<ApprovalRequest> requestedBy(long organisationId, long userId, int limit) {
        return db.selectFrom(WORKFLOW_APPROVAL_REQUESTS)
                .where(WORKFLOW_APPROVAL_REQUESTS.ORGANISATION_ID.eq(organisationId))
                .and(WORKFLOW_APPROVAL_REQUESTS.REQUESTED_BY.eq(userId))
                .orderBy(WORKFLOW_APPROVAL_REQUESTS.REQUESTED_AT.desc(), WORKFLOW_APPROVAL_REQUESTS.ID.desc())
                .limit(limit)
                .fetch(ApprovalRequests::toRequest);
    }

    private static Condition scope(long organisationId, long accountId, long id) {
        return WORKFLOW_APPROVAL_REQUESTS
                .ID
                .eq(id)
                .and(WORKFLOW_APPROVAL_REQUESTS.ORGANISATION_ID.eq(organisationId))
                .and(WORKFLOW_APPROVAL_REQUESTS.ACCOUNT_ID.eq(accountId));
    }

    private static ApprovalRequest toRequest(WorkflowApprovalRequestsRecord r) {
        return new ApprovalRequest(
                r.getId(),
                r.getAccountId(),
                r.getOperationType(),
                r.getSubjectType(),
                r.getSubjectId(),
                r.getSubjectLabel(),
                JsonValues.read(r.getBeforeValues()),
                JsonValues.read(r.getAfterValues()),
                r.getBeforeAmount() == null ? null : r.getBeforeAmount().stripTrailingZeros(),
                r.getAfterAmount() == null ? null : r.getAfterAmount().stripTrailingZeros(),
                r.getReason(),
                r.getEvidenceUrl(),
                Role.valueOf(r.getApproverRole()),
                r.getRequestedBy(),
                r.getRequestedByName(),
                r.getRequestedAt().toInstant(),
                ApprovalStatus.valueOf(r.getStatus()),
                r.getDecidedBy(),
                r.getDecidedByName(),
                r.getDecidedAt() == null ? null : r.getDecidedAt().toInstant(),
                r.getDecisionNote(),
                r.getExecutedAt() == null ? null : r.getExecutedAt().toInstant(),
                r.getExecutionError(),
                r.getReplacesId());
    }
}
