package dev.bosun.finance.importing;

import static dev.bosun.amazon.ColumnSpec.optional;
import static dev.bosun.amazon.ColumnSpec.required;

import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ImportCounts;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportImporter;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.ReportRow;
import dev.bosun.finance.Reimbursement;
import dev.bosun.finance.Reimbursements;
import dev.bosun.platform.db.UpsertCounts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The FBA reimbursements report ({@code GET_FBA_REIMBURSEMENTS_DATA}), columns per Amazon's FBA payments report
 * attributes. A reimbursement id can cover several rows, so each row is numbered within its id in file order.
 */
@Component
class FbaReimbursementsImporter implements ReportImporter {

    static final ReportLayout LAYOUT = ReportLayout.table(
            "finance.fba-reimbursements",
            "FBA reimbursements",
            List.of("GET_FBA_REIMBURSEMENTS_DATA"),
            List.of(
                    required("approval-date"),
                    required("reimbursement-id"),
                    optional("case-id"),
                    optional("amazon-order-id"),
                    required("reason"),
                    optional("sku"),
                    optional("fnsku"),
                    optional("asin"),
                    optional("product-name"),
                    optional("condition"),
                    required("currency-unit"),
                    required("amount-per-unit"),
                    required("amount-total"),
                    optional("quantity-reimbursed-cash"),
                    optional("quantity-reimbursed-inventory"),
                    required("quantity-reimbursed-total"),
                    optional("original-reimbursement-id"),
                    optional("original-reimbursement-type")));

    private final Reimbursements reimbursements;

    FbaReimbursementsImporter(Reimbursements reimbursements) {
        this.reimbursements = reimbursements;
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        Reimbursements.Recorder recorder = reimbursements.recorder(context.accountId(), context.batchId());
        Map<String, Integer> rowsPerId = new HashMap<>();
        for (ReportRow row : content.rows()) {
            String id = row.requireText("reimbursement-id");
            if (id == null) {
                continue;
            }
            int lineNo = rowsPerId.merge(id, 1, Integer::sum);
            Reimbursement reimbursement = read(context, row, id, lineNo);
            if (reimbursement != null && row.valid()) {
                recorder.add(reimbursement);
                context.coverage().saw(reimbursement.marketplace());
                context.coverage().saw(LocalDate.ofInstant(reimbursement.approvedAt(), context.zone()));
            }
        }
        UpsertCounts counts = recorder.finish();
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    private static Reimbursement read(ImportContext context, ReportRow row, String id, int lineNo) {
        Instant approved = row.requireInstant("approval-date");
        String currency = Currencies.require(row, "currency-unit");
        BigDecimal total = row.requireMoney("amount-total");
        Reimbursement reimbursement = new Reimbursement(
                id,
                lineNo,
                approved,
                row.text("case-id"),
                row.text("amazon-order-id"),
                row.text("reason"),
                row.text("sku"),
                row.text("fnsku"),
                row.text("asin"),
                row.text("product-name"),
                row.text("condition"),
                currency,
                row.money("amount-per-unit"),
                total,
                quantity(row, "quantity-reimbursed-cash"),
                quantity(row, "quantity-reimbursed-inventory"),
                quantity(row, "quantity-reimbursed-total"),
                row.text("original-reimbursement-id"),
                row.text("original-reimbursement-type"),
                RowMarketplaces.optional(context, currency));
        return row.valid() ? reimbursement : null;
    }

    private static Integer quantity(ReportRow row, String column) {
        Long value = row.integer(column);
        if (value != null && Math.abs(value) > 1_000_000) {
            row.reject(column, "a quantity up to 1,000,000", value.toString());
            return null;
        }
        return value == null ? null : value.intValue();
    }

    @Override
    public java.util.List<String> batchTables() {
        return java.util.List.of("finance_reimbursements");
    }
}
