package dev.bosun.inventory.db;

import static dev.bosun.jooq.Tables.INVENTORY_STRANDED_LISTINGS;

import dev.bosun.inventory.Recorder;
import dev.bosun.inventory.StrandedListing;
import dev.bosun.jooq.tables.records.InventoryStrandedListingsRecord;
import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Stranded inventory listings by account, marketplace, SKU and day. */
@Repository
public class StrandedInventory {

    private static final List<String> COLUMNS = List.of(
            "account_id",
            "sku",
            "snapshot_date",
            "marketplace",
            "primary_action",
            "date_stranded",
            "date_to_take_auto_removal",
            "status_primary",
            "status_secondary",
            "error_message",
            "stranded_reason",
            "asin",
            "fnsku",
            "product_name",
            "item_condition",
            "fulfilled_by",
            "currency",
            "your_price",
            "fulfillable_qty",
            "unfulfillable_qty",
            "reserved_quantity",
            "inbound_shipped_qty",
            "batch_id");
    private static final List<String> KEY = List.of("account_id", "marketplace", "sku", "snapshot_date");

    private final DSLContext db;

    public StrandedInventory(DSLContext db) {
        this.db = db;
    }

    public Recorder<StrandedListing> recorder(long accountId, long batchId) {
        return new BulkRecorder<>(BulkUpsert.into(db, "inventory_stranded_listings", COLUMNS, KEY), s -> new Object[] {
            accountId,
            s.sku(),
            s.snapshotDate(),
            s.marketplace().code(),
            s.primaryAction(),
            s.dateStranded(),
            s.dateToTakeAutoRemoval(),
            s.statusPrimary(),
            s.statusSecondary(),
            s.errorMessage(),
            s.strandedReason(),
            s.asin(),
            s.fnsku(),
            s.productName(),
            s.condition(),
            s.fulfilledBy(),
            s.currency(),
            s.yourPrice(),
            s.fulfillable(),
            s.unfulfillable(),
            s.reserved(),
            s.inboundShipped(),
            batchId
        });
    }

    /** The latest day of a stranded inventory report on or before {@code day}. */
    public java.util.Optional<LocalDate> latestDay(long accountId, LocalDate day) {
        var t = INVENTORY_STRANDED_LISTINGS;
        return java.util.Optional.ofNullable(db.select(org.jooq.impl.DSL.max(t.SNAPSHOT_DATE))
                .from(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.SNAPSHOT_DATE.le(day))
                .fetchOne(0, LocalDate.class));
    }

    /** The listings stranded on a day, the soonest automatic removal first. */
    public List<StrandedListing> onDay(long accountId, LocalDate day) {
        var t = INVENTORY_STRANDED_LISTINGS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.SNAPSHOT_DATE.eq(day))
                .orderBy(t.DATE_TO_TAKE_AUTO_REMOVAL.asc().nullsLast(), t.SKU, t.MARKETPLACE)
                .fetch(StrandedInventory::listing);
    }

    private static StrandedListing listing(InventoryStrandedListingsRecord r) {
        return new StrandedListing(
                r.getSku(),
                r.getSnapshotDate(),
                Marketplace.find(r.getMarketplace()).orElseThrow(),
                r.getPrimaryAction(),
                r.getDateStranded(),
                r.getDateToTakeAutoRemoval(),
                r.getStatusPrimary(),
                r.getStatusSecondary(),
                r.getErrorMessage(),
                r.getStrandedReason(),
                r.getAsin(),
                r.getFnsku(),
                r.getProductName(),
                r.getItemCondition(),
                r.getFulfilledBy(),
                r.getCurrency(),
                r.getYourPrice(),
                r.getFulfillableQty(),
                r.getUnfulfillableQty(),
                r.getReservedQuantity(),
                r.getInboundShippedQty());
    }
}
