package dev.bosun.inventory.db;

import static dev.bosun.jooq.Tables.INVENTORY_RESTOCK_RECOMMENDATIONS;

import dev.bosun.inventory.Recorder;
import dev.bosun.inventory.RestockRecommendation;
import dev.bosun.jooq.tables.records.InventoryRestockRecommendationsRecord;
import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Restock recommendations by account, marketplace, SKU and day. */
@Repository
public class RestockRecommendations {

    private static final List<String> COLUMNS = List.of(
            "account_id",
            "marketplace",
            "sku",
            "snapshot_date",
            "product_name",
            "fnsku",
            "asin",
            "item_condition",
            "supplier",
            "supplier_part_no",
            "currency",
            "price",
            "sales_last_30_days",
            "units_sold_last_30_days",
            "total_units",
            "inbound",
            "available",
            "fc_transfer",
            "fc_processing",
            "customer_order",
            "unfulfillable",
            "working",
            "shipped",
            "receiving",
            "fulfilled_by",
            "total_days_of_supply",
            "days_of_supply_at_amazon",
            "alert",
            "recommended_replenishment_qty",
            "recommended_ship_date",
            "recommended_action",
            "unit_storage_size",
            "batch_id");
    private static final List<String> KEY = List.of("account_id", "marketplace", "sku", "snapshot_date");

    private final DSLContext db;

    public RestockRecommendations(DSLContext db) {
        this.db = db;
    }

    public Recorder<RestockRecommendation> recorder(long accountId, long batchId) {
        return new BulkRecorder<>(
                BulkUpsert.into(db, "inventory_restock_recommendations", COLUMNS, KEY), r -> new Object[] {
                    accountId,
                    r.marketplace().code(),
                    r.sku(),
                    r.snapshotDate(),
                    r.productName(),
                    r.fnsku(),
                    r.asin(),
                    r.condition(),
                    r.supplier(),
                    r.supplierPartNo(),
                    r.currency(),
                    r.price(),
                    r.salesLast30Days(),
                    r.unitsSoldLast30Days(),
                    r.totalUnits(),
                    r.inbound(),
                    r.available(),
                    r.fcTransfer(),
                    r.fcProcessing(),
                    r.customerOrder(),
                    r.unfulfillable(),
                    r.working(),
                    r.shipped(),
                    r.receiving(),
                    r.fulfilledBy(),
                    r.totalDaysOfSupply(),
                    r.daysOfSupplyAtAmazon(),
                    r.alert(),
                    r.recommendedReplenishmentQty(),
                    r.recommendedShipDate(),
                    r.recommendedAction(),
                    r.unitStorageSize(),
                    batchId
                });
    }

    public Optional<RestockRecommendation> find(long accountId, Marketplace marketplace, String sku, LocalDate day) {
        var t = INVENTORY_RESTOCK_RECOMMENDATIONS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.MARKETPLACE.eq(marketplace.code()))
                .and(t.SKU.eq(sku))
                .and(t.SNAPSHOT_DATE.eq(day))
                .fetchOptional(RestockRecommendations::recommendation);
    }

    /** The recommendations of a day that ask for units to be sent, most units first. */
    public List<RestockRecommendation> toReplenish(long accountId, LocalDate day) {
        var t = INVENTORY_RESTOCK_RECOMMENDATIONS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.SNAPSHOT_DATE.eq(day))
                .and(t.RECOMMENDED_REPLENISHMENT_QTY.gt(0))
                .orderBy(t.RECOMMENDED_REPLENISHMENT_QTY.desc(), t.MARKETPLACE, t.SKU)
                .fetch(RestockRecommendations::recommendation);
    }

    private static RestockRecommendation recommendation(InventoryRestockRecommendationsRecord r) {
        return new RestockRecommendation(
                Marketplace.find(r.getMarketplace()).orElseThrow(),
                r.getSku(),
                r.getSnapshotDate(),
                r.getProductName(),
                r.getFnsku(),
                r.getAsin(),
                r.getItemCondition(),
                r.getSupplier(),
                r.getSupplierPartNo(),
                r.getCurrency(),
                r.getPrice(),
                r.getSalesLast_30Days(),
                r.getUnitsSoldLast_30Days(),
                r.getTotalUnits(),
                r.getInbound(),
                r.getAvailable(),
                r.getFcTransfer(),
                r.getFcProcessing(),
                r.getCustomerOrder(),
                r.getUnfulfillable(),
                r.getWorking(),
                r.getShipped(),
                r.getReceiving(),
                r.getFulfilledBy(),
                r.getTotalDaysOfSupply(),
                r.getDaysOfSupplyAtAmazon(),
                r.getAlert(),
                r.getRecommendedReplenishmentQty(),
                r.getRecommendedShipDate(),
                r.getRecommendedAction(),
                r.getUnitStorageSize());
    }
}
