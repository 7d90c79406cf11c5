package dev.bosun.workflow.review.db;

import static dev.bosun.jooq.Tables.ACTION_ITEMS;
import static dev.bosun.jooq.Tables.ACTION_ITEM_SIGHTINGS;

import dev.bosun.accounts.Role;
import dev.bosun.jooq.tables.records.ActionItemsRecord;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Money;
import dev.bosun.workflow.ActionItem;
import dev.bosun.workflow.Finding;
import dev.bosun.workflow.ItemStatus;
import dev.bosun.workflow.ReviewArea;
import dev.bosun.workflow.Severity;
import dev.bosun.workflow.Subject;
import dev.bosun.workflow.SubjectType;
import dev.bosun.workflow.review.ItemJson;
import dev.bosun.workflow.review.domain.KeyedFinding;
import dev.bosun.workflow.review.domain.KnownItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Action items and the review dates each was found on. */
@Repository
public class ActionItems {

    private final DSLContext db;

    public ActionItems(DSLContext db) {
        this.db = db;
    }

    /** Serialises review runs of one account until the caller's transaction ends. */
    public void lock(long accountId) {
        db.select(DSL.field("pg_advisory_xact_lock({0}, {1})", Object.class, DSL.val(120), DSL.val((int) accountId)))
                .fetch();
    }

