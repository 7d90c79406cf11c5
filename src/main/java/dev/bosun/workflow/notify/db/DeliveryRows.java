package dev.bosun.workflow.notify.db;

import static dev.bosun.jooq.Tables.NOTIFY_ANNOUNCED;
import static dev.bosun.jooq.Tables.NOTIFY_ATTEMPTS;
import static dev.bosun.jooq.Tables.NOTIFY_DELIVERIES;

import dev.bosun.jooq.tables.records.NotifyDeliveriesRecord;
import dev.bosun.workflow.notify.domain.Delivery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Deliveries, each of their tries, and what the group chats were told. */
@Repository
public class DeliveryRows {

    private final DSLContext db;

    public DeliveryRows(DSLContext db) {
        this.db = db;
    }

    /** One try of a delivery as the deliveries page shows it. */
    public record Attempt(int attempt, Instant at, boolean succeeded, Integer responseCode, String excerpt) {}

    /** Stores a new delivery unless one with the same channel and dedup key exists; its id when stored. */
    public Optional<Long> create(
            long accountId,
            String channel,
            Long userId,
            String target,
            String subject,
            String payload,
            String html,
            String dedupKey,
            Instant at) {
        return db.insertInto(NOTIFY_DELIVERIES)
                .set(NOTIFY_DELIVERIES.ACCOUNT_ID, accountId)
                .set(NOTIFY_DELIVERIES.CHANNEL, channel)
                .set(NOTIFY_DELIVERIES.USER_ID, userId)
                .set(NOTIFY_DELIVERIES.TARGET, InboxRows.clip(target, 300))
                .set(NOTIFY_DELIVERIES.SUBJECT, InboxRows.clip(subject, 500))
                .set(NOTIFY_DELIVERIES.PAYLOAD, payload)
                .set(NOTIFY_DELIVERIES.HTML, html)
                .set(NOTIFY_DELIVERIES.DEDUP_KEY, InboxRows.clip(dedupKey, 200))
                .set(NOTIFY_DELIVERIES.STATUS, "PENDING")
                .set(NOTIFY_DELIVERIES.CREATED_AT, at.atOffset(ZoneOffset.UTC))
                .onConflictDoNothing()
                .returning(NOTIFY_DELIVERIES.ID)
                .fetchOptional()
                .map(NotifyDeliveriesRecord::getId);
    }

    public Optional<Delivery> find(long id) {
        return db.selectFrom(NOTIFY_DELIVERIES)
                .where(NOTIFY_DELIVERIES.ID.eq(id))
                .fetchOptional(DeliveryRows::delivery);
    }

    /** Records a try and the delivery's new state. */
    public void recordAttempt(
            long id,
            int attempt,
            boolean succeeded,
            Integer code,
            String excerpt,
            String status,
            Instant at,
            Instant nextAt) {
        Delivery d = find(id).orElseThrow();
        db.insertInto(NOTIFY_ATTEMPTS)
                .set(NOTIFY_ATTEMPTS.DELIVERY_ID, id)
                .set(NOTIFY_ATTEMPTS.ATTEMPT, attempt)
                .set(NOTIFY_ATTEMPTS.ACCOUNT_ID, d.accountId())
                .set(NOTIFY_ATTEMPTS.ATTEMPTED_AT, at.atOffset(ZoneOffset.UTC))
                .set(NOTIFY_ATTEMPTS.SUCCEEDED, succeeded)
                .set(NOTIFY_ATTEMPTS.RESPONSE_CODE, code)
                .set(NOTIFY_ATTEMPTS.RESPONSE_EXCERPT, InboxRows.clip(excerpt, 500))
                .execute();
        db.update(NOTIFY_DELIVERIES)
                .set(NOTIFY_DELIVERIES.ATTEMPTS, attempt)
                .set(NOTIFY_DELIVERIES.STATUS, status)
                .set(NOTIFY_DELIVERIES.LAST_ATTEMPT_AT, at.atOffset(ZoneOffset.UTC))
                .set(NOTIFY_DELIVERIES.NEXT_ATTEMPT_AT, nextAt == null ? null : nextAt.atOffset(ZoneOffset.UTC))
                .set(NOTIFY_DELIVERIES.RESPONSE_CODE, code)
                .set(NOTIFY_DELIVERIES.RESPONSE_EXCERPT, InboxRows.clip(excerpt, 500))
                .where(NOTIFY_DELIVERIES.ID.eq(id))
                .execute();
    }

