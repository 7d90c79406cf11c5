package dev.bosun.inventory.importing;

import static dev.bosun.amazon.ColumnSpec.optional;
import static dev.bosun.amazon.ColumnSpec.required;
import static dev.bosun.inventory.importing.RowValues.requireText;
import static dev.bosun.inventory.importing.RowValues.text;
import static dev.bosun.inventory.importing.RowValues.units;

import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ImportCounts;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportImporter;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.ReportRow;
import dev.bosun.inventory.LedgerEvent;
import dev.bosun.inventory.Recorder;
import dev.bosun.inventory.StockLedger;
import dev.bosun.inventory.domain.LedgerOccurrences;
import dev.bosun.platform.db.UpsertCounts;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The Inventory Ledger report, detailed view: one line per movement, columns per Amazon's FBA inventory report
 * attributes (the report API's CamelCase headers, and the spaced ones of Seller Central downloads). Dates are
 * {@code MM/DD/YYYY} in North America. Lines have no id; identical lines in one file get occurrences 1, 2, …
 */
@Component
class LedgerDetailImporter implements ReportImporter {

    static final ReportLayout LAYOUT = ReportLayout.table(
            "inventory.ledger-detail",
            "Inventory Ledger report (detailed view)",
            List.of("GET_LEDGER_DETAIL_VIEW_DATA"),
            List.of(
                    required("Date"),
                    required("FNSKU"),
                    optional("ASIN"),
                    optional("MSKU"),
                    optional("Title"),
                    required("EventType", "Event Type"),
                    optional("ReferenceID", "Reference ID"),
                    required("Quantity"),
                    optional("FulfillmentCenter", "Fulfillment Center"),
                    required("Disposition"),
                    optional("Reason"),
                    optional("Country"),
                    optional("ReconciledQuantity", "Reconciled Quantity"),
                    optional("UnreconciledQuantity", "Unreconciled Quantity")));

    private final StockLedger ledger;

    LedgerDetailImporter(StockLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        Recorder<LedgerEvent> recorder = ledger.eventRecorder(context.accountId(), context.batchId());
        LedgerOccurrences occurrences = new LedgerOccurrences();
        for (ReportRow row : content.rows()) {
            LedgerEvent event = read(row, occurrences);
            if (event != null && row.valid()) {
                recorder.add(event);
                context.coverage().saw(event.date());
                if (event.country() != null) {
                    context.marketplaceNamed(event.country()).ifPresent(context.coverage()::saw);
                }
            }
        }
        UpsertCounts counts = recorder.finish();
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    static LedgerEvent read(ReportRow row, LedgerOccurrences occurrences) {
        LocalDate date = row.requireDate("Date");
        String fnsku = requireText(row, "FNSKU", 40);
        String eventType = requireText(row, "EventType", 80);
        String referenceId = text(row, "ReferenceID", 120);
        Integer quantity = RowValues.requireUnits(row, "Quantity");
        String center = text(row, "FulfillmentCenter", 40);
        String disposition = text(row, "Disposition", 60);
        String reason = text(row, "Reason", 80);
        String country = text(row, "Country", 10);
        String asin = text(row, "ASIN", 20);
        String msku = text(row, "MSKU", 200);
        String title = text(row, "Title", 1000);
        Integer reconciled = units(row, "ReconciledQuantity");
        Integer unreconciled = units(row, "UnreconciledQuantity");
        if (!row.valid()) {
            return null;
        }
        int occurrence = occurrences.next(
                Arrays.asList(date, fnsku, eventType, referenceId, center, disposition, quantity, reason, country));
        return new LedgerEvent(
                date,
                fnsku,
                eventType,
                referenceId,
                center,
                disposition,
                quantity,
                reason,
                country,
                occurrence,
                asin,
                msku,
                title,
                reconciled,
                unreconciled);
    }

    @Override
    public java.util.List<String> batchTables() {
        return java.util.List.of("inventory_ledger_events");
    }
}
