package dev.bosun.finance.importing;

import static dev.bosun.amazon.ColumnSpec.required;

import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ImportCounts;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportImporter;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.ReportRow;
import dev.bosun.finance.UnitCosts;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Bosun's SKU cost template ({@code import-templates/sku-costs.csv}, documented in {@code docs/import-templates.md}):
 * the cost of goods per unit of each SKU from a date on. Key: SKU and date, so importing again replaces that period's
 * cost and a new date adds a period; earlier periods are kept.
 */
@Component
class SkuCostsImporter implements ReportImporter {

    static final ReportLayout LAYOUT = ReportLayout.table(
            "finance.sku-costs",
            "SKU costs (Bosun template)",
            List.of(),
            List.of(
                    required("sku", "seller-sku", "seller sku", "卖家SKU"),
                    required("unit-cost", "unit cost", "cogs", "单位成本", "采购成本", "产品成本"),
                    required("currency", "币种", "货币"),
                    required("effective-from", "effective from", "valid-from", "valid from", "生效日期", "起始日期")));

    private final UnitCosts costs;

    SkuCostsImporter(UnitCosts costs) {
        this.costs = costs;
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        UnitCosts.Recorder recorder = costs.recorder(context.accountId(), context.batchId());
        Map<String, Long> seen = new HashMap<>();
        for (ReportRow row : content.rows()) {
            String sku = row.requireText("sku", 200);
            BigDecimal cost = CostCells.amount(row, "unit-cost", true, 6, false);
            Currency currency = CostCells.currency(row, "currency", true);
            LocalDate from = row.requireDate("effective-from");
            if (sku != null && from != null) {
                Long earlier = seen.putIfAbsent(sku + "\u0001" + from, row.line());
                if (earlier != null) {
                    row.reject(
                            "effective-from",
                            "one cost per SKU and date (line " + earlier + " has " + sku + " from " + from + " too)",
                            "\"" + from + "\"");
                }
            }
            if (row.valid()) {
                recorder.addCogs(sku, from, Money.of(cost, currency));
                context.coverage().saw(from);
            }
        }
        UpsertCounts counts = recorder.finish();
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    @Override
    public long forget(long accountId, long batchId) {
        return costs.forget(accountId, batchId);
    }
}
