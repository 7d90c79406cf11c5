package dev.bosun.finance.db;

import static dev.bosun.jooq.Tables.FINANCE_FEE_ESTIMATES;

import dev.bosun.finance.FeeEstimate;
import dev.bosun.jooq.tables.records.FinanceFeeEstimatesRecord;
import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The latest FBA fee estimate by account, marketplace and SKU. */
@Repository
public class FbaFeeEstimates {

    private static final List<String> COLUMNS = List.of(
            "account_id",
            "marketplace",
            "sku",
            "fnsku",
            "asin",
            "product_name",
            "product_group",
            "brand",
            "fulfilled_by",
            "has_local_inventory",
            "your_price",
            "sales_price",
            "longest_side",
            "median_side",
            "shortest_side",
            "length_and_girth",
            "dimension_unit",
            "item_package_weight",
            "weight_unit",
            "size_tier",
            "currency",
            "estimated_fee_total",
            "referral_fee_per_unit",
            "variable_closing_fee",
            "order_handling_fee_per_order",
            "pick_pack_fee_per_unit",
            "weight_handling_fee_per_unit",
            "fulfillment_fee_per_unit",
            "efn_fee_per_unit_uk",
            "efn_fee_per_unit_de",
            "efn_fee_per_unit_fr",
            "efn_fee_per_unit_it",
            "efn_fee_per_unit_es",
            "efn_fee_per_unit_se",
            "future_fee_total",
            "future_order_handling_fee",
            "future_pick_pack_fee_per_unit",
            "future_weight_handling_fee",
            "future_fulfillment_fee_per_unit",
            "future_referral_fee_per_unit",
            "current_fee_category",
            "future_fee_category",
            "future_fee_effective_date",
            "batch_id");

    private final DSLContext db;

    public FbaFeeEstimates(DSLContext db) {
        this.db = db;
    }

    public Writer writer(long accountId, long batchId) {
        return new Writer(
                BulkUpsert.into(db, "finance_fee_estimates", COLUMNS, List.of("account_id", "marketplace", "sku")),
                accountId,
                batchId);
    }

    public Optional<FeeEstimate> find(long accountId, Marketplace marketplace, String sku) {
        return db.selectFrom(FINANCE_FEE_ESTIMATES)
                .where(FINANCE_FEE_ESTIMATES.ACCOUNT_ID.eq(accountId))
                .and(FINANCE_FEE_ESTIMATES.MARKETPLACE.eq(marketplace.code()))
                .and(FINANCE_FEE_ESTIMATES.SKU.eq(sku))
                .fetchOptional()
                .map(FbaFeeEstimates::estimate);
    }

    public List<FeeEstimate> ofMarketplace(long accountId, Marketplace marketplace) {
        return db.selectFrom(FINANCE_FEE_ESTIMATES)
                .where(FINANCE_FEE_ESTIMATES.ACCOUNT_ID.eq(accountId))
                .and(FINANCE_FEE_ESTIMATES.MARKETPLACE.eq(marketplace.code()))
                .orderBy(FINANCE_FEE_ESTIMATES.SKU)
                .fetch(FbaFeeEstimates::estimate);
    }