    /** The account's deliveries, newest first; only failed and retrying ones when asked. */
    public List<Delivery> list(long accountId, boolean failuresOnly, int limit) {
        Condition where = NOTIFY_DELIVERIES.ACCOUNT_ID.eq(accountId);
        if (failuresOnly) {
            where = where.and(NOTIFY_DELIVERIES.STATUS.in("FAILED", "RETRYING"));
        }
        return db.selectFrom(NOTIFY_DELIVERIES)
                .where(where)
                .orderBy(NOTIFY_DELIVERIES.CREATED_AT.desc(), NOTIFY_DELIVERIES.ID.desc())
                .limit(limit)
                .fetch(DeliveryRows::delivery);
    }

    public List<Attempt> attempts(long deliveryId) {
        return db.selectFrom(NOTIFY_ATTEMPTS)
                .where(NOTIFY_ATTEMPTS.DELIVERY_ID.eq(deliveryId))
                .orderBy(NOTIFY_ATTEMPTS.ATTEMPT)
                .fetch(r -> new Attempt(
                        r.getAttempt(),
                        InboxRows.instant(r.getAttemptedAt()),
                        r.getSucceeded(),
                        r.getResponseCode(),
                        r.getResponseExcerpt()));
    }

    /** Deliveries whose next try is due (a safety net for scheduled tries that were lost). */
    public List<Long> due(Instant now, int limit) {
        return db.select(NOTIFY_DELIVERIES.ID)
                .from(NOTIFY_DELIVERIES)
                .where(NOTIFY_DELIVERIES.STATUS.eq("RETRYING"))
                .and(NOTIFY_DELIVERIES.NEXT_ATTEMPT_AT.le(now.atOffset(ZoneOffset.UTC)))
                .orderBy(NOTIFY_DELIVERIES.NEXT_ATTEMPT_AT)
                .limit(limit)
                .fetch(NOTIFY_DELIVERIES.ID);
    }

    /**
     * Marks items as told to the account's group chat for the review date and answers those that were not yet
     * (so a second run of the same day's review posts only what is new).
     */
    public List<String> announce(long accountId, LocalDate date, Collection<String> keys, Instant at) {
        List<String> fresh = new ArrayList<>();
        for (String key : keys) {
            int added = db.insertInto(NOTIFY_ANNOUNCED)
                    .set(NOTIFY_ANNOUNCED.ACCOUNT_ID, accountId)
                    .set(NOTIFY_ANNOUNCED.ITEM_KEY, InboxRows.clip(key, 300))
                    .set(NOTIFY_ANNOUNCED.REVIEW_DATE, date)
                    .set(NOTIFY_ANNOUNCED.ANNOUNCED_AT, at.atOffset(ZoneOffset.UTC))
                    .onConflictDoNothing()
                    .execute();
            if (added > 0) {
                fresh.add(key);
            }
        }
        return fresh;
    }

    private static Delivery delivery(NotifyDeliveriesRecord r) {
        return new Delivery(
                r.getId(),
                r.getAccountId(),
                r.getChannel(),
                r.getUserId(),
                r.getTarget(),
                r.getSubject(),
                r.getPayload(),
                r.getHtml(),
                r.getStatus(),
                r.getAttempts(),
                InboxRows.instant(r.getCreatedAt()),
                InboxRows.instant(r.getLastAttemptAt()),
                InboxRows.instant(r.getNextAttemptAt()),
                r.getResponseCode(),
                r.getResponseExcerpt());
    }
}
