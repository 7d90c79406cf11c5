package dev.bosun.inventory.db;

import static dev.bosun.jooq.Tables.INVENTORY_PLANNING_SNAPSHOTS;

import dev.bosun.inventory.PlanningSnapshot;
import dev.bosun.inventory.Recorder;
import dev.bosun.jooq.tables.records.InventoryPlanningSnapshotsRecord;
import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Inventory planning lines by account, marketplace, SKU and snapshot date. */
@Repository
public class PlanningSnapshots {

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
            "available",
            "pending_removal_quantity",
            "inv_age_0_to_90_days",
            "inv_age_91_to_180_days",
            "inv_age_181_to_270_days",
            "inv_age_271_to_365_days",
            "inv_age_365_plus_days",
            "inv_age_0_to_30_days",
            "inv_age_31_to_60_days",
            "inv_age_61_to_90_days",
            "inv_age_181_to_330_days",
            "inv_age_331_to_365_days",
            "units_shipped_t7",
            "units_shipped_t30",
            "units_shipped_t60",
            "units_shipped_t90",
            "sales_shipped_last_7_days",
            "sales_shipped_last_30_days",
            "sales_shipped_last_60_days",
            "sales_shipped_last_90_days",
            "alert",
            "your_price",
            "sales_price",
            "lowest_price_new_plus_shipping",
            "lowest_price_used",
            "featured_offer_price",
            "recommended_action",
            "healthy_inventory_level",
            "recommended_sales_price",
            "recommended_sale_duration_days",
            "recommended_removal_quantity",
            "estimated_cost_savings",
            "sell_through",
            "item_volume",
            "volume_unit",
            "storage_type",
            "storage_volume",
            "product_group",
            "sales_rank",
            "days_of_supply",
            "estimated_excess_quantity",
            "weeks_of_cover_t30",
            "weeks_of_cover_t90",
            "estimated_storage_cost_next_month",
            "estimated_ltsf_next_charge",
            "qty_to_be_charged_ltsf_12_mo",
            "inbound_quantity",
            "inbound_working",
            "inbound_shipped",
            "inbound_received",
            "reserved_quantity",
            "unfulfillable_quantity",
            "no_sale_last_6_months",
            "estimated_ais_181_210_days",
            "estimated_ais_211_240_days",
            "estimated_ais_241_270_days",
            "estimated_ais_271_300_days",
            "estimated_ais_301_330_days",
            "estimated_ais_331_365_days",
            "estimated_ais_365_plus_days",
            "qty_charged_ais_181_210_days",
            "qty_charged_ais_211_240_days",
            "qty_charged_ais_241_270_days",
            "qty_charged_ais_271_300_days",
            "qty_charged_ais_301_330_days",
            "qty_charged_ais_331_365_days",
            "qty_charged_ais_365_plus_days",
            "batch_id");
    private static final List<String> KEY = List.of("account_id", "marketplace", "sku", "snapshot_date");

    private final DSLContext db;

    public PlanningSnapshots(DSLContext db) {
        this.db = db;
    }

    public Recorder<PlanningSnapshot> recorder(long accountId, long batchId) {
        return new BulkRecorder<>(
                BulkUpsert.into(db, "inventory_planning_snapshots", COLUMNS, KEY), p -> values(accountId, p, batchId));
    }

    private static Object[] values(long accountId, PlanningSnapshot p, long batchId) {
        var a = p.ages();
        var s = p.shipped();
        var ais = p.agedSurcharge();
        return new Object[] {
            accountId,
            p.marketplace().code(),
            p.sku(),
            p.snapshotDate(),
            p.fnsku(),
            p.asin(),
            p.productName(),
            p.condition(),
            p.currency(),
            p.available(),
            p.pendingRemoval(),
            a.days0To90(),
            a.days91To180(),
            a.days181To270(),
            a.days271To365(),
            a.days365Plus(),
            a.days0To30(),
            a.days31To60(),
            a.days61To90(),
            a.days181To330(),
            a.days331To365(),
            s.unitsT7(),
            s.unitsT30(),
            s.unitsT60(),
            s.unitsT90(),
            s.salesT7(),
            s.salesT30(),
            s.salesT60(),
            s.salesT90(),
            p.alert(),
            p.yourPrice(),
            p.salesPrice(),
            p.lowestPriceNewPlusShipping(),
            p.lowestPriceUsed(),
            p.featuredOfferPrice(),
            p.recommendedAction(),
            p.healthyInventoryLevel(),
            p.recommendedSalesPrice(),
            p.recommendedSaleDurationDays(),
            p.recommendedRemovalQuantity(),
            p.estimatedCostSavings(),
            p.sellThrough(),
            p.itemVolume(),
            p.volumeUnit(),
            p.storageType(),
            p.storageVolume(),
            p.productGroup(),
            p.salesRank(),
            p.daysOfSupply(),
            p.estimatedExcessQuantity(),
            p.weeksOfCoverT30(),
            p.weeksOfCoverT90(),
            p.estimatedStorageCostNextMonth(),
            p.estimatedLtsfNextCharge(),
            p.qtyToBeChargedLtsf12Months(),
            p.inboundQuantity(),
            p.inboundWorking(),
            p.inboundShipped(),
            p.inboundReceived(),
            p.reservedQuantity(),
            p.unfulfillableQuantity(),
            p.noSaleLast6Months(),
            ais.estimated181To210(),
            ais.estimated211To240(),
            ais.estimated241To270(),
            ais.estimated271To300(),
            ais.estimated301To330(),
            ais.estimated331To365(),
            ais.estimated365Plus(),
            ais.units181To210(),
            ais.units211To240(),
            ais.units241To270(),
            ais.units271To300(),
            ais.units301To330(),
            ais.units331To365(),
            ais.units365Plus(),
            batchId
        };
    }

    public Optional<PlanningSnapshot> find(long accountId, Marketplace marketplace, String sku, LocalDate day) {
        var t = INVENTORY_PLANNING_SNAPSHOTS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.MARKETPLACE.eq(marketplace.code()))
                .and(t.SKU.eq(sku))
                .and(t.SNAPSHOT_DATE.eq(day))
                .fetchOptional(PlanningSnapshots::snapshot);
    }

    /** The latest snapshot date on or before {@code day}. */
    public Optional<LocalDate> latestDay(long accountId, LocalDate day) {
        var t = INVENTORY_PLANNING_SNAPSHOTS;
        return Optional.ofNullable(db.select(org.jooq.impl.DSL.max(t.SNAPSHOT_DATE))
                .from(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.SNAPSHOT_DATE.le(day))
                .fetchOne(0, LocalDate.class));
    }

    /** The lines of a snapshot date with estimated excess units, most excess first. */
    public List<PlanningSnapshot> withExcess(long accountId, LocalDate day) {
        var t = INVENTORY_PLANNING_SNAPSHOTS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.SNAPSHOT_DATE.eq(day))
                .and(t.ESTIMATED_EXCESS_QUANTITY.gt(0))
                .orderBy(t.ESTIMATED_EXCESS_QUANTITY.desc(), t.MARKETPLACE, t.SKU)
                .fetch(PlanningSnapshots::snapshot);
    }

    private static PlanningSnapshot snapshot(InventoryPlanningSnapshotsRecord r) {
        return new PlanningSnapshot(
                Marketplace.find(r.getMarketplace()).orElseThrow(),
                r.getSku(),
                r.getSnapshotDate(),
                r.getFnsku(),
                r.getAsin(),
                r.getProductName(),
                r.getItemCondition(),
                r.getCurrency(),
                r.getAvailable(),
                r.getPendingRemovalQuantity(),
                new PlanningSnapshot.StockAges(
                        r.getInvAge_0To_90Days(),
                        r.getInvAge_91To_180Days(),
                        r.getInvAge_181To_270Days(),
                        r.getInvAge_271To_365Days(),
                        r.getInvAge_365PlusDays(),
                        r.getInvAge_0To_30Days(),
                        r.getInvAge_31To_60Days(),
                        r.getInvAge_61To_90Days(),
                        r.getInvAge_181To_330Days(),
                        r.getInvAge_331To_365Days()),
                new PlanningSnapshot.Shipped(
                        r.getUnitsShippedT7(),
                        r.getUnitsShippedT30(),
                        r.getUnitsShippedT60(),
                        r.getUnitsShippedT90(),
                        r.getSalesShippedLast_7Days(),
                        r.getSalesShippedLast_30Days(),
                        r.getSalesShippedLast_60Days(),
                        r.getSalesShippedLast_90Days()),
                r.getAlert(),
                r.getYourPrice(),
                r.getSalesPrice(),
                r.getLowestPriceNewPlusShipping(),
                r.getLowestPriceUsed(),
                r.getFeaturedOfferPrice(),
                r.getRecommendedAction(),
                r.getHealthyInventoryLevel(),
                r.getRecommendedSalesPrice(),
                r.getRecommendedSaleDurationDays(),
                r.getRecommendedRemovalQuantity(),
                r.getEstimatedCostSavings(),
                r.getSellThrough(),
                r.getItemVolume(),
                r.getVolumeUnit(),
                r.getStorageType(),
                r.getStorageVolume(),
                r.getProductGroup(),
                r.getSalesRank(),
                r.getDaysOfSupply(),
                r.getEstimatedExcessQuantity(),
                r.getWeeksOfCoverT30(),
                r.getWeeksOfCoverT90(),
                r.getEstimatedStorageCostNextMonth(),
                r.getEstimatedLtsfNextCharge(),
                r.getQtyToBeChargedLtsf_12Mo(),
                r.getInboundQuantity(),
                r.getInboundWorking(),
                r.getInboundShipped(),
                r.getInboundReceived(),
                r.getReservedQuantity(),
                r.getUnfulfillableQuantity(),
                r.getNoSaleLast_6Months(),
                new PlanningSnapshot.AgedSurcharge(
                        r.getEstimatedAis_181_210Days(),
                        r.getEstimatedAis_211_240Days(),
                        r.getEstimatedAis_241_270Days(),
                        r.getEstimatedAis_271_300Days(),
                        r.getEstimatedAis_301_330Days(),
                        r.getEstimatedAis_331_365Days(),
                        r.getEstimatedAis_365PlusDays(),
                        r.getQtyChargedAis_181_210Days(),
                        r.getQtyChargedAis_211_240Days(),
                        r.getQtyChargedAis_241_270Days(),
                        r.getQtyChargedAis_271_300Days(),
                        r.getQtyChargedAis_301_330Days(),
                        r.getQtyChargedAis_331_365Days(),
                        r.getQtyChargedAis_365PlusDays()));
    }
}
