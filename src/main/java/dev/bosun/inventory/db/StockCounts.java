package dev.bosun.inventory.db;

import static dev.bosun.jooq.Tables.INVENTORY_STOCK_COUNTS;

import dev.bosun.inventory.StockCount;
import dev.bosun.inventory.StockLocation;
import dev.bosun.jooq.tables.records.InventoryStockCountsRecord;
import dev.bosun.shared.Marketplace;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Hand counts of stock outside Amazon, every count kept as history. */
@Repository
public class StockCounts {

    private final DSLContext db;

    public StockCounts(DSLContext db) {
        this.db = db;
    }

    /** Adds a count; returns its id. */
    public long add(long accountId, StockCount c) {
        var t = INVENTORY_STOCK_COUNTS;
        return db.insertInto(t)
                .set(t.ACCOUNT_ID, accountId)
                .set(t.MARKETPLACE, c.marketplace().code())
                .set(t.SKU, c.sku())
                .set(t.LOCATION_KIND, c.location().name())
                .set(t.LOCATION, c.locationName())
                .set(t.QUANTITY, c.quantity())
                .set(t.COUNTED_ON, c.countedOn())
                .set(t.COUNTED_BY, c.countedBy())
                .set(t.RECORDED_AT, c.recordedAt().atOffset(ZoneOffset.UTC))
                .set(t.NOTE, c.note())
                .returning(t.ID)
                .fetchOne(t.ID);
    }

    /** The counts of a marketplace on or before a day, oldest first. */
    public List<StockCount> upTo(long accountId, Marketplace marketplace, LocalDate day) {
        var t = INVENTORY_STOCK_COUNTS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.MARKETPLACE.eq(marketplace.code()))
                .and(t.COUNTED_ON.le(day))
                .orderBy(t.COUNTED_ON, t.RECORDED_AT, t.ID)
                .fetch(StockCounts::count);
    }

    /** Every count of a SKU in a marketplace, newest first. */
    public List<StockCount> ofSku(long accountId, Marketplace marketplace, String sku) {
        var t = INVENTORY_STOCK_COUNTS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.MARKETPLACE.eq(marketplace.code()))
                .and(t.SKU.eq(sku))
                .orderBy(t.COUNTED_ON.desc(), t.RECORDED_AT.desc(), t.ID.desc())
                .fetch(StockCounts::count);
    }

    private static StockCount count(InventoryStockCountsRecord r) {
        return new StockCount(
                r.getId(),
                Marketplace.find(r.getMarketplace()).orElseThrow(),
                r.getSku(),
                StockLocation.valueOf(r.getLocationKind()),
                r.getLocation(),
                r.getQuantity(),
                r.getCountedOn(),
                r.getCountedBy(),
                Instant.from(r.getRecordedAt()),
                r.getNote());
    }
}
