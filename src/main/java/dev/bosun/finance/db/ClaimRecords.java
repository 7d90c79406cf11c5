package dev.bosun.finance.db;

import static dev.bosun.jooq.Tables.FINANCE_CLAIMS;

import dev.bosun.finance.Claim;
import dev.bosun.finance.ClaimEvidence;
import dev.bosun.finance.ClaimKind;
import dev.bosun.finance.ClaimStatus;
import dev.bosun.jooq.tables.records.FinanceClaimsRecord;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The claims ledger of each account. */
@Repository
public class ClaimRecords {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext db;

    public ClaimRecords(DSLContext db) {
        this.db = db;
    }

    /**
     * Adds a detected claim unless one with its key exists; returns whether it was added.
     *
     * @param claim its id, status and times other than {@code detectedAt} are ignored
     */
    public boolean addDetected(Claim claim, Instant now) {
        var t = FINANCE_CLAIMS;
        return db.insertInto(t)
                        .set(t.ACCOUNT_ID, claim.accountId())
                        .set(t.CLAIM_KEY, claim.key())
                        .set(t.KIND, claim.kind().name())
                        .set(t.STATUS, ClaimStatus.DETECTED.name())
                        .set(
                                t.MARKETPLACE,
                                claim.marketplace() == null
                                        ? null
                                        : claim.marketplace().code())
                        .set(t.SKU, claim.sku())
                        .set(t.FNSKU, claim.fnsku())
                        .set(t.ASIN, claim.asin())
                        .set(t.ORDER_ID, claim.orderId())
                        .set(t.CURRENCY, claim.currency())
                        .set(t.AMOUNT_EXPECTED, claim.amountExpected())
                        .set(t.UNITS, claim.units())
                        .set(t.EVENT_DATE, claim.eventDate())
                        .set(t.CLAIMABLE_FROM, claim.claimableFrom())
                        .set(t.CLAIMABLE_UNTIL, claim.claimableUntil())
                        .set(t.EVIDENCE, json(claim.evidence()))
                        .set(t.DETECTED_AT, utc(now))
                        .set(t.UPDATED_AT, utc(now))
                        .set(t.UPDATED_BY, claim.updatedBy())
                        .onConflict(t.ACCOUNT_ID, t.CLAIM_KEY)
                        .doNothing()
                        .execute()
                > 0;
    }

    /** Updates what a detected claim is for (amount, units, evidence); true when something changed. */
    public boolean refreshDetected(
            long accountId, long id, BigDecimal amount, Integer units, ClaimEvidence evidence, Instant now) {
        var t = FINANCE_CLAIMS;
        JSONB json = json(evidence);
        return db.update(t)
                        .set(t.AMOUNT_EXPECTED, amount)
                        .set(t.UNITS, units)
                        .set(t.EVIDENCE, json)
                        .set(t.UPDATED_AT, utc(now))
                        .where(t.ACCOUNT_ID.eq(accountId))
                        .and(t.ID.eq(id))
                        .and(t.STATUS.eq(ClaimStatus.DETECTED.name()))
                        .and(t.AMOUNT_EXPECTED
                                .isDistinctFrom(amount)
                                .or(t.UNITS.isDistinctFrom(units))
                                .or(t.EVIDENCE.isDistinctFrom(json)))
                        .execute()
                > 0;
    }

    /**
     * Moves a claim to a status, with what the person or Bosun recorded; true when the claim was in {@code from}.
     */
    public boolean move(
            long accountId,
            long id,
            ClaimStatus from,
            ClaimStatus to,
            String caseId,
            BigDecimal reimbursed,
            String reimbursementIds,
            String note,
            String by,
            Instant now) {
        var t = FINANCE_CLAIMS;
        var update = db.update(t)
                .set(t.STATUS, to.name())
                .set(t.UPDATED_AT, utc(now))
                .set(t.UPDATED_BY, by);
        if (caseId != null) {
            update = update.set(t.CASE_ID, caseId);
        }
        if (reimbursed != null) {
            update = update.set(t.AMOUNT_REIMBURSED, reimbursed);
        }
        if (reimbursementIds != null) {
            update = update.set(t.REIMBURSEMENT_IDS, reimbursementIds);
        }
        if (note != null) {
            update = update.set(t.NOTE, note);
        }
        if (to == ClaimStatus.SUBMITTED) {
            update = update.set(t.SUBMITTED_AT, utc(now))
                    .set(t.SUBMITTED_BY, by)
                    .setNull(t.RESOLVED_AT)
                    .setNull(t.RESOLVED_BY);
        } else if (to == ClaimStatus.DETECTED) {
            update = update.setNull(t.RESOLVED_AT).setNull(t.RESOLVED_BY);
        } else {
            update = update.set(t.RESOLVED_AT, utc(now)).set(t.RESOLVED_BY, by);
        }
        return update.where(t.ACCOUNT_ID.eq(accountId))
                        .and(t.ID.eq(id))
                        .and(t.STATUS.eq(from.name()))
                        .execute()
                > 0;
    }

    public Optional<Claim> find(long accountId, long id) {
        var t = FINANCE_CLAIMS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.ID.eq(id))
                .fetchOptional(ClaimRecords::claim);
    }

    /** The claims of an account in the given statuses (all when empty), the most recently detected first. */
    public List<Claim> of(long accountId, Collection<ClaimStatus> statuses) {
        var t = FINANCE_CLAIMS;
        Condition where = t.ACCOUNT_ID.eq(accountId);
        if (!statuses.isEmpty()) {
            where = where.and(t.STATUS.in(statuses.stream().map(Enum::name).toList()));
        }
        return db.selectFrom(t)
                .where(where)
                .orderBy(t.DETECTED_AT.desc(), t.ID.desc())
                .fetch(ClaimRecords::claim);
    }

    /** The claims of one kind, oldest first. */
    public List<Claim> ofKind(long accountId, ClaimKind kind) {
        var t = FINANCE_CLAIMS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.KIND.eq(kind.name()))
                .orderBy(t.ID)
                .fetch(ClaimRecords::claim);
    }

    /** Holds the account's claims for the rest of the transaction, so two detections never interleave. */
    public void lock(long accountId) {
        db.execute("select pg_advisory_xact_lock(7171, ?)", (int) (accountId % Integer.MAX_VALUE));
    }

    private static Claim claim(FinanceClaimsRecord r) {
        return new Claim(
                r.getId(),
                r.getAccountId(),
                r.getClaimKey(),
                ClaimKind.valueOf(r.getKind()),
                ClaimStatus.valueOf(r.getStatus()),
                r.getMarketplace() == null
                        ? null
                        : Marketplace.find(r.getMarketplace()).orElse(null),
                r.getSku(),
                r.getFnsku(),
                r.getAsin(),
                r.getOrderId(),
                r.getCurrency(),
                r.getAmountExpected(),
                r.getAmountReimbursed(),
                r.getUnits(),
                r.getCaseId(),
                r.getReimbursementIds(),
                r.getEventDate(),
                r.getClaimableFrom(),
                r.getClaimableUntil(),
                JSON.readValue(r.getEvidence().data(), ClaimEvidence.class),
                instant(r.getDetectedAt()),
                instant(r.getSubmittedAt()),
                r.getSubmittedBy(),
                instant(r.getResolvedAt()),
                r.getResolvedBy(),
                instant(r.getUpdatedAt()),
                r.getUpdatedBy(),
                r.getNote());
    }

    private static JSONB json(ClaimEvidence evidence) {
        return JSONB.valueOf(JSON.writeValueAsString(evidence));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
