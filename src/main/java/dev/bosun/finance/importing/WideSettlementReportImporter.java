package dev.bosun.finance.importing;

import static dev.bosun.amazon.ColumnSpec.optional;
import static dev.bosun.amazon.ColumnSpec.required;

import dev.bosun.amazon.ColumnSpec;
import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ImportCounts;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportImporter;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.ReportRow;
import dev.bosun.finance.Settlements;
import dev.bosun.finance.domain.WideSettlementAmount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The older, wide settlement flat file ({@code GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE}, deprecated by Amazon but
 * still in every seller's archive): one column pair per kind of amount ({@code price-type}/{@code price-amount},
 * {@code item-related-fee-type}/{@code item-related-fee-amount}, …), ISO date-times in {@code posted-date}. Each
 * non-empty amount becomes a settlement line in the V2 vocabulary ({@link WideSettlementAmount}); a row can hold
 * several (a fee and its tax) or none (the quantity row of an order item). The promotion columns are missing in
 * some files (real Amazon.ca files of 2025 have 33 columns).
 */
@Component
class WideSettlementReportImporter implements ReportImporter {

    static final ReportLayout LAYOUT = ReportLayout.table(
            "finance.settlement-wide",
            "Settlement report (flat file)",
            List.of("GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE"),
            columns());

    private final Settlements settlements;

    WideSettlementReportImporter(Settlements settlements) {
        this.settlements = settlements;
    }

    private static List<ColumnSpec> columns() {
        List<ColumnSpec> columns = new ArrayList<>(SettlementFileReading.SHARED_COLUMNS);
        for (WideSettlementAmount amount : WideSettlementAmount.values()) {
            boolean core = amount == WideSettlementAmount.PRICE
                    || amount == WideSettlementAmount.ITEM_RELATED_FEE
                    || amount == WideSettlementAmount.OTHER;
            columns.add(core ? required(amount.amountColumn()) : optional(amount.amountColumn()));
            if (amount.typeColumn() != null) {
                columns.add(core ? required(amount.typeColumn()) : optional(amount.typeColumn()));
            }
        }
        return columns;
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        return SettlementFileReading.load(
                context, content, settlements, LAYOUT.id(), WideSettlementReportImporter::amounts);
    }

    private static List<SettlementFileReading.Amount> amounts(ReportRow row, String transactionType) {
        List<SettlementFileReading.Amount> amounts = new ArrayList<>(2);
        for (WideSettlementAmount column : WideSettlementAmount.values()) {
            BigDecimal value = row.money(column.amountColumn());
            if (value == null) {
                continue;
            }
            String type = column.typeColumn() == null ? null : row.text(column.typeColumn());
            amounts.add(new SettlementFileReading.Amount(
                    column.amountType(), column.description(type, transactionType), value));
        }
        return amounts;
    }

    @Override
    public java.util.List<String> batchTables() {
        return java.util.List.of("finance_settlement_lines", "finance_settlements");
    }
}