    public List<KnownItem> known(long accountId) {
        var t = ACTION_ITEMS;
        return db.select(
                        t.ID,
                        t.ITEM_KEY,
                        t.RULE_ID,
                        t.STATUS,
                        t.FIRST_SEEN,
                        t.LAST_SEEN,
                        t.SNOOZED_UNTIL,
                        t.RESOLVED_ON)
                .from(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .fetch(r -> new KnownItem(
                        r.get(t.ID),
                        r.get(t.ITEM_KEY),
                        r.get(t.RULE_ID),
                        ItemStatus.valueOf(r.get(t.STATUS)),
                        r.get(t.FIRST_SEEN),
                        r.get(t.LAST_SEEN),
                        r.get(t.SNOOZED_UNTIL),
                        r.get(t.RESOLVED_ON)));
    }

    /** Stores a new open item found on {@code date}; returns its id. */
    public long create(long accountId, KeyedFinding kf, ReviewArea area, Role role, LocalDate date, Instant now) {
        var t = ACTION_ITEMS;
        Finding f = kf.finding();
        Subject s = f.subject();
        long id = db.insertInto(t)
                .set(t.ACCOUNT_ID, accountId)
                .set(t.ITEM_KEY, kf.key())
                .set(t.RULE_ID, kf.ruleId())
                .set(t.AREA, area.name())
                .set(t.SEVERITY, f.severity().name())
                .set(t.ROLE, role.name())
                .set(t.SUBJECT_TYPE, s.type().name())
                .set(t.SUBJECT_ID, s.id())
                .set(t.SUBJECT_SKU, s.sku())
                .set(t.SUBJECT_ASIN, s.asin())
                .set(
                        t.MARKETPLACE,
                        s.marketplace() == null ? null : s.marketplace().code())
                .set(t.TITLE, JSONB.valueOf(ItemJson.write(f.title())))
                .set(t.ACTION, JSONB.valueOf(ItemJson.write(f.action())))
                .set(t.EVIDENCE, JSONB.valueOf(ItemJson.write(f.evidence())))
                .set(t.AT_STAKE_AMOUNT, f.atStake() == null ? null : f.atStake().amount())
                .set(
                        t.AT_STAKE_CURRENCY,
                        f.atStake() == null ? null : f.atStake().currency().getCurrencyCode())
                .set(t.STATUS, ItemStatus.OPEN.name())
                .set(t.FIRST_SEEN, date)
                .set(t.LAST_SEEN, date)
                .set(t.TIMES_SEEN, 1)
                .set(t.UPDATED_AT, now.atOffset(ZoneOffset.UTC))
                .returning(t.ID)
                .fetchOne(t.ID);
        sighting(accountId, date, id, f);
        return id;
    }

    /**
     * Records that a known item was found again on {@code date}: counts the sighting once per date, moves first and
     * last seen, sets the status, and when {@code replaceEvidence} replaces the figures, severity and texts.
     */
    public void refresh(
            long accountId,
            long id,
            KeyedFinding kf,
            ReviewArea area,
            Role role,
            ItemStatus status,
            boolean replaceEvidence,
            LocalDate date,
            Instant now) {
        boolean newDay = sighting(accountId, date, id, kf.finding());
        refreshQuery(accountId, id, kf, area, role, status, replaceEvidence, date, now, newDay)
                .execute();
    }

    /** One known item found again, as {@link #refreshAll} takes it. */
    public record Refresh(
            long id, KeyedFinding finding, ReviewArea area, Role role, ItemStatus status, boolean replaceEvidence) {}

    /**
     * {@link #refresh} for many items at once, in two batches of statements (the day's sightings, then the items)
     * instead of two or three statements one after the other per item: a review refreshes thousands of items.
     */
    public void refreshAll(long accountId, List<Refresh> refreshes, LocalDate date, Instant now) {
        if (refreshes.isEmpty()) {
            return;
        }
        var s = ACTION_ITEM_SIGHTINGS;
        java.util.Set<Long> seen = new java.util.HashSet<>(db.select(s.ITEM_ID)
                .from(s)
                .where(s.ACCOUNT_ID.eq(accountId))
                .and(s.REVIEW_DATE.eq(date))
                .and(s.ITEM_ID.in(refreshes.stream().map(Refresh::id).toList()))
                .fetch(s.ITEM_ID));
        List<org.jooq.Query> sightings = new java.util.ArrayList<>();
        List<org.jooq.Query> updates = new java.util.ArrayList<>();
        for (Refresh r : refreshes) {
            Finding f = r.finding().finding();
            BigDecimal amount = f.atStake() == null ? null : f.atStake().amount();
            boolean newDay = !seen.contains(r.id());
            sightings.add(
                    newDay
                            ? db.insertInto(s)
                                    .set(s.ACCOUNT_ID, accountId)
                                    .set(s.REVIEW_DATE, date)
                                    .set(s.ITEM_ID, r.id())
                                    .set(s.SEVERITY, f.severity().name())
                                    .set(s.AT_STAKE_AMOUNT, amount)
                                    .onConflictDoNothing()
                            : db.update(s)
                                    .set(s.SEVERITY, f.severity().name())
                                    .set(s.AT_STAKE_AMOUNT, amount)
                                    .where(s.ACCOUNT_ID.eq(accountId))
                                    .and(s.REVIEW_DATE.eq(date))
                                    .and(s.ITEM_ID.eq(r.id())));
            updates.add(refreshQuery(
                    accountId,
                    r.id(),
                    r.finding(),
                    r.area(),
                    r.role(),
                    r.status(),
                    r.replaceEvidence(),
                    date,
                    now,
                    newDay));
        }
        db.batch(sightings).execute();
        db.batch(updates).execute();
    }

    private org.jooq.Query refreshQuery(
            long accountId,
            long id,
            KeyedFinding kf,
            ReviewArea area,
            Role role,
            ItemStatus status,
            boolean replaceEvidence,
            LocalDate date,
            Instant now,
            boolean newDay) {
        var t = ACTION_ITEMS;
        Finding f = kf.finding();
        var update = db.update(t)
                .set(t.STATUS, status.name())
                .set(t.TIMES_SEEN, newDay ? t.TIMES_SEEN.plus(1) : t.TIMES_SEEN)
                .set(t.FIRST_SEEN, DSL.least(t.FIRST_SEEN, DSL.val(date)))
                .set(t.LAST_SEEN, DSL.greatest(t.LAST_SEEN, DSL.val(date)))
                .set(t.UPDATED_AT, now.atOffset(ZoneOffset.UTC));
        if (status != ItemStatus.RESOLVED) {
            update = update.set(t.RESOLVED_ON, (LocalDate) null);
        }
        if (status != ItemStatus.SNOOZED) {
            update = update.set(t.SNOOZED_UNTIL, (LocalDate) null);
        }
        if (replaceEvidence) {
            Subject s = f.subject();
            update = update.set(t.AREA, area.name())
                    .set(t.ROLE, role.name())
                    .set(t.SEVERITY, f.severity().name())
                    .set(t.SUBJECT_SKU, s.sku())
                    .set(t.SUBJECT_ASIN, s.asin())
                    .set(t.TITLE, JSONB.valueOf(ItemJson.write(f.title())))
                    .set(t.ACTION, JSONB.valueOf(ItemJson.write(f.action())))
                    .set(t.EVIDENCE, JSONB.valueOf(ItemJson.write(f.evidence())))
                    .set(
                            t.AT_STAKE_AMOUNT,
                            f.atStake() == null ? null : f.atStake().amount())
                    .set(
                            t.AT_STAKE_CURRENCY,
                            f.atStake() == null ? null : f.atStake().currency().getCurrencyCode());
        }
        return update.where(t.ACCOUNT_ID.eq(accountId)).and(t.ID.eq(id));
    }

    /** Marks items resolved on {@code date}. */
    public int resolve(long accountId, Collection<Long> ids, LocalDate date, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        var t = ACTION_ITEMS;
        return db.update(t)
                .set(t.STATUS, ItemStatus.RESOLVED.name())
                .set(t.RESOLVED_ON, date)
                .set(t.SNOOZED_UNTIL, (LocalDate) null)
                .set(t.UPDATED_AT, now.atOffset(ZoneOffset.UTC))
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.ID.in(ids))
                .execute();
    }

