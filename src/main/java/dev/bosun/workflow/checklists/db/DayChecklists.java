package dev.bosun.workflow.checklists.db;

import static dev.bosun.jooq.Tables.WORKFLOW_CHECKLISTS;
import static dev.bosun.jooq.Tables.WORKFLOW_CHECKLIST_LINES;

import dev.bosun.workflow.Checklist;
import dev.bosun.workflow.ChecklistLine;
import dev.bosun.workflow.ChecklistSlot;
import dev.bosun.workflow.ChecklistTemplate;
import dev.bosun.workflow.TeamChecklists;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The checklists of each account and day, with their lines and ticks. */
@Repository
public class DayChecklists {

    private final DSLContext db;

    DayChecklists(DSLContext db) {
        this.db = db;
    }

    /**
     * Makes the day's checklist from a template unless the account has it already (two people opening the day at
     * once make it once).
     */
    public void create(long accountId, LocalDate day, ChecklistTemplate template, Instant now) {
        Long id = db.insertInto(WORKFLOW_CHECKLISTS)
                .set(WORKFLOW_CHECKLISTS.ACCOUNT_ID, accountId)
                .set(WORKFLOW_CHECKLISTS.DAY, day)
                .set(WORKFLOW_CHECKLISTS.TEMPLATE_ID, template.id())
                .set(WORKFLOW_CHECKLISTS.SLOT, template.slot().name())
                .set(WORKFLOW_CHECKLISTS.NAME, template.name())
                .set(WORKFLOW_CHECKLISTS.NAME_KEY, template.nameKey())
                .set(WORKFLOW_CHECKLISTS.POSITION, template.position())
                .set(WORKFLOW_CHECKLISTS.REVIEW_AREAS, ChecklistTemplates.codes(template.reviewAreas()))
                .set(WORKFLOW_CHECKLISTS.CREATED_AT, now.atOffset(ZoneOffset.UTC))
                .onConflictDoNothing()
                .returning(WORKFLOW_CHECKLISTS.ID)
                .fetchOptional(WORKFLOW_CHECKLISTS.ID)
                .orElse(null);
        if (id == null) {
            return;
        }
        List<org.jooq.Query> inserts = new ArrayList<>();
        for (int i = 0; i < template.lines().size(); i++) {
            ChecklistTemplate.Line line = template.lines().get(i);
            inserts.add(db.insertInto(WORKFLOW_CHECKLIST_LINES)
                    .set(WORKFLOW_CHECKLIST_LINES.ACCOUNT_ID, accountId)
                    .set(WORKFLOW_CHECKLIST_LINES.CHECKLIST_ID, id)
                    .set(WORKFLOW_CHECKLIST_LINES.POSITION, i + 1)
                    .set(WORKFLOW_CHECKLIST_LINES.TEXT, line.text())
                    .set(WORKFLOW_CHECKLIST_LINES.TEXT_KEY, line.textKey()));
        }
        if (!inserts.isEmpty()) {
            db.batch(inserts).execute();
        }
    }

    /** The account's checklists of a day, in template order, with their lines. */
    public List<Checklist> of(long accountId, LocalDate day) {
        var lists = db.selectFrom(WORKFLOW_CHECKLISTS)
                .where(WORKFLOW_CHECKLISTS.ACCOUNT_ID.eq(accountId))
                .and(WORKFLOW_CHECKLISTS.DAY.eq(day))
                .orderBy(WORKFLOW_CHECKLISTS.POSITION, WORKFLOW_CHECKLISTS.ID)
                .fetch();
        if (lists.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ChecklistLine>> lines = db
                .selectFrom(WORKFLOW_CHECKLIST_LINES)
                .where(WORKFLOW_CHECKLIST_LINES.ACCOUNT_ID.eq(accountId))
                .and(WORKFLOW_CHECKLIST_LINES.CHECKLIST_ID.in(lists.map(r -> r.getId())))
                .orderBy(WORKFLOW_CHECKLIST_LINES.POSITION)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(
                        r -> r.getChecklistId(), Collectors.mapping(DayChecklists::toLine, Collectors.toList())));
        return lists.map(r -> new Checklist(
                r.getId(),
                r.getAccountId(),
                r.getDay(),
                r.getTemplateId(),
                ChecklistSlot.valueOf(r.getSlot()),
                r.getName(),
                r.getNameKey(),
                ChecklistTemplates.areas(r.getReviewAreas()),
                lines.getOrDefault(r.getId(), List.of())));
    }

