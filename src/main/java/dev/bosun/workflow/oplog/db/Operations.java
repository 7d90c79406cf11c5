package dev.bosun.workflow.oplog.db;

import static dev.bosun.jooq.Tables.WORKFLOW_OPERATIONS;

import dev.bosun.jooq.tables.records.WorkflowOperationsRecord;
import dev.bosun.workflow.LoggedOperation;
import dev.bosun.workflow.Operation;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The rows of the operations log: appended, searched, never changed. */
@Repository
public class Operations {

    private final DSLContext db;

    Operations(DSLContext db) {
        this.db = db;
    }

    /** Who wrote an entry: a user (id and display name) or Bosun itself (null id). */
    public record Author(Long userId, String name) {}

    public long append(
            long organisationId, Operation op, Author author, boolean byHand, Instant occurredAt, Instant now) {
        return db.insertInto(WORKFLOW_OPERATIONS)
                .set(WORKFLOW_OPERATIONS.ORGANISATION_ID, organisationId)
                .set(WORKFLOW_OPERATIONS.ACCOUNT_ID, op.accountId())
                .set(WORKFLOW_OPERATIONS.OCCURRED_AT, occurredAt.atOffset(ZoneOffset.UTC))
                .set(WORKFLOW_OPERATIONS.RECORDED_AT, now.atOffset(ZoneOffset.UTC))
                .set(WORKFLOW_OPERATIONS.USER_ID, author.userId())
                .set(WORKFLOW_OPERATIONS.USER_NAME, author.name())
                .set(WORKFLOW_OPERATIONS.OPERATION_TYPE, op.type())
                .set(WORKFLOW_OPERATIONS.BY_HAND, byHand)
                .set(WORKFLOW_OPERATIONS.CHANNEL, op.channel())
                .set(WORKFLOW_OPERATIONS.SUBJECT_TYPE, op.subjectType())
                .set(WORKFLOW_OPERATIONS.SUBJECT_ID, op.subjectId())
                .set(WORKFLOW_OPERATIONS.SUMMARY, op.summary())
                .set(WORKFLOW_OPERATIONS.BEFORE_VALUES, JsonValues.writeOrNull(op.before()))
                .set(WORKFLOW_OPERATIONS.AFTER_VALUES, JsonValues.writeOrNull(op.after()))
                .set(WORKFLOW_OPERATIONS.NOTE, op.note())
                .set(WORKFLOW_OPERATIONS.TASK_ID, op.taskId())
                .set(WORKFLOW_OPERATIONS.APPROVAL_ID, op.approvalId())
                .returning(WORKFLOW_OPERATIONS.ID)
                .fetchOne(WORKFLOW_OPERATIONS.ID);
    }

    /**
     * The entries of one seller account and the organisation-wide ones, newest first.
     *
     * @param from the first instant included, or null
     * @param until the first instant no longer included, or null
     */
    public List<LoggedOperation> search(
            long organisationId,
            long accountId,
            Instant from,
            Instant until,
            Long userId,
            String type,
            String subject,
            int limit) {
        List<Condition> where = new ArrayList<>();
        where.add(WORKFLOW_OPERATIONS.ORGANISATION_ID.eq(organisationId));
        where.add(WORKFLOW_OPERATIONS.ACCOUNT_ID.eq(accountId).or(WORKFLOW_OPERATIONS.ACCOUNT_ID.isNull()));
        if (from != null) {
            where.add(WORKFLOW_OPERATIONS.OCCURRED_AT.ge(from.atOffset(ZoneOffset.UTC)));
        }
        if (until != null) {
            where.add(WORKFLOW_OPERATIONS.OCCURRED_AT.lt(until.atOffset(ZoneOffset.UTC)));
        }
        if (userId != null) {
            where.add(WORKFLOW_OPERATIONS.USER_ID.eq(userId));
        }
        if (type != null) {
            where.add(
                    type.endsWith(".")
                            ? WORKFLOW_OPERATIONS.OPERATION_TYPE.startsWith(type)
                            : WORKFLOW_OPERATIONS.OPERATION_TYPE.eq(type));
        }
        if (subject != null) {
            where.add(WORKFLOW_OPERATIONS
                    .SUBJECT_ID
                    .containsIgnoreCase(subject)
                    .or(WORKFLOW_OPERATIONS.SUMMARY.containsIgnoreCase(subject))
                    .or(WORKFLOW_OPERATIONS.SUBJECT_TYPE.equalIgnoreCase(subject)));
        }
        return db.selectFrom(WORKFLOW_OPERATIONS)
                .where(where)
                .orderBy(WORKFLOW_OPERATIONS.OCCURRED_AT.desc(), WORKFLOW_OPERATIONS.ID.desc())
                .limit(limit)
                .fetch(Operations::toOperation);
    }

    /** The types of change that occur for the account (and the organisation), for a filter's choices. */
    public List<String> types(long organisationId, long accountId) {
        return db.selectDistinct(WORKFLOW_OPERATIONS.OPERATION_TYPE)
                .from(WORKFLOW_OPERATIONS)
                .where(WORKFLOW_OPERATIONS.ORGANISATION_ID.eq(organisationId))
                .and(WORKFLOW_OPERATIONS.ACCOUNT_ID.eq(accountId).or(WORKFLOW_OPERATIONS.ACCOUNT_ID.isNull()))
                .orderBy(WORKFLOW_OPERATIONS.OPERATION_TYPE)
                .fetch(WORKFLOW_OPERATIONS.OPERATION_TYPE);
    }

    /** The entries linked to a task or an approval, oldest first. */
    public List<LoggedOperation> linkedTo(long organisationId, Long taskId, Long approvalId) {
        Condition link = DSL.falseCondition();
        if (taskId != null) {
            link = link.or(WORKFLOW_OPERATIONS.TASK_ID.eq(taskId));
        }
        if (approvalId != null) {
            link = link.or(WORKFLOW_OPERATIONS.APPROVAL_ID.eq(approvalId));
        }
        return db.selectFrom(WORKFLOW_OPERATIONS)
                .where(WORKFLOW_OPERATIONS.ORGANISATION_ID.eq(organisationId))
                .and(link)
                .orderBy(WORKFLOW_OPERATIONS.OCCURRED_AT, WORKFLOW_OPERATIONS.ID)
                .fetch(Operations::toOperation);
    }

    private static LoggedOperation toOperation(WorkflowOperationsRecord r) {
        return new LoggedOperation(
                r.getId(),
                r.getAccountId(),
                r.getOccurredAt().toInstant(),
                r.getRecordedAt().toInstant(),
                r.getUserId(),
                r.getUserName(),
                r.getOperationType(),
                r.getByHand(),
                r.getChannel(),
                r.getSubjectType(),
                r.getSubjectId(),
                r.getSummary(),
                JsonValues.read(r.getBeforeValues()),
                JsonValues.read(r.getAfterValues()),
                r.getNote(),
                r.getTaskId(),
                r.getApprovalId());
    }
}