    /** Sets an item's status by hand; false when the account has no such item. */
    public boolean setStatus(long accountId, long id, ItemStatus status, LocalDate snoozedUntil, Instant now) {
        var t = ACTION_ITEMS;
        return db.update(t)
                        .set(t.STATUS, status.name())
                        .set(t.SNOOZED_UNTIL, status == ItemStatus.SNOOZED ? snoozedUntil : null)
                        .set(t.UPDATED_AT, now.atOffset(ZoneOffset.UTC))
                        .where(t.ACCOUNT_ID.eq(accountId))
                        .and(t.ID.eq(id))
                        .execute()
                == 1;
    }

    /** Items found on {@code date}, and those resolved on it. */
    public List<ActionItem> onDate(long accountId, LocalDate date) {
        var t = ACTION_ITEMS;
        var s = ACTION_ITEM_SIGHTINGS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.ID.in(DSL.select(s.ITEM_ID)
                                .from(s)
                                .where(s.ACCOUNT_ID.eq(accountId))
                                .and(s.REVIEW_DATE.eq(date)))
                        .or(t.RESOLVED_ON.eq(date)))
                .fetch(ActionItems::item);
    }

    public Optional<ActionItem> find(long accountId, long id) {
        var t = ACTION_ITEMS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.ID.eq(id))
                .fetchOptional(ActionItems::item);
    }

    /** The review dates an item was found on, oldest first. */
    public List<LocalDate> sightings(long accountId, long id) {
        var s = ACTION_ITEM_SIGHTINGS;
        return db.select(s.REVIEW_DATE)
                .from(s)
                .where(s.ACCOUNT_ID.eq(accountId))
                .and(s.ITEM_ID.eq(id))
                .orderBy(s.REVIEW_DATE)
                .fetch(s.REVIEW_DATE);
    }

    /** Records the item as found on the date; true when it had not been recorded for that date yet. */
    private boolean sighting(long accountId, LocalDate date, long id, Finding f) {
        var s = ACTION_ITEM_SIGHTINGS;
        BigDecimal amount = f.atStake() == null ? null : f.atStake().amount();
        int inserted = db.insertInto(s)
                .set(s.ACCOUNT_ID, accountId)
                .set(s.REVIEW_DATE, date)
                .set(s.ITEM_ID, id)
                .set(s.SEVERITY, f.severity().name())
                .set(s.AT_STAKE_AMOUNT, amount)
                .onConflictDoNothing()
                .execute();
        if (inserted == 0) {
            db.update(s)
                    .set(s.SEVERITY, f.severity().name())
                    .set(s.AT_STAKE_AMOUNT, amount)
                    .where(s.ACCOUNT_ID.eq(accountId))
                    .and(s.REVIEW_DATE.eq(date))
                    .and(s.ITEM_ID.eq(id))
                    .execute();
        }
        return inserted == 1;
    }

    private static ActionItem item(ActionItemsRecord r) {
        Marketplace marketplace = r.getMarketplace() == null
                ? null
                : Marketplace.find(r.getMarketplace()).orElse(null);
        Money atStake = r.getAtStakeAmount() == null
                ? null
                : new Money(r.getAtStakeAmount(), Currency.getInstance(r.getAtStakeCurrency())).rounded();
        return new ActionItem(
                r.getId(),
                r.getAccountId(),
                r.getItemKey(),
                r.getRuleId(),
                ReviewArea.valueOf(r.getArea()),
                Severity.valueOf(r.getSeverity()),
                Role.valueOf(r.getRole()),
                new Subject(
                        SubjectType.valueOf(r.getSubjectType()),
                        r.getSubjectId(),
                        r.getSubjectSku(),
                        r.getSubjectAsin(),
                        marketplace),
                ItemJson.readText(r.getTitle().data()),
                ItemJson.readEvidence(r.getEvidence().data()),
                ItemJson.readText(r.getAction().data()),
                atStake,
                ItemStatus.valueOf(r.getStatus()),
                r.getFirstSeen(),
                r.getLastSeen(),
                r.getTimesSeen(),
                r.getResolvedOn(),
                r.getSnoozedUntil(),
                r.getUpdatedAt().toInstant());
    }
}
