package dev.bosun.inventory.importing;

import static dev.bosun.amazon.ColumnSpec.optional;
import static dev.bosun.amazon.ColumnSpec.required;
import static dev.bosun.inventory.importing.RowValues.amount;
import static dev.bosun.inventory.importing.RowValues.measure;
import static dev.bosun.inventory.importing.RowValues.requireText;
import static dev.bosun.inventory.importing.RowValues.text;
import static dev.bosun.inventory.importing.RowValues.units;

import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ImportCounts;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportImporter;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.ReportRow;
import dev.bosun.inventory.InventorySnapshots;
import dev.bosun.inventory.Recorder;
import dev.bosun.inventory.StockSnapshot;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The Manage FBA Inventory report (unsuppressed, or all inventory including archived: same columns), tab
 * separated, one line per SKU, per Amazon's FBA inventory report attributes; the last three columns are newer
 * and optional. It holds no date and names no marketplace: the snapshot is of the day the import resolved (the
 * day given with --period, else a date in the file name, else the import day in the marketplace's zone); the
 * marketplace is the one given, else the account's only one.
 */
@Component
class ManageInventoryImporter implements ReportImporter {

    static final ReportLayout LAYOUT = ReportLayout.table(
                    "inventory.manage-inventory",
                    "Manage FBA Inventory report",
                    List.of("GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA", "GET_FBA_MYI_ALL_INVENTORY_DATA"),
                    List.of(
                            required("sku"),
                            optional("fnsku"),
                            optional("asin"),
                            optional("product-name"),
                            optional("condition"),
                            optional("your-price"),
                            optional("mfn-listing-exists"),
                            optional("mfn-fulfillable-quantity"),
                            optional("afn-listing-exists"),
                            required("afn-warehouse-quantity"),
                            required("afn-fulfillable-quantity"),
                            required("afn-unsellable-quantity"),
                            optional("afn-reserved-quantity"),
                            required("afn-total-quantity"),
                            optional("per-unit-volume"),
                            optional("afn-inbound-working-quantity"),
                            optional("afn-inbound-shipped-quantity"),
                            optional("afn-inbound-receiving-quantity"),
                            optional("afn-researching-quantity"),
                            optional("afn-reserved-future-supply"),
                            optional("afn-future-supply-buyable")))
            .snapshotOfDownloadDay();

    private final InventorySnapshots snapshots;

    ManageInventoryImporter(InventorySnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        Optional<Marketplace> marketplace = RowValues.marketplaceOf(context, content, "Manage FBA Inventory report");
        if (marketplace.isEmpty()) {
            return ImportCounts.NONE;
        }
        LocalDate day = context.snapshotDay().day();
        Recorder<StockSnapshot> recorder = snapshots.stockRecorder(context.accountId(), context.batchId());
        for (ReportRow row : content.rows()) {
            StockSnapshot snapshot = read(row, marketplace.get(), day);
            if (snapshot != null && row.valid()) {
                recorder.add(snapshot);
                context.coverage().saw(marketplace.get());
                context.coverage().saw(day);
            }
        }
        UpsertCounts counts = recorder.finish();
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    static StockSnapshot read(ReportRow row, Marketplace marketplace, LocalDate day) {
        String sku = requireText(row, "sku", 200);
        StockSnapshot snapshot = new StockSnapshot(
                marketplace,
                sku,
                day,
                text(row, "fnsku", 40),
                text(row, "asin", 20),
                text(row, "product-name", 1000),
                text(row, "condition", 80),
                marketplace.currency().getCurrencyCode(),
                amount(row, "your-price"),
                row.bool("mfn-listing-exists"),
                units(row, "mfn-fulfillable-quantity"),
                row.bool("afn-listing-exists"),
                units(row, "afn-warehouse-quantity"),
                units(row, "afn-fulfillable-quantity"),
                units(row, "afn-unsellable-quantity"),
                units(row, "afn-reserved-quantity"),
                units(row, "afn-total-quantity"),
                measure(row, "per-unit-volume"),
                units(row, "afn-inbound-working-quantity"),
                units(row, "afn-inbound-shipped-quantity"),
                units(row, "afn-inbound-receiving-quantity"),
                units(row, "afn-researching-quantity"),
                units(row, "afn-reserved-future-supply"),
                units(row, "afn-future-supply-buyable"));
        return row.valid() ? snapshot : null;
    }

    @Override
    public java.util.List<String> batchTables() {
        return java.util.List.of("inventory_stock_snapshots");
    }
}