    private static FeeEstimate estimate(FinanceFeeEstimatesRecord r) {
        boolean anyFuture = r.getFutureFeeTotal() != null
                || r.getFutureFulfillmentFeePerUnit() != null
                || r.getFutureFeeCategory() != null
                || r.getFutureFeeEffectiveDate() != null;
        boolean anyEfn = r.getEfnFeePerUnitUk() != null
                || r.getEfnFeePerUnitDe() != null
                || r.getEfnFeePerUnitFr() != null
                || r.getEfnFeePerUnitIt() != null
                || r.getEfnFeePerUnitEs() != null
                || r.getEfnFeePerUnitSe() != null;
        return new FeeEstimate(
                Marketplace.find(r.getMarketplace()).orElseThrow(),
                r.getSku(),
                r.getFnsku(),
                r.getAsin(),
                r.getProductName(),
                r.getProductGroup(),
                r.getBrand(),
                r.getFulfilledBy(),
                r.getHasLocalInventory(),
                r.getYourPrice(),
                r.getSalesPrice(),
                new FeeEstimate.Dimensions(
                        r.getLongestSide(),
                        r.getMedianSide(),
                        r.getShortestSide(),
                        r.getLengthAndGirth(),
                        r.getDimensionUnit(),
                        r.getItemPackageWeight(),
                        r.getWeightUnit()),
                r.getSizeTier(),
                r.getCurrency(),
                r.getEstimatedFeeTotal(),
                r.getReferralFeePerUnit(),
                r.getVariableClosingFee(),
                r.getOrderHandlingFeePerOrder(),
                r.getPickPackFeePerUnit(),
                r.getWeightHandlingFeePerUnit(),
                r.getFulfillmentFeePerUnit(),
                anyEfn
                        ? new FeeEstimate.EfnFees(
                                r.getEfnFeePerUnitUk(),
                                r.getEfnFeePerUnitDe(),
                                r.getEfnFeePerUnitFr(),
                                r.getEfnFeePerUnitIt(),
                                r.getEfnFeePerUnitEs(),
                                r.getEfnFeePerUnitSe())
                        : null,
                anyFuture
                        ? new FeeEstimate.FutureFees(
                                r.getFutureFeeTotal(),
                                r.getFutureOrderHandlingFee(),
                                r.getFuturePickPackFeePerUnit(),
                                r.getFutureWeightHandlingFee(),
                                r.getFutureFulfillmentFeePerUnit(),
                                r.getFutureReferralFeePerUnit(),
                                r.getCurrentFeeCategory(),
                                r.getFutureFeeCategory(),
                                r.getFutureFeeEffectiveDate())
                        : null);
    }

    /** Buffers fee estimates and merges them into the table. */
    public static final class Writer {
        private final BulkUpsert upsert;
        private final long accountId;
        private final long batchId;

        Writer(BulkUpsert upsert, long accountId, long batchId) {
            this.upsert = upsert;
            this.accountId = accountId;
            this.batchId = batchId;
        }

        public void add(FeeEstimate e) {
            FeeEstimate.Dimensions d = e.dimensions();
            FeeEstimate.EfnFees efn = e.efnFeesPerUnit();
            FeeEstimate.FutureFees f = e.future();
            upsert.add(
                    accountId,
                    e.marketplace().code(),
                    e.sku(),
                    e.fnsku(),
                    e.asin(),
                    e.productName(),
                    e.productGroup(),
                    e.brand(),
                    e.fulfilledBy(),
                    e.hasLocalInventory(),
                    e.yourPrice(),
                    e.salesPrice(),
                    d.longestSide(),
                    d.medianSide(),
                    d.shortestSide(),
                    d.lengthAndGirth(),
                    d.dimensionUnit(),
                    d.weight(),
                    d.weightUnit(),
                    e.sizeTier(),
                    e.currency(),
                    e.estimatedFeeTotal(),
                    e.referralFeePerUnit(),
                    e.variableClosingFee(),
                    e.orderHandlingFeePerOrder(),
                    e.pickPackFeePerUnit(),
                    e.weightHandlingFeePerUnit(),
                    e.fulfillmentFeePerUnit(),
                    efn == null ? null : efn.uk(),
                    efn == null ? null : efn.de(),
                    efn == null ? null : efn.fr(),
                    efn == null ? null : efn.it(),
                    efn == null ? null : efn.es(),
                    efn == null ? null : efn.se(),
                    f == null ? null : f.feeTotal(),
                    f == null ? null : f.orderHandlingFeePerOrder(),
                    f == null ? null : f.pickPackFeePerUnit(),
                    f == null ? null : f.weightHandlingFeePerUnit(),
                    f == null ? null : f.fulfillmentFeePerUnit(),
                    f == null ? null : f.referralFeePerUnit(),
                    f == null ? null : f.currentCategory(),
                    f == null ? null : f.futureCategory(),
                    f == null ? null : f.effectiveDate(),
                    batchId);
        }

        public UpsertCounts finish() {
            return upsert.finish();
        }
    }
}
