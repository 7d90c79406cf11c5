package dev.bosun.inventory.db;

import static dev.bosun.jooq.Tables.INVENTORY_STOCK_SNAPSHOTS;

import dev.bosun.inventory.Recorder;
import dev.bosun.inventory.StockSnapshot;
import dev.bosun.jooq.tables.records.InventoryStockSnapshotsRecord;
import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Daily FBA stock snapshots by account, marketplace, SKU and day. */
@Repository
public class StockSnapshots {

    private static final List<String> COLUMNS = List.of(
            "account_id",
            "marketplace",
            "sku",
            "snapshot_date",
            "fnsku",
            "asin",
            "product_name",
            "item_condition",
            "currency",
            "your_price",
            "mfn_listing_exists",
            "mfn_fulfillable_quantity",
            "afn_listing_exists",
            "afn_warehouse_quantity",
            "afn_fulfillable_quantity",
            "afn_unsellable_quantity",
            "afn_reserved_quantity",
            "afn_total_quantity",
            "per_unit_volume",
            "afn_inbound_working_quantity",
            "afn_inbound_shipped_quantity",
            "afn_inbound_receiving_quantity",
            "afn_researching_quantity",
            "afn_reserved_future_supply",
            "afn_future_supply_buyable",
            "batch_id");
    private static final List<String> KEY = List.of("account_id", "marketplace", "sku", "snapshot_date");

    private final DSLContext db;

    public StockSnapshots(DSLContext db) {
        this.db = db;
    }

    public Recorder<StockSnapshot> recorder(long accountId, long batchId) {
        return new BulkRecorder<>(BulkUpsert.into(db, "inventory_stock_snapshots", COLUMNS, KEY), s -> new Object[] {
            accountId,
            s.marketplace().code(),
            s.sku(),
            s.snapshotDate(),
            s.fnsku(),
            s.asin(),
            s.productName(),
            s.condition(),
            s.currency(),
            s.yourPrice(),
            s.mfnListingExists(),
            s.mfnFulfillable(),
            s.afnListingExists(),
            s.warehouse(),
            s.fulfillable(),
            s.unsellable(),
            s.reserved(),
            s.total(),
            s.perUnitVolume(),
            s.inboundWorking(),
            s.inboundShipped(),
            s.inboundReceiving(),
            s.researching(),
            s.reservedFutureSupply(),
            s.futureSupplyBuyable(),
            batchId
        });
    }

    public Optional<StockSnapshot> find(long accountId, Marketplace marketplace, String sku, LocalDate day) {
        var t = INVENTORY_STOCK_SNAPSHOTS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.MARKETPLACE.eq(marketplace.code()))
                .and(t.SKU.eq(sku))
                .and(t.SNAPSHOT_DATE.eq(day))
                .fetchOptional(StockSnapshots::snapshot);
    }

    /** Every SKU's snapshot on a day, by marketplace and SKU. */
    public List<StockSnapshot> onDay(long accountId, LocalDate day) {
        var t = INVENTORY_STOCK_SNAPSHOTS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.SNAPSHOT_DATE.eq(day))
                .orderBy(t.MARKETPLACE, t.SKU)
                .fetch(StockSnapshots::snapshot);
    }

    /** A SKU's snapshots in a marketplace, oldest first. */
    public List<StockSnapshot> history(long accountId, Marketplace marketplace, String sku) {
        var t = INVENTORY_STOCK_SNAPSHOTS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.MARKETPLACE.eq(marketplace.code()))
                .and(t.SKU.eq(sku))
                .orderBy(t.SNAPSHOT_DATE)
                .fetch(StockSnapshots::snapshot);
    }

    /** The latest snapshot day of a marketplace on or before {@code day}. */
    public Optional<LocalDate> latestDay(long accountId, Marketplace marketplace, LocalDate day) {
        var t = INVENTORY_STOCK_SNAPSHOTS;
        return Optional.ofNullable(db.select(DSL.max(t.SNAPSHOT_DATE))
                .from(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.MARKETPLACE.eq(marketplace.code()))
                .and(t.SNAPSHOT_DATE.le(day))
                .fetchOne(0, LocalDate.class));
    }

    /** Every snapshot of a marketplace from {@code from} to {@code to}, by SKU and day. */
    public List<StockSnapshot> between(long accountId, Marketplace marketplace, LocalDate from, LocalDate to) {
        var t = INVENTORY_STOCK_SNAPSHOTS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.MARKETPLACE.eq(marketplace.code()))
                .and(t.SNAPSHOT_DATE.between(from, to))
                .orderBy(t.SKU, t.SNAPSHOT_DATE)
                .fetch(StockSnapshots::snapshot);
    }

    private static StockSnapshot snapshot(InventoryStockSnapshotsRecord r) {
        return new StockSnapshot(
                Marketplace.find(r.getMarketplace()).orElseThrow(),
                r.getSku(),
                r.getSnapshotDate(),
                r.getFnsku(),
                r.getAsin(),
                r.getProductName(),
                r.getItemCondition(),
                r.getCurrency(),
                r.getYourPrice(),
                r.getMfnListingExists(),
                r.getMfnFulfillableQuantity(),
                r.getAfnListingExists(),
                r.getAfnWarehouseQuantity(),
                r.getAfnFulfillableQuantity(),
                r.getAfnUnsellableQuantity(),
                r.getAfnReservedQuantity(),
                r.getAfnTotalQuantity(),
                r.getPerUnitVolume(),
                r.getAfnInboundWorkingQuantity(),
                r.getAfnInboundShippedQuantity(),
                r.getAfnInboundReceivingQuantity(),
                r.getAfnResearchingQuantity(),
                r.getAfnReservedFutureSupply(),
                r.getAfnFutureSupplyBuyable());
    }
}
