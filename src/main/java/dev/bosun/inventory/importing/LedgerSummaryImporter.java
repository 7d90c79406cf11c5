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
import dev.bosun.inventory.LedgerBalance;
import dev.bosun.inventory.Recorder;
import dev.bosun.inventory.StockLedger;
import dev.bosun.platform.db.UpsertCounts;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The Inventory Ledger report, summary view: one line per day, FNSKU, disposition and location (a country or a
 * fulfilment centre, as the report was aggregated), columns per Amazon's FBA inventory report attributes (the
 * report API's CamelCase headers, and the spaced ones of Seller Central downloads). Dates are {@code MM/DD/YYYY} in
 * North America.
 */
@Component
class LedgerSummaryImporter implements ReportImporter {

    static final ReportLayout LAYOUT = ReportLayout.table(
            "inventory.ledger-summary",
            "Inventory Ledger report (summary view)",
            List.of("GET_LEDGER_SUMMARY_VIEW_DATA"),
            List.of(
                    required("Date"),
                    required("FNSKU"),
                    optional("ASIN"),
                    optional("MSKU"),
                    optional("Title"),
                    required("Disposition"),
                    required("StartingWarehouseBalance", "Starting Warehouse Balance"),
                    optional("InTransitBetweenWarehouses", "In Transit Between Warehouses"),
                    optional("Receipts"),
                    optional("CustomerShipments", "Customer Shipments"),
                    optional("CustomerReturns", "Customer Returns"),
                    optional("VendorReturns", "Vendor Returns"),
                    optional("WarehouseTransferIn/Out", "Warehouse Transfer In/Out"),
                    optional("Found"),
                    optional("Lost"),
                    optional("Damaged"),
                    optional("Disposed"),
                    optional("OtherEvents", "Other Events"),
                    required("EndingWarehouseBalance", "Ending Warehouse Balance"),
                    optional("UnknownEvents", "Unknown Events"),
                    optional("Location")));

    private final StockLedger ledger;

    LedgerSummaryImporter(StockLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        Recorder<LedgerBalance> recorder = ledger.balanceRecorder(context.accountId(), context.batchId());
        for (ReportRow row : content.rows()) {
            LedgerBalance balance = read(row);
            if (balance != null && row.valid()) {
                recorder.add(balance);
                context.coverage().saw(balance.date());
                if (balance.location() != null) {
                    context.marketplaceNamed(balance.location()).ifPresent(context.coverage()::saw);
                }
            }
        }
        UpsertCounts counts = recorder.finish();
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    static LedgerBalance read(ReportRow row) {
        LocalDate date = row.requireDate("Date");
        String fnsku = requireText(row, "FNSKU", 40);
        LedgerBalance balance = new LedgerBalance(
                date,
                fnsku,
                text(row, "Disposition", 60),
                text(row, "Location", 40),
                text(row, "ASIN", 20),
                text(row, "MSKU", 200),
                text(row, "Title", 1000),
                units(row, "StartingWarehouseBalance"),
                units(row, "InTransitBetweenWarehouses"),
                units(row, "Receipts"),
                units(row, "CustomerShipments"),
                units(row, "CustomerReturns"),
                units(row, "VendorReturns"),
                units(row, "WarehouseTransferIn/Out"),
                units(row, "Found"),
                units(row, "Lost"),
                units(row, "Damaged"),
                units(row, "Disposed"),
                units(row, "OtherEvents"),
                units(row, "EndingWarehouseBalance"),
                units(row, "UnknownEvents"));
        return row.valid() ? balance : null;
    }

    @Override
    public java.util.List<String> batchTables() {
        return java.util.List.of("inventory_ledger_balances");
    }
}
