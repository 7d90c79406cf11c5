package dev.bosun.workflow.notify.db;

import static dev.bosun.jooq.Tables.NOTIFY_INBOX;

import dev.bosun.jooq.tables.records.NotifyInboxRecord;
import dev.bosun.workflow.notify.domain.InboxEntry;
import dev.bosun.workflow.notify.domain.Urgency;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The in-app inbox. */
@Repository
public class InboxRows {

    private final DSLContext db;

    public InboxRows(DSLContext db) {
        this.db = db;
    }

    /** Adds an entry unless one with the same dedup key exists; true when added. */
    public boolean add(long accountId, long userId, InboxEntry e, String dedupKey) {
        return db.insertInto(NOTIFY_INBOX)
                        .set(NOTIFY_INBOX.ACCOUNT_ID, accountId)
                        .set(NOTIFY_INBOX.USER_ID, userId)
                        .set(NOTIFY_INBOX.CREATED_AT, e.createdAt().atOffset(ZoneOffset.UTC))
                        .set(NOTIFY_INBOX.SEVERITY, e.urgency().name())
                        .set(NOTIFY_INBOX.AREA, e.area())
                        .set(NOTIFY_INBOX.RULE_ID, e.ruleId())
                        .set(NOTIFY_INBOX.TITLE, clip(e.title(), 500))
                        .set(NOTIFY_INBOX.BODY, clip(e.body(), 2000))
                        .set(NOTIFY_INBOX.LINK, clip(e.link(), 400))
                        .set(NOTIFY_INBOX.DEDUP_KEY, clip(dedupKey, 200))
                        .onConflictDoNothing()
                        .execute()
                > 0;
    }

    public List<InboxEntry> list(long accountId, long userId, boolean unreadOnly, int limit) {
        Condition where = NOTIFY_INBOX.ACCOUNT_ID.eq(accountId).and(NOTIFY_INBOX.USER_ID.eq(userId));
        if (unreadOnly) {
            where = where.and(NOTIFY_INBOX.READ_AT.isNull());
        }
        return db.selectFrom(NOTIFY_INBOX)
                .where(where)
                .orderBy(NOTIFY_INBOX.CREATED_AT.desc(), NOTIFY_INBOX.ID.desc())
                .limit(limit)
                .fetch(InboxRows::entry);
    }

    public int unread(long accountId, long userId) {
        return db.fetchCount(
                NOTIFY_INBOX,
                NOTIFY_INBOX
                        .ACCOUNT_ID
                        .eq(accountId)
                        .and(NOTIFY_INBOX.USER_ID.eq(userId))
                        .and(NOTIFY_INBOX.READ_AT.isNull()));
    }

    /** Marks one entry, or with a null id all of the user's entries of the account, as read. */
    public int markRead(long accountId, long userId, Long id, Instant at) {
        Condition where = NOTIFY_INBOX
                .ACCOUNT_ID
                .eq(accountId)
                .and(NOTIFY_INBOX.USER_ID.eq(userId))
                .and(NOTIFY_INBOX.READ_AT.isNull());
        if (id != null) {
            where = where.and(NOTIFY_INBOX.ID.eq(id));
        }
        return db.update(NOTIFY_INBOX)
                .set(NOTIFY_INBOX.READ_AT, at.atOffset(ZoneOffset.UTC))
                .where(where)
                .execute();
    }

    private static InboxEntry entry(NotifyInboxRecord r) {
        return new InboxEntry(
                r.getId(),
                r.getAccountId(),
                instant(r.getCreatedAt()),
                Urgency.parse(r.getSeverity()),
                r.getArea(),
                r.getRuleId(),
                r.getTitle(),
                r.getBody(),
                r.getLink(),
                instant(r.getReadAt()));
    }

    static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
