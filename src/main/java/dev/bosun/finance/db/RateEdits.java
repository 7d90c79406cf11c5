package dev.bosun.finance.db;

import static dev.bosun.jooq.Tables.FINANCE_RATE_EDITS;
import static dev.bosun.jooq.Tables.FINANCE_RATE_EDIT_LOG;

import dev.bosun.finance.RateEdit;
import dev.bosun.finance.RateEditChange;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Organisations' own rate card values, and the log of every change to them. */
@Repository
public class RateEdits {

    private final DSLContext db;

    RateEdits(DSLContext db) {
        this.db = db;
    }

    public List<RateEdit> of(long organisationId) {
        return db.selectFrom(FINANCE_RATE_EDITS)
                .where(FINANCE_RATE_EDITS.ORGANISATION_ID.eq(organisationId))
                .orderBy(FINANCE_RATE_EDITS.MARKETPLACE, FINANCE_RATE_EDITS.EFFECTIVE, FINANCE_RATE_EDITS.ENTRY_KEY)
                .fetch(r -> new RateEdit(
                        Marketplace.valueOf(r.getMarketplace()),
                        r.getEffective(),
                        r.getEntryKey(),
                        r.getValue().stripTrailingZeros(),
                        r.getEditedBy(),
                        r.getEditedAt().toInstant()));
    }

    /** Stores a value (replacing any earlier one) and logs the change; returns the value it replaced. */
    public Optional<BigDecimal> save(long organisationId, RateEdit edit) {
        Optional<BigDecimal> old = current(organisationId, edit.marketplace(), edit.effective(), edit.key());
        db.insertInto(FINANCE_RATE_EDITS)
                .set(FINANCE_RATE_EDITS.ORGANISATION_ID, organisationId)
                .set(FINANCE_RATE_EDITS.MARKETPLACE, edit.marketplace().code())
                .set(FINANCE_RATE_EDITS.EFFECTIVE, edit.effective())
                .set(FINANCE_RATE_EDITS.ENTRY_KEY, edit.key())
                .set(FINANCE_RATE_EDITS.VALUE, edit.value())
                .set(FINANCE_RATE_EDITS.EDITED_BY, edit.editedBy())
                .set(FINANCE_RATE_EDITS.EDITED_AT, edit.editedAt().atOffset(ZoneOffset.UTC))
                .onConflict(
                        FINANCE_RATE_EDITS.ORGANISATION_ID,
                        FINANCE_RATE_EDITS.MARKETPLACE,
                        FINANCE_RATE_EDITS.EFFECTIVE,
                        FINANCE_RATE_EDITS.ENTRY_KEY)
                .doUpdate()
                .set(FINANCE_RATE_EDITS.VALUE, edit.value())
                .set(FINANCE_RATE_EDITS.EDITED_BY, edit.editedBy())
                .set(FINANCE_RATE_EDITS.EDITED_AT, edit.editedAt().atOffset(ZoneOffset.UTC))
                .execute();
        log(
                organisationId,
                edit.marketplace(),
                edit.effective(),
                edit.key(),
                old.orElse(null),
                edit.value(),
                edit.editedBy(),
                edit.editedAt());
        return old;
    }

    /** Removes a value, so the card's own applies again, and logs it; false when there was none. */
    public boolean remove(
            long organisationId, Marketplace marketplace, LocalDate effective, String key, String by, Instant at) {
        Optional<BigDecimal> old = current(organisationId, marketplace, effective, key);
        if (old.isEmpty()) {
            return false;
        }
        db.deleteFrom(FINANCE_RATE_EDITS)
                .where(FINANCE_RATE_EDITS.ORGANISATION_ID.eq(organisationId))
                .and(FINANCE_RATE_EDITS.MARKETPLACE.eq(marketplace.code()))
                .and(FINANCE_RATE_EDITS.EFFECTIVE.eq(effective))
                .and(FINANCE_RATE_EDITS.ENTRY_KEY.eq(key))
                .execute();
        log(organisationId, marketplace, effective, key, old.get(), null, by, at);
        return true;
    }

    /** The latest changes first. */
    public List<RateEditChange> history(long organisationId, int limit) {
        return db.selectFrom(FINANCE_RATE_EDIT_LOG)
                .where(FINANCE_RATE_EDIT_LOG.ORGANISATION_ID.eq(organisationId))
                .orderBy(FINANCE_RATE_EDIT_LOG.EDITED_AT.desc(), FINANCE_RATE_EDIT_LOG.ID.desc())
                .limit(limit)
                .fetch(r -> new RateEditChange(
                        Marketplace.valueOf(r.getMarketplace()),
                        r.getEffective(),
                        r.getEntryKey(),
                        r.getOldValue() == null ? null : r.getOldValue().stripTrailingZeros(),
                        r.getNewValue() == null ? null : r.getNewValue().stripTrailingZeros(),
                        r.getEditedBy(),
                        r.getEditedAt().toInstant()));
    }

    private Optional<BigDecimal> current(
            long organisationId, Marketplace marketplace, LocalDate effective, String key) {
        return db.select(FINANCE_RATE_EDITS.VALUE)
                .from(FINANCE_RATE_EDITS)
                .where(FINANCE_RATE_EDITS.ORGANISATION_ID.eq(organisationId))
                .and(FINANCE_RATE_EDITS.MARKETPLACE.eq(marketplace.code()))
                .and(FINANCE_RATE_EDITS.EFFECTIVE.eq(effective))
                .and(FINANCE_RATE_EDITS.ENTRY_KEY.eq(key))
                .fetchOptional(FINANCE_RATE_EDITS.VALUE)
                .map(BigDecimal::stripTrailingZeros);
    }

    private void log(
            long organisationId,
            Marketplace marketplace,
            LocalDate effective,
            String key,
            BigDecimal oldValue,
            BigDecimal newValue,
            String by,
            Instant at) {
        db.insertInto(FINANCE_RATE_EDIT_LOG)
                .set(FINANCE_RATE_EDIT_LOG.ORGANISATION_ID, organisationId)
                .set(FINANCE_RATE_EDIT_LOG.MARKETPLACE, marketplace.code())
                .set(FINANCE_RATE_EDIT_LOG.EFFECTIVE, effective)
                .set(FINANCE_RATE_EDIT_LOG.ENTRY_KEY, key)
                .set(FINANCE_RATE_EDIT_LOG.OLD_VALUE, oldValue)
                .set(FINANCE_RATE_EDIT_LOG.NEW_VALUE, newValue)
                .set(FINANCE_RATE_EDIT_LOG.EDITED_BY, by)
                .set(FINANCE_RATE_EDIT_LOG.EDITED_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }
}