    /** A line of the account with the day of its checklist. */
    public record LineOfDay(ChecklistLine line, LocalDate day) {}

    public Optional<LineOfDay> line(long accountId, long lineId) {
        return db.select(WORKFLOW_CHECKLIST_LINES.fields())
                .select(WORKFLOW_CHECKLISTS.DAY)
                .from(WORKFLOW_CHECKLIST_LINES)
                .join(WORKFLOW_CHECKLISTS)
                .on(WORKFLOW_CHECKLISTS.ID.eq(WORKFLOW_CHECKLIST_LINES.CHECKLIST_ID))
                .where(WORKFLOW_CHECKLIST_LINES.ACCOUNT_ID.eq(accountId))
                .and(WORKFLOW_CHECKLISTS.ACCOUNT_ID.eq(accountId))
                .and(WORKFLOW_CHECKLIST_LINES.ID.eq(lineId))
                .forUpdate()
                .of(WORKFLOW_CHECKLIST_LINES)
                .fetchOptional(
                        r -> new LineOfDay(toLine(r.into(WORKFLOW_CHECKLIST_LINES)), r.get(WORKFLOW_CHECKLISTS.DAY)));
    }

    /** Ticks (with a user) or unticks (with null) a line. */
    public void mark(long accountId, long lineId, Long userId, String userName, Instant at) {
        db.update(WORKFLOW_CHECKLIST_LINES)
                .set(WORKFLOW_CHECKLIST_LINES.DONE_BY, userId)
                .set(WORKFLOW_CHECKLIST_LINES.DONE_BY_NAME, userName)
                .set(WORKFLOW_CHECKLIST_LINES.DONE_AT, at == null ? null : at.atOffset(ZoneOffset.UTC))
                .where(WORKFLOW_CHECKLIST_LINES.ACCOUNT_ID.eq(accountId))
                .and(WORKFLOW_CHECKLIST_LINES.ID.eq(lineId))
                .execute();
    }

    /** Every checklist of the accounts on the day with its counts and latest tick, in template order. */
    public List<TeamChecklists.Row> completion(Map<Long, String> accountNames, Map<Long, LocalDate> dayOf) {
        if (accountNames.isEmpty()) {
            return List.of();
        }
        var done = DSL.count(WORKFLOW_CHECKLIST_LINES.DONE_AT).as("done");
        var total = DSL.count(WORKFLOW_CHECKLIST_LINES.ID).as("total");
        var last = DSL.max(WORKFLOW_CHECKLIST_LINES.DONE_AT).as("last_at");
        org.jooq.Condition days = DSL.falseCondition();
        for (var e : dayOf.entrySet()) {
            days = days.or(WORKFLOW_CHECKLISTS.ACCOUNT_ID.eq(e.getKey()).and(WORKFLOW_CHECKLISTS.DAY.eq(e.getValue())));
        }
        var rows = db.select(
                        WORKFLOW_CHECKLISTS.ID,
                        WORKFLOW_CHECKLISTS.ACCOUNT_ID,
                        WORKFLOW_CHECKLISTS.SLOT,
                        WORKFLOW_CHECKLISTS.NAME,
                        WORKFLOW_CHECKLISTS.NAME_KEY,
                        WORKFLOW_CHECKLISTS.POSITION,
                        done,
                        total,
                        last)
                .from(WORKFLOW_CHECKLISTS)
                .leftJoin(WORKFLOW_CHECKLIST_LINES)
                .on(WORKFLOW_CHECKLIST_LINES.CHECKLIST_ID.eq(WORKFLOW_CHECKLISTS.ID))
                .where(days)
                .groupBy(
                        WORKFLOW_CHECKLISTS.ID,
                        WORKFLOW_CHECKLISTS.ACCOUNT_ID,
                        WORKFLOW_CHECKLISTS.SLOT,
                        WORKFLOW_CHECKLISTS.NAME,
                        WORKFLOW_CHECKLISTS.NAME_KEY,
                        WORKFLOW_CHECKLISTS.POSITION)
                .orderBy(WORKFLOW_CHECKLISTS.ACCOUNT_ID, WORKFLOW_CHECKLISTS.POSITION, WORKFLOW_CHECKLISTS.ID)
                .fetch();
        Map<Long, String> lastBy = lastTickers(rows.map(r -> r.get(WORKFLOW_CHECKLISTS.ID)));
        List<TeamChecklists.Row> result = new ArrayList<>();
        for (var r : rows) {
            long accountId = r.get(WORKFLOW_CHECKLISTS.ACCOUNT_ID);
            var lastAt = r.get(last);
            result.add(new TeamChecklists.Row(
                    accountId,
                    accountNames.get(accountId),
                    ChecklistSlot.valueOf(r.get(WORKFLOW_CHECKLISTS.SLOT)),
                    r.get(WORKFLOW_CHECKLISTS.NAME),
                    r.get(WORKFLOW_CHECKLISTS.NAME_KEY),
                    true,
                    r.get(done),
                    r.get(total),
                    lastBy.get(r.get(WORKFLOW_CHECKLISTS.ID)),
                    lastAt == null ? null : lastAt.toInstant()));
        }
        return result;
    }

