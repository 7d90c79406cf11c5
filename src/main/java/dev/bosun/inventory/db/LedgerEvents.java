package dev.bosun.inventory.db;

import static dev.bosun.jooq.Tables.INVENTORY_LEDGER_EVENTS;

import dev.bosun.inventory.LedgerEvent;
import dev.bosun.inventory.Recorder;
import dev.bosun.jooq.tables.records.InventoryLedgerEventsRecord;
import dev.bosun.platform.db.BulkUpsert;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Inventory ledger detail lines; blank identifying values are stored as '' (they lead the primary key). */
@Repository
public class LedgerEvents {

    private static final List<String> KEY = List.of(
            "account_id",
            "event_date",
            "fnsku",
            "event_type",
            "reference_id",
            "fulfillment_center",
            "disposition",
            "quantity",
            "reason",
            "country",
            "occurrence");
    private static final List<String> COLUMNS = List.of(
            "account_id",
            "event_date",
            "fnsku",
            "event_type",
            "reference_id",
            "fulfillment_center",
            "disposition",
            "quantity",
            "reason",
            "country",
            "occurrence",
            "asin",
            "msku",
            "title",
            "reconciled_quantity",
            "unreconciled_quantity",
            "batch_id");

    private final DSLContext db;

    public LedgerEvents(DSLContext db) {
        this.db = db;
    }

    public Recorder<LedgerEvent> recorder(long accountId, long batchId) {
        return new BulkRecorder<>(BulkUpsert.into(db, "inventory_ledger_events", COLUMNS, KEY), e -> new Object[] {
            accountId,
            e.date(),
            e.fnsku(),
            blank(e.eventType()),
            blank(e.referenceId()),
            blank(e.fulfillmentCenter()),
            blank(e.disposition()),
            e.quantity(),
            blank(e.reason()),
            blank(e.country()),
            e.occurrence(),
            e.asin(),
            e.msku(),
            e.title(),
            e.reconciledQuantity(),
            e.unreconciledQuantity(),
            batchId
        });
    }

    /** The events of an FNSKU between two days (inclusive), in date order. */
    public List<LedgerEvent> forFnsku(long accountId, String fnsku, LocalDate from, LocalDate to) {
        var t = INVENTORY_LEDGER_EVENTS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.FNSKU.eq(fnsku))
                .and(t.EVENT_DATE.between(from, to))
                .orderBy(t.EVENT_DATE, t.EVENT_TYPE, t.REFERENCE_ID, t.FULFILLMENT_CENTER, t.OCCURRENCE)
                .fetch(LedgerEvents::event);
    }

    /** All events between two days (inclusive), in date order. */
    public List<LedgerEvent> between(long accountId, LocalDate from, LocalDate to) {
        var t = INVENTORY_LEDGER_EVENTS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.EVENT_DATE.between(from, to))
                .orderBy(t.EVENT_DATE, t.FNSKU, t.EVENT_TYPE, t.REFERENCE_ID, t.FULFILLMENT_CENTER, t.OCCURRENCE)
                .fetch(LedgerEvents::event);
    }

    /** The events of one type (e.g. {@code Adjustments}) between two days (inclusive), in date order. */
    public List<LedgerEvent> ofType(long accountId, String eventType, LocalDate from, LocalDate to) {
        var t = INVENTORY_LEDGER_EVENTS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.EVENT_TYPE.eq(eventType))
                .and(t.EVENT_DATE.between(from, to))
                .orderBy(t.EVENT_DATE, t.FNSKU, t.REFERENCE_ID, t.FULFILLMENT_CENTER, t.OCCURRENCE)
                .fetch(LedgerEvents::event);
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    private static String orNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static LedgerEvent event(InventoryLedgerEventsRecord r) {
        return new LedgerEvent(
                r.getEventDate(),
                r.getFnsku(),
                orNull(r.getEventType()),
                orNull(r.getReferenceId()),
                orNull(r.getFulfillmentCenter()),
                orNull(r.getDisposition()),
                r.getQuantity(),
                orNull(r.getReason()),
                orNull(r.getCountry()),
                r.getOccurrence(),
                r.getAsin(),
                r.getMsku(),
                r.getTitle(),
                r.getReconciledQuantity(),
                r.getUnreconciledQuantity());
    }
}
