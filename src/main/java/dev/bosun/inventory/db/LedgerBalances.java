package dev.bosun.inventory.db;

import static dev.bosun.jooq.Tables.INVENTORY_LEDGER_BALANCES;

import dev.bosun.inventory.LedgerBalance;
import dev.bosun.inventory.Recorder;
import dev.bosun.inventory.SellableStock;
import dev.bosun.jooq.tables.records.InventoryLedgerBalancesRecord;
import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Inventory ledger summary lines by day, FNSKU, disposition and location ('' when the report gives none). */
@Repository
public class LedgerBalances {

    private static final List<String> KEY = List.of("account_id", "balance_date", "fnsku", "disposition", "location");
    private static final List<String> COLUMNS = List.of(
            "account_id",
            "balance_date",
            "fnsku",
            "disposition",
            "location",
            "asin",
            "msku",
            "title",
            "starting_warehouse_balance",
            "in_transit_between_warehouses",
            "receipts",
            "customer_shipments",
            "customer_returns",
            "vendor_returns",
            "warehouse_transfer_in_out",
            "found",
            "lost",
            "damaged",
            "disposed",
            "other_events",
            "ending_warehouse_balance",
            "unknown_events",
            "batch_id");

    private final DSLContext db;

    public LedgerBalances(DSLContext db) {
        this.db = db;
    }

    public Recorder<LedgerBalance> recorder(long accountId, long batchId) {
        return new BulkRecorder<>(BulkUpsert.into(db, "inventory_ledger_balances", COLUMNS, KEY), b -> new Object[] {
            accountId,
            b.date(),
            b.fnsku(),
            b.disposition() == null ? "" : b.disposition(),
            b.location() == null ? "" : b.location(),
            b.asin(),
            b.msku(),
            b.title(),
            b.startingWarehouseBalance(),
            b.inTransitBetweenWarehouses(),
            b.receipts(),
            b.customerShipments(),
            b.customerReturns(),
            b.vendorReturns(),
            b.warehouseTransferInOut(),
            b.found(),
            b.lost(),
            b.damaged(),
            b.disposed(),
            b.otherEvents(),
            b.endingWarehouseBalance(),
            b.unknownEvents(),
            batchId
        });
    }

    /** The balances of an FNSKU between two days (inclusive), by day, disposition and location. */
    public List<LedgerBalance> forFnsku(long accountId, String fnsku, LocalDate from, LocalDate to) {
        var t = INVENTORY_LEDGER_BALANCES;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.FNSKU.eq(fnsku))
                .and(t.BALANCE_DATE.between(from, to))
                .orderBy(t.BALANCE_DATE, t.DISPOSITION, t.LOCATION)
                .fetch(LedgerBalances::balance);
    }

    /** The summary lines with units lost, damaged or found between two days (inclusive), in date order. */
    public List<LedgerBalance> withLossesOrFinds(long accountId, LocalDate from, LocalDate to) {
        var t = INVENTORY_LEDGER_BALANCES;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.BALANCE_DATE.between(from, to))
                .and(t.LOST.ne(0).or(t.DAMAGED.ne(0)).or(t.FOUND.ne(0)))
                .orderBy(t.BALANCE_DATE, t.FNSKU, t.DISPOSITION, t.LOCATION)
                .fetch(LedgerBalances::balance);
    }

    /**
     * Sellable units per SKU and day in a marketplace's country: the ending balances of the SELLABLE disposition,
     * summed over FNSKUs of the same SKU. Amazon writes the country as its ISO code (GB for the UK marketplace).
     */
    public List<SellableStock> sellableBetween(
            long accountId, Marketplace marketplace, boolean unlocatedToo, LocalDate from, LocalDate to) {
        var t = INVENTORY_LEDGER_BALANCES;
        List<String> locations = new ArrayList<>(List.of(marketplace.code()));
        if (marketplace == Marketplace.UK) {
            locations.add("GB");
        }
        if (unlocatedToo) {
            locations.add("");
        }
        var units = DSL.sum(t.ENDING_WAREHOUSE_BALANCE).cast(Integer.class);
        return db.select(t.MSKU, DSL.max(t.ASIN), t.BALANCE_DATE, units)
                .from(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.BALANCE_DATE.between(from, to))
                .and(t.DISPOSITION.eq("SELLABLE"))
                .and(t.LOCATION.in(locations))
                .and(t.MSKU.isNotNull())
                .and(t.ENDING_WAREHOUSE_BALANCE.isNotNull())
                .groupBy(t.MSKU, t.BALANCE_DATE)
                .orderBy(t.BALANCE_DATE, t.MSKU)
                .fetch(r -> new SellableStock(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    private static String orNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static LedgerBalance balance(InventoryLedgerBalancesRecord r) {
        return new LedgerBalance(
                r.getBalanceDate(),
                r.getFnsku(),
                orNull(r.getDisposition()),
                orNull(r.getLocation()),
                r.getAsin(),
                r.getMsku(),
                r.getTitle(),
                r.getStartingWarehouseBalance(),
                r.getInTransitBetweenWarehouses(),
                r.getReceipts(),
                r.getCustomerShipments(),
                r.getCustomerReturns(),
                r.getVendorReturns(),
                r.getWarehouseTransferInOut(),
                r.getFound(),
                r.getLost(),
                r.getDamaged(),
                r.getDisposed(),
                r.getOtherEvents(),
                r.getEndingWarehouseBalance(),
                r.getUnknownEvents());
    }
}
