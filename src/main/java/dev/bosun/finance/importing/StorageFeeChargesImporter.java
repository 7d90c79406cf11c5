package dev.bosun.finance.importing;

import static dev.bosun.amazon.ColumnSpec.optional;
import static dev.bosun.amazon.ColumnSpec.required;

import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ImportCounts;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportImporter;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.ReportRow;
import dev.bosun.finance.StorageFee;
import dev.bosun.finance.StorageFees;
import dev.bosun.finance.domain.ChargeMonth;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The Monthly Storage Fees report ({@code GET_FBA_STORAGE_FEE_CHARGES_DATA}): one row per ASIN/FNSKU, fulfilment
 * centre and month, with snake_case headers. The storage-utilization columns some newer files carry are not read.
 */
@Component
class StorageFeeChargesImporter implements ReportImporter {

    static final ReportLayout LAYOUT = ReportLayout.table(
            "finance.fba-storage-fees",
            "FBA monthly storage fees",
            List.of("GET_FBA_STORAGE_FEE_CHARGES_DATA"),
            List.of(
                    required("asin"),
                    required("fnsku"),
                    optional("product_name"),
                    required("fulfillment_center"),
                    optional("country_code"),
                    optional("longest_side"),
                    optional("median_side"),
                    optional("shortest_side"),
                    optional("measurement_units"),
                    optional("weight"),
                    optional("weight_units"),
                    optional("item_volume"),
                    optional("volume_units"),
                    optional("product_size_tier"),
                    optional("average_quantity_on_hand"),
                    optional("average_quantity_pending_removal"),
                    optional("estimated_total_item_volume"),
                    required("month_of_charge"),
                    required("storage_rate"),
                    required("currency"),
                    required("estimated_monthly_storage_fee"),
                    optional("dangerous_goods_storage_type"),
                    optional("eligible_for_inventory_discount"),
                    optional("qualifies_for_inventory_discount"),
                    optional("total_incentive_fee_amount"),
                    optional("breakdown_incentive_fee_amount"),
                    optional("average_quantity_customer_orders")));

    private final StorageFees fees;

    StorageFeeChargesImporter(StorageFees fees) {
        this.fees = fees;
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        StorageFees.Recorder recorder = fees.recorder(context.accountId(), context.batchId());
        for (ReportRow row : content.rows()) {
            StorageFee fee = read(context, row);
            if (fee != null && row.valid()) {
                recorder.add(fee);
                context.coverage().saw(fee.marketplace());
                context.coverage().saw(fee.month().atDay(1));
                context.coverage().saw(fee.month().atEndOfMonth());
            }
        }
        UpsertCounts counts = recorder.finish();
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    private static StorageFee read(ImportContext context, ReportRow row) {
        String fnsku = row.requireText("fnsku");
        String center = row.requireText("fulfillment_center");
        YearMonth month = month(row);
        String currency = Currencies.require(row, "currency");
        BigDecimal fee = row.requireMoney("estimated_monthly_storage_fee");
        String country = row.text("country_code");
        Marketplace marketplace = country == null
                ? context.defaultMarketplace().orElse(null)
                : Marketplace.find(country).orElse(null);
        StorageFee storageFee = new StorageFee(
                month,
                fnsku,
                center,
                row.text("asin"),
                row.text("product_name"),
                country == null || country.length() > 2 ? null : country,
                marketplace,
                row.decimal("longest_side"),
                row.decimal("median_side"),
                row.decimal("shortest_side"),
                row.text("measurement_units"),
                row.decimal("weight"),
                row.text("weight_units"),
                row.decimal("item_volume"),
                row.text("volume_units"),
                row.text("product_size_tier"),
                row.decimal("average_quantity_on_hand"),
                row.decimal("average_quantity_pending_removal"),
                row.decimal("estimated_total_item_volume"),
                row.money("storage_rate"),
                currency,
                fee,
                row.text("dangerous_goods_storage_type"),
                row.bool("eligible_for_inventory_discount"),
                row.bool("qualifies_for_inventory_discount"),
                row.money("total_incentive_fee_amount"),
                row.text("breakdown_incentive_fee_amount"),
                row.decimal("average_quantity_customer_orders"));
        return row.valid() ? storageFee : null;
    }

    private static YearMonth month(ReportRow row) {
        String text = row.requireText("month_of_charge");
        if (text == null) {
            return null;
        }
        return ChargeMonth.parse(text).orElseGet(() -> {
            row.reject("month_of_charge", "a month such as 2026-03 or Mar-2026", "\"" + text + "\"");
            return null;
        });
    }

    @Override
    public java.util.List<String> batchTables() {
        return java.util.List.of("finance_storage_fees");
    }
}
