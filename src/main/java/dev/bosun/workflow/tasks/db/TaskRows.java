package dev.bosun.workflow.tasks.db;

import static dev.bosun.jooq.Tables.WORKFLOW_TASKS;
import static dev.bosun.jooq.Tables.WORKFLOW_TASK_COMMENTS;

import dev.bosun.jooq.tables.records.WorkflowTasksRecord;
import dev.bosun.workflow.Task;
import dev.bosun.workflow.TaskComment;
import dev.bosun.workflow.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Tasks and their comments, always within one seller account. */
@Repository
public class TaskRows {

    private final DSLContext db;

    TaskRows(DSLContext db) {
        this.db = db;
    }

    /** What a new task is made of. */
    public record Draft(
            long organisationId,
            long accountId,
            String title,
            String description,
            Long itemId,
            String itemKey,
            String ruleId,
            String subjectType,
            String subjectId,
            Long assigneeId,
            String assigneeName,
            LocalDate dueOn,
            long createdBy,
            String createdByName) {}

    public long insert(Draft d, Instant now) {
        return db.insertInto(WORKFLOW_TASKS)
                .set(WORKFLOW_TASKS.ORGANISATION_ID, d.organisationId())
                .set(WORKFLOW_TASKS.ACCOUNT_ID, d.accountId())
                .set(WORKFLOW_TASKS.TITLE, d.title())
                .set(WORKFLOW_TASKS.DESCRIPTION, d.description())
                .set(WORKFLOW_TASKS.ITEM_ID, d.itemId())
                .set(WORKFLOW_TASKS.ITEM_KEY, d.itemKey())
                .set(WORKFLOW_TASKS.RULE_ID, d.ruleId())
                .set(WORKFLOW_TASKS.SUBJECT_TYPE, d.subjectType())
                .set(WORKFLOW_TASKS.SUBJECT_ID, d.subjectId())
                .set(WORKFLOW_TASKS.ASSIGNEE_ID, d.assigneeId())
                .set(WORKFLOW_TASKS.ASSIGNEE_NAME, d.assigneeName())
                .set(WORKFLOW_TASKS.DUE_ON, d.dueOn())
                .set(WORKFLOW_TASKS.STATUS, TaskStatus.OPEN.name())
                .set(WORKFLOW_TASKS.CREATED_BY, d.createdBy())
                .set(WORKFLOW_TASKS.CREATED_BY_NAME, d.createdByName())
                .set(WORKFLOW_TASKS.CREATED_AT, now.atOffset(ZoneOffset.UTC))
                .set(WORKFLOW_TASKS.UPDATED_AT, now.atOffset(ZoneOffset.UTC))
                .returning(WORKFLOW_TASKS.ID)
                .fetchOne(WORKFLOW_TASKS.ID);
    }

    public Optional<Task> find(long accountId, long taskId) {
        return db.selectFrom(WORKFLOW_TASKS)
                .where(WORKFLOW_TASKS.ACCOUNT_ID.eq(accountId))
                .and(WORKFLOW_TASKS.ID.eq(taskId))
                .fetchOptional(TaskRows::toTask);
    }

    /** The same, locked until the transaction ends. */
    public Optional<Task> lock(long accountId, long taskId) {
        return db.selectFrom(WORKFLOW_TASKS)
                .where(WORKFLOW_TASKS.ACCOUNT_ID.eq(accountId))
                .and(WORKFLOW_TASKS.ID.eq(taskId))
                .forUpdate()
                .fetchOptional(TaskRows::toTask);
    }

    /** The account's tasks not done, and those done since {@code doneSince}; optionally only one person's. */
    public List<Task> board(long accountId, Long assigneeId, Instant doneSince) {
        Condition where = WORKFLOW_TASKS
                .ACCOUNT_ID
                .eq(accountId)
                .and(WORKFLOW_TASKS
                        .STATUS
                        .ne(TaskStatus.DONE.name())
                        .or(WORKFLOW_TASKS.DONE_AT.ge(doneSince.atOffset(ZoneOffset.UTC))));
        if (assigneeId != null) {
            where = where.and(WORKFLOW_TASKS.ASSIGNEE_ID.eq(assigneeId));
        }
        return db.selectFrom(WORKFLOW_TASKS)
                .where(where)
                .orderBy(WORKFLOW_TASKS.DUE_ON.asc().nullsLast(), WORKFLOW_TASKS.CREATED_AT.asc())
                .fetch(TaskRows::toTask);
    }

