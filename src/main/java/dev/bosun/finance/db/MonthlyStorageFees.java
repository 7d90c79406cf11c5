package dev.bosun.finance.db;

import static dev.bosun.jooq.Tables.FINANCE_STORAGE_FEES;

import dev.bosun.finance.StorageFee;
import dev.bosun.jooq.tables.records.FinanceStorageFeesRecord;
import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.time.YearMonth;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Monthly storage fees by account, month, FNSKU and fulfilment centre. */
@Repository
public class MonthlyStorageFees {

    private static final List<String> COLUMNS = List.of(
            "account_id",
            "charge_month",
            "fnsku",
            "fulfillment_center",
            "asin",
            "product_name",
            "country_code",
            "marketplace",
            "longest_side",
            "median_side",
            "shortest_side",
            "measurement_units",
            "weight",
            "weight_units",
            "item_volume",
            "volume_units",
            "product_size_tier",
            "average_quantity_on_hand",
            "average_quantity_pending_removal",
            "estimated_total_item_volume",
            "storage_rate",
            "currency",
            "estimated_monthly_storage_fee",
            "dangerous_goods_storage_type",
            "eligible_for_inventory_discount",
            "qualifies_for_inventory_discount",
            "total_incentive_fee_amount",
            "breakdown_incentive_fee_amount",
            "average_quantity_customer_orders",
            "batch_id");

    private final DSLContext db;

    public MonthlyStorageFees(DSLContext db) {
        this.db = db;
    }

    public Writer writer(long accountId, long batchId) {
        return new Writer(
                BulkUpsert.into(
                        db,
                        "finance_storage_fees",
                        COLUMNS,
                        List.of("account_id", "charge_month", "fnsku", "fulfillment_center")),
                accountId,
                batchId);
    }

    public List<StorageFee> ofMonth(long accountId, YearMonth month) {
        return db.selectFrom(FINANCE_STORAGE_FEES)
                .where(FINANCE_STORAGE_FEES.ACCOUNT_ID.eq(accountId))
                .and(FINANCE_STORAGE_FEES.CHARGE_MONTH.eq(month.atDay(1)))
                .orderBy(FINANCE_STORAGE_FEES.FNSKU, FINANCE_STORAGE_FEES.FULFILLMENT_CENTER)
                .fetch(MonthlyStorageFees::fee);
    }

    private static StorageFee fee(FinanceStorageFeesRecord r) {
        return new StorageFee(
                YearMonth.from(r.getChargeMonth()),
                r.getFnsku(),
                r.getFulfillmentCenter(),
                r.getAsin(),
                r.getProductName(),
                r.getCountryCode(),
                r.getMarketplace() == null
                        ? null
                        : Marketplace.find(r.getMarketplace()).orElseThrow(),
                r.getLongestSide(),
                r.getMedianSide(),
                r.getShortestSide(),
                r.getMeasurementUnits(),
                r.getWeight(),
                r.getWeightUnits(),
                r.getItemVolume(),
                r.getVolumeUnits(),
                r.getProductSizeTier(),
                r.getAverageQuantityOnHand(),
                r.getAverageQuantityPendingRemoval(),
                r.getEstimatedTotalItemVolume(),
                r.getStorageRate(),
                r.getCurrency(),
                r.getEstimatedMonthlyStorageFee(),
                r.getDangerousGoodsStorageType(),
                r.getEligibleForInventoryDiscount(),
                r.getQualifiesForInventoryDiscount(),
                r.getTotalIncentiveFeeAmount(),
                r.getBreakdownIncentiveFeeAmount(),
                r.getAverageQuantityCustomerOrders());
    }

    /** Buffers storage fees and merges them into the table. */
    public static final class Writer {
        private final BulkUpsert upsert;
        private final long accountId;
        private final long batchId;

        Writer(BulkUpsert upsert, long accountId, long batchId) {
            this.upsert = upsert;
            this.accountId = accountId;
            this.batchId = batchId;
        }

        public void add(StorageFee f) {
            upsert.add(
                    accountId,
                    f.month().atDay(1),
                    f.fnsku(),
                    f.fulfillmentCenter(),
                    f.asin(),
                    f.productName(),
                    f.countryCode(),
                    f.marketplace() == null ? null : f.marketplace().code(),
                    f.longestSide(),
                    f.medianSide(),
                    f.shortestSide(),
                    f.measurementUnits(),
                    f.weight(),
                    f.weightUnits(),
                    f.itemVolume(),
                    f.volumeUnits(),
                    f.productSizeTier(),
                    f.averageQuantityOnHand(),
                    f.averageQuantityPendingRemoval(),
                    f.estimatedTotalItemVolume(),
                    f.storageRate(),
                    f.currency(),
                    f.estimatedMonthlyStorageFee(),
                    f.dangerousGoodsStorageType(),
                    f.eligibleForInventoryDiscount(),
                    f.qualifiesForInventoryDiscount(),
                    f.totalIncentiveFeeAmount(),
                    f.breakdownIncentiveFeeAmount(),
                    f.averageQuantityCustomerOrders(),
                    batchId);
        }

        public UpsertCounts finish() {
            return upsert.finish();
        }
    }
}
