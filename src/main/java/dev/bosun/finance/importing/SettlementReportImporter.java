package dev.bosun.finance.importing;

import static dev.bosun.amazon.ColumnSpec.required;

import dev.bosun.amazon.ColumnSpec;
import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ImportCounts;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportImporter;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.ReportRow;
import dev.bosun.finance.Settlements;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The V2 settlement flat file ({@code GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2}), columns per Amazon's
 * settlement report attributes: one amount per row in {@code amount-type}, {@code amount-description} and
 * {@code amount}, amounts in the marketplace's number format ({@code 95,00} in the EU), {@code posted-date} as
 * {@code MM/DD/YY} (or {@code DD.MM.YYYY}) next to {@code posted-date-time} ({@code YYYY-MM-DD HH:MM:SS UTC}).
 */
@Component
class SettlementReportImporter implements ReportImporter {

    static final ReportLayout LAYOUT = ReportLayout.table(
            "finance.settlement-v2",
            "Settlement report (flat file V2)",
            List.of("GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2"),
            columns());

    private final Settlements settlements;

    SettlementReportImporter(Settlements settlements) {
        this.settlements = settlements;
    }

    private static List<ColumnSpec> columns() {
        List<ColumnSpec> columns = new ArrayList<>(SettlementFileReading.SHARED_COLUMNS);
        columns.add(required("amount-type"));
        columns.add(required("amount-description"));
        columns.add(required("amount"));
        return columns;
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        return SettlementFileReading.load(context, content, settlements, LAYOUT.id(), SettlementReportImporter::amount);
    }

    private static List<SettlementFileReading.Amount> amount(ReportRow row, String transactionType) {
        BigDecimal amount = row.requireMoney("amount");
        if (amount == null) {
            return List.of();
        }
        return List.of(
                new SettlementFileReading.Amount(row.text("amount-type"), row.text("amount-description"), amount));
    }

    @Override
    public java.util.List<String> batchTables() {
        return java.util.List.of("finance_settlement_lines", "finance_settlements");
    }
}
