package dev.bosun.finance.importing;

import static dev.bosun.amazon.ColumnSpec.optional;
import static dev.bosun.amazon.ColumnSpec.required;

import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ImportCounts;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportImporter;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.ReportRow;
import dev.bosun.finance.FeeEstimate;
import dev.bosun.finance.FeeEstimates;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The FBA Fee Preview ({@code GET_FBA_ESTIMATED_FBA_FEES_TXT_DATA}), one row per SKU. Two variants are known: the
 * North American one (size tier, pick-and-pack and weight-handling fees, announced future fees) and the European
 * one (size-weight band, domestic and EFN cross-border fulfilment fees, British spelling "fulfilment"); both are
 * read into one estimate per SKU and marketplace. The report names no marketplace: it is the one given on import,
 * else the account's marketplace that settles in the row's currency.
 */
@Component
class FbaEstimatedFeesImporter implements ReportImporter {

    static final ReportLayout LAYOUT = ReportLayout.table(
            "finance.fba-fee-estimates",
            "FBA fee preview (estimated FBA fees)",
            List.of("GET_FBA_ESTIMATED_FBA_FEES_TXT_DATA"),
            List.of(
                    required("sku"),
                    required("fnsku"),
                    required("asin"),
                    optional("product-name"),
                    optional("product-group"),
                    optional("brand"),
                    optional("fulfilled-by"),
                    optional("has-local-inventory"),
                    optional("your-price"),
                    optional("sales-price"),
                    optional("longest-side"),
                    optional("median-side"),
                    optional("shortest-side"),
                    optional("length-and-girth"),
                    optional("unit-of-dimension"),
                    optional("item-package-weight"),
                    optional("unit-of-weight"),
                    optional("product-size-tier", "product-size-weight-band"),
                    required("currency"),
                    required("estimated-fee-total"),
                    required("estimated-referral-fee-per-unit"),
                    optional("estimated-variable-closing-fee"),
                    optional("estimated-order-handling-fee-per-order"),
                    optional("estimated-pick-pack-fee-per-unit"),
                    optional("estimated-weight-handling-fee-per-unit"),
                    optional("expected-fulfillment-fee-per-unit", "expected-domestic-fulfilment-fee-per-unit"),
                    optional("expected-efn-fulfilment-fee-per-unit-uk"),
                    optional("expected-efn-fulfilment-fee-per-unit-de"),
                    optional("expected-efn-fulfilment-fee-per-unit-fr"),
                    optional("expected-efn-fulfilment-fee-per-unit-it"),
                    optional("expected-efn-fulfilment-fee-per-unit-es"),
                    optional("expected-efn-fulfilment-fee-per-unit-se"),
                    optional(
                            "estimated-future-fee",
                            "estimated-future-fee (Current Selling on Amazon + Future Fulfillment fees)"),
                    optional("estimated-future-order-handling-fee-per-order"),
                    optional("estimated-future-pick-pack-fee-per-unit"),
                    optional("estimated-future-weight-handling-fee-per-unit"),
                    optional("expected-future-fulfillment-fee-per-unit"),
                    optional("estimated-future-referral-fee-per-unit"),
                    optional("current-fee-category"),
                    optional("future-fee-category"),
                    optional("future-fee-category-effective-date")));

    private final FeeEstimates estimates;

    FbaEstimatedFeesImporter(FeeEstimates estimates) {
        this.estimates = estimates;
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        FeeEstimates.Recorder recorder = estimates.recorder(context.accountId(), context.batchId());
        for (ReportRow row : content.rows()) {
            FeeEstimate estimate = read(context, row);
            if (estimate != null && row.valid()) {
                recorder.add(estimate);
                context.coverage().saw(estimate.marketplace());
            }
        }
        UpsertCounts counts = recorder.finish();
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    private static FeeEstimate read(ImportContext context, ReportRow row) {
        String sku = row.requireText("sku");
        String currency = Currencies.require(row, "currency");
        Marketplace marketplace = RowMarketplaces.require(context, row, "currency", currency);
        var dimensions = new FeeEstimate.Dimensions(
                row.decimal("longest-side"),
                row.decimal("median-side"),
                row.decimal("shortest-side"),
                row.decimal("length-and-girth"),
                row.text("unit-of-dimension"),
                row.decimal("item-package-weight"),
                row.text("unit-of-weight"));
        var efn = new FeeEstimate.EfnFees(
                row.money("expected-efn-fulfilment-fee-per-unit-uk"),
                row.money("expected-efn-fulfilment-fee-per-unit-de"),
                row.money("expected-efn-fulfilment-fee-per-unit-fr"),
                row.money("expected-efn-fulfilment-fee-per-unit-it"),
                row.money("expected-efn-fulfilment-fee-per-unit-es"),
                row.money("expected-efn-fulfilment-fee-per-unit-se"));
        var future = new FeeEstimate.FutureFees(
                row.money("estimated-future-fee"),
                row.money("estimated-future-order-handling-fee-per-order"),
                row.money("estimated-future-pick-pack-fee-per-unit"),
                row.money("estimated-future-weight-handling-fee-per-unit"),
                row.money("expected-future-fulfillment-fee-per-unit"),
                row.money("estimated-future-referral-fee-per-unit"),
                row.text("current-fee-category"),
                row.text("future-fee-category"),
                row.date("future-fee-category-effective-date"));
        FeeEstimate estimate = new FeeEstimate(
                marketplace,
                sku,
                row.text("fnsku"),
                row.text("asin"),
                row.text("product-name"),
                row.text("product-group"),
                row.text("brand"),
                row.text("fulfilled-by"),
                row.bool("has-local-inventory"),
                row.money("your-price"),
                row.money("sales-price"),
                dimensions,
                row.text("product-size-tier"),
                currency,
                row.money("estimated-fee-total"),
                row.money("estimated-referral-fee-per-unit"),
                row.money("estimated-variable-closing-fee"),
                row.money("estimated-order-handling-fee-per-order"),
                row.money("estimated-pick-pack-fee-per-unit"),
                row.money("estimated-weight-handling-fee-per-unit"),
                row.money("expected-fulfillment-fee-per-unit"),
                empty(efn) ? null : efn,
                empty(future) ? null : future);
        return row.valid() ? estimate : null;
    }

    private static boolean empty(FeeEstimate.EfnFees f) {
        return f.uk() == null && f.de() == null && f.fr() == null && f.it() == null && f.es() == null && f.se() == null;
    }

    private static boolean empty(FeeEstimate.FutureFees f) {
        return f.feeTotal() == null
                && f.orderHandlingFeePerOrder() == null
                && f.pickPackFeePerUnit() == null
                && f.weightHandlingFeePerUnit() == null
                && f.fulfillmentFeePerUnit() == null
                && f.referralFeePerUnit() == null
                && f.currentCategory() == null
                && f.futureCategory() == null
                && f.effectiveDate() == null;
    }

    @Override
    public java.util.List<String> batchTables() {
        return java.util.List.of("finance_fee_estimates");
    }
}