    /** Tasks made from an item, newest first. */
    public List<Task> ofItem(long accountId, long itemId) {
        return db.selectFrom(WORKFLOW_TASKS)
                .where(WORKFLOW_TASKS.ACCOUNT_ID.eq(accountId))
                .and(WORKFLOW_TASKS.ITEM_ID.eq(itemId))
                .orderBy(WORKFLOW_TASKS.CREATED_AT.desc())
                .fetch(TaskRows::toTask);
    }

    /** How many tasks were made from each rule's items since a moment. */
    public java.util.Map<String, Integer> tasksPerRule(long accountId, Instant since) {
        return db.select(WORKFLOW_TASKS.RULE_ID, DSL.count())
                .from(WORKFLOW_TASKS)
                .where(WORKFLOW_TASKS.ACCOUNT_ID.eq(accountId))
                .and(WORKFLOW_TASKS.RULE_ID.isNotNull())
                .and(WORKFLOW_TASKS.CREATED_AT.ge(since.atOffset(ZoneOffset.UTC)))
                .groupBy(WORKFLOW_TASKS.RULE_ID)
                .fetchMap(WORKFLOW_TASKS.RULE_ID, DSL.count());
    }

    public void setStatus(long accountId, long taskId, TaskStatus status, Instant now) {
        db.update(WORKFLOW_TASKS)
                .set(WORKFLOW_TASKS.STATUS, status.name())
                .set(WORKFLOW_TASKS.DONE_AT, status == TaskStatus.DONE ? now.atOffset(ZoneOffset.UTC) : null)
                .set(WORKFLOW_TASKS.UPDATED_AT, now.atOffset(ZoneOffset.UTC))
                .where(WORKFLOW_TASKS.ACCOUNT_ID.eq(accountId))
                .and(WORKFLOW_TASKS.ID.eq(taskId))
                .execute();
    }

    public void assign(long accountId, long taskId, Long assigneeId, String assigneeName, LocalDate due, Instant now) {
        db.update(WORKFLOW_TASKS)
                .set(WORKFLOW_TASKS.ASSIGNEE_ID, assigneeId)
                .set(WORKFLOW_TASKS.ASSIGNEE_NAME, assigneeName)
                .set(WORKFLOW_TASKS.DUE_ON, due)
                .set(WORKFLOW_TASKS.UPDATED_AT, now.atOffset(ZoneOffset.UTC))
                .where(WORKFLOW_TASKS.ACCOUNT_ID.eq(accountId))
                .and(WORKFLOW_TASKS.ID.eq(taskId))
                .execute();
    }

    public long comment(long accountId, long taskId, long authorId, String authorName, String text, Instant now) {
        return db.insertInto(WORKFLOW_TASK_COMMENTS)
                .set(WORKFLOW_TASK_COMMENTS.ACCOUNT_ID, accountId)
                .set(WORKFLOW_TASK_COMMENTS.TASK_ID, taskId)
                .set(WORKFLOW_TASK_COMMENTS.AUTHOR_ID, authorId)
                .set(WORKFLOW_TASK_COMMENTS.AUTHOR_NAME, authorName)
                .set(WORKFLOW_TASK_COMMENTS.TEXT, text)
                .set(WORKFLOW_TASK_COMMENTS.WRITTEN_AT, now.atOffset(ZoneOffset.UTC))
                .returning(WORKFLOW_TASK_COMMENTS.ID)
                .fetchOne(WORKFLOW_TASK_COMMENTS.ID);
    }

    public List<TaskComment> comments(long accountId, long taskId) {
        return db.selectFrom(WORKFLOW_TASK_COMMENTS)
                .where(WORKFLOW_TASK_COMMENTS.ACCOUNT_ID.eq(accountId))
                .and(WORKFLOW_TASK_COMMENTS.TASK_ID.eq(taskId))
                .orderBy(WORKFLOW_TASK_COMMENTS.WRITTEN_AT, WORKFLOW_TASK_COMMENTS.ID)
                .fetch(r -> new TaskComment(
                        r.getId(),
                        r.getTaskId(),
                        r.getAuthorId(),
                        r.getAuthorName(),
                        r.getWrittenAt().toInstant(),
                        r.getText()));
    }

    private static Task toTask(WorkflowTasksRecord r) {
        return new Task(
                r.getId(),
                r.getAccountId(),
                r.getTitle(),
                r.getDescription(),
                r.getItemId(),
                r.getItemKey(),
                r.getRuleId(),
                r.getSubjectType(),
                r.getSubjectId(),
                r.getAssigneeId(),
                r.getAssigneeName(),
                r.getDueOn(),
                TaskStatus.valueOf(r.getStatus()),
                r.getCreatedBy(),
                r.getCreatedByName(),
                r.getCreatedAt().toInstant(),
                r.getUpdatedAt().toInstant(),
                r.getDoneAt() == null ? null : r.getDoneAt().toInstant());
    }
}
