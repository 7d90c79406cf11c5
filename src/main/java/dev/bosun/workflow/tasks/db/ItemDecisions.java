package dev.bosun.workflow.tasks.db;

import static dev.bosun.jooq.Tables.WORKFLOW_ITEM_DECISIONS;

import dev.bosun.jooq.tables.records.WorkflowItemDecisionsRecord;
import dev.bosun.workflow.ItemDecision;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The decisions to dismiss, snooze or reopen review items, kept with their reasons. */
@Repository
public class ItemDecisions {

    public static final String DISMISSED = "DISMISSED";
    public static final String SNOOZED = "SNOOZED";
    public static final String REOPENED = "REOPENED";

    private final DSLContext db;

    ItemDecisions(DSLContext db) {
        this.db = db;
    }

    public long insert(
            long accountId,
            long itemId,
            String itemKey,
            String ruleId,
            String decision,
            String reason,
            LocalDate until,
            long by,
            String byName,
            Instant at) {
        return db.insertInto(WORKFLOW_ITEM_DECISIONS)
                .set(WORKFLOW_ITEM_DECISIONS.ACCOUNT_ID, accountId)
                .set(WORKFLOW_ITEM_DECISIONS.ITEM_ID, itemId)
                .set(WORKFLOW_ITEM_DECISIONS.ITEM_KEY, itemKey)
                .set(WORKFLOW_ITEM_DECISIONS.RULE_ID, ruleId)
                .set(WORKFLOW_ITEM_DECISIONS.DECISION, decision)
                .set(WORKFLOW_ITEM_DECISIONS.REASON, reason)
                .set(WORKFLOW_ITEM_DECISIONS.SNOOZED_UNTIL, until)
                .set(WORKFLOW_ITEM_DECISIONS.DECIDED_BY, by)
                .set(WORKFLOW_ITEM_DECISIONS.DECIDED_BY_NAME, byName)
                .set(WORKFLOW_ITEM_DECISIONS.DECIDED_AT, at.atOffset(ZoneOffset.UTC))
                .returning(WORKFLOW_ITEM_DECISIONS.ID)
                .fetchOne(WORKFLOW_ITEM_DECISIONS.ID);
    }

    /** The latest decision about an item. */
    public Optional<ItemDecision> latest(long accountId, long itemId) {
        return db.selectFrom(WORKFLOW_ITEM_DECISIONS)
                .where(WORKFLOW_ITEM_DECISIONS.ACCOUNT_ID.eq(accountId))
                .and(WORKFLOW_ITEM_DECISIONS.ITEM_ID.eq(itemId))
                .orderBy(WORKFLOW_ITEM_DECISIONS.DECIDED_AT.desc(), WORKFLOW_ITEM_DECISIONS.ID.desc())
                .limit(1)
                .fetchOptional(ItemDecisions::toDecision);
    }

    /** Dismissals of the account since a moment, newest first. */
    public List<ItemDecision> dismissals(long accountId, Instant since) {
        return db.selectFrom(WORKFLOW_ITEM_DECISIONS)
                .where(WORKFLOW_ITEM_DECISIONS.ACCOUNT_ID.eq(accountId))
                .and(WORKFLOW_ITEM_DECISIONS.DECISION.eq(DISMISSED))
                .and(WORKFLOW_ITEM_DECISIONS.DECIDED_AT.ge(since.atOffset(ZoneOffset.UTC)))
                .orderBy(WORKFLOW_ITEM_DECISIONS.DECIDED_AT.desc(), WORKFLOW_ITEM_DECISIONS.ID.desc())
                .fetch(ItemDecisions::toDecision);
    }

    private static ItemDecision toDecision(WorkflowItemDecisionsRecord r) {
        return new ItemDecision(
                r.getId(),
                r.getAccountId(),
                r.getItemId(),
                r.getItemKey(),
                r.getRuleId(),
                r.getDecision(),
                r.getReason(),
                r.getSnoozedUntil(),
                r.getDecidedBy(),
                r.getDecidedByName(),
                r.getDecidedAt().toInstant());
    }
}