    /** Per person: lines ticked on the accounts' days, the number of accounts, the latest tick. */
    public List<TeamChecklists.Person> ticksByPerson(Map<Long, LocalDate> dayOf) {
        if (dayOf.isEmpty()) {
            return List.of();
        }
        org.jooq.Condition days = DSL.falseCondition();
        for (var e : dayOf.entrySet()) {
            days = days.or(WORKFLOW_CHECKLISTS.ACCOUNT_ID.eq(e.getKey()).and(WORKFLOW_CHECKLISTS.DAY.eq(e.getValue())));
        }
        var ticks = DSL.count().as("ticks");
        var accounts = DSL.countDistinct(WORKFLOW_CHECKLIST_LINES.ACCOUNT_ID).as("accounts");
        var last = DSL.max(WORKFLOW_CHECKLIST_LINES.DONE_AT).as("last_at");
        var name = DSL.max(WORKFLOW_CHECKLIST_LINES.DONE_BY_NAME).as("name");
        return db.select(WORKFLOW_CHECKLIST_LINES.DONE_BY, name, ticks, accounts, last)
                .from(WORKFLOW_CHECKLIST_LINES)
                .join(WORKFLOW_CHECKLISTS)
                .on(WORKFLOW_CHECKLISTS.ID.eq(WORKFLOW_CHECKLIST_LINES.CHECKLIST_ID))
                .where(days)
                .and(WORKFLOW_CHECKLIST_LINES.DONE_BY.isNotNull())
                .groupBy(WORKFLOW_CHECKLIST_LINES.DONE_BY)
                .orderBy(ticks.desc(), name)
                .fetch(r -> new TeamChecklists.Person(
                        r.get(WORKFLOW_CHECKLIST_LINES.DONE_BY),
                        r.get(name),
                        r.get(ticks),
                        r.get(accounts),
                        r.get(last).toInstant()));
    }

    private Map<Long, String> lastTickers(Collection<Long> checklistIds) {
        if (checklistIds.isEmpty()) {
            return Map.of();
        }
        return db.select(WORKFLOW_CHECKLIST_LINES.CHECKLIST_ID, WORKFLOW_CHECKLIST_LINES.DONE_BY_NAME)
                .distinctOn(WORKFLOW_CHECKLIST_LINES.CHECKLIST_ID)
                .from(WORKFLOW_CHECKLIST_LINES)
                .where(WORKFLOW_CHECKLIST_LINES.CHECKLIST_ID.in(checklistIds))
                .and(WORKFLOW_CHECKLIST_LINES.DONE_AT.isNotNull())
                .orderBy(WORKFLOW_CHECKLIST_LINES.CHECKLIST_ID, WORKFLOW_CHECKLIST_LINES.DONE_AT.desc())
                .fetchMap(WORKFLOW_CHECKLIST_LINES.CHECKLIST_ID, WORKFLOW_CHECKLIST_LINES.DONE_BY_NAME);
    }

    private static ChecklistLine toLine(dev.bosun.jooq.tables.records.WorkflowChecklistLinesRecord r) {
        return new ChecklistLine(
                r.getId(),
                r.getChecklistId(),
                r.getPosition(),
                r.getText(),
                r.getTextKey(),
                r.getDoneBy(),
                r.getDoneByName(),
                r.getDoneAt() == null ? null : r.getDoneAt().toInstant());
    }
}
