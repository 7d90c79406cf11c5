package dev.bosun.finance.importing;

import static dev.bosun.amazon.ColumnSpec.optional;
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
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Bosun's expenses template ({@code import-templates/expenses.csv}): the account's other costs per month (software,
 * salaries, photography …). Key: month, category and note, so importing again replaces the amount.
 */
@Component
class ExpensesImporter implements ReportImporter {

    static final ReportLayout LAYOUT = ReportLayout.table(
            "finance.expenses",
            "Expenses (Bosun template)",
            List.of(),
            List.of(
                    required("month", "月份"),
                    required("category", "类别", "费用类别"),
                    required("amount", "金额"),
                    required("currency", "币种", "货币"),
                    optional("note", "备注", "说明")));

    private final UnitCosts costs;

    ExpensesImporter(UnitCosts costs) {
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
            YearMonth month = CostCells.month(row, "month");
            String category = row.requireText("category", 60);
            Currency currency = CostCells.currency(row, "currency", true);
            int decimals = currency == null ? 2 : Math.max(currency.getDefaultFractionDigits(), 0);
            BigDecimal amount = CostCells.amount(row, "amount", true, decimals, false);
            String note = row.text("note", 500);
            if (month != null && category != null) {
                String key =
                        month + "\u0001" + category.toLowerCase(Locale.ROOT) + "\u0001" + (note == null ? "" : note);
                Long earlier = seen.putIfAbsent(key, row.line());
                if (earlier != null) {
                    row.reject(
                            "note",
                            "one row per month, category and note (line " + earlier
                                    + " is the same expense; tell them apart by their note)",
                            note == null ? "an empty note" : "\"" + note + "\"");
                }
            }
            if (row.valid()) {
                recorder.addExpense(month, category, note, Money.of(amount, currency));
                context.coverage().saw(month.atDay(1));
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
