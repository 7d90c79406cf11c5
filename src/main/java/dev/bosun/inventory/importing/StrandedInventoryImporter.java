package dev.bosun.inventory.importing;

import static dev.bosun.amazon.ColumnSpec.optional;
import static dev.bosun.amazon.ColumnSpec.required;
import static dev.bosun.inventory.importing.RowValues.amount;
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
import dev.bosun.inventory.StrandedListing;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The Stranded Inventory report: tab separated, one line per stranded SKU (note Amazon's capital in
 * {@code Date-to-take-auto-removal}). It holds no report date and names no marketplace: the listing is of the day
 * the import resolved (given with --period, else a date in the file name, else the import day in the marketplace's
 * zone), and Amazon writes it for one marketplace: the one given, else the account's only one.
 */
@Component
class StrandedInventoryImporter implements ReportImporter {

    static final ReportLayout LAYOUT = ReportLayout.table(
                    "inventory.stranded",
                    "Stranded Inventory report",
                    List.of("GET_STRANDED_INVENTORY_UI_DATA"),
                    List.of(
                            optional("primary-action"),
                            required("date-stranded"),
                            optional("date-to-take-auto-removal"),
                            optional("status-primary"),
                            optional("status-secondary"),
                            optional("error-message"),
                            required("stranded-reason"),
                            optional("asin"),
                            required("sku"),
                            optional("fnsku"),
                            optional("product-name"),
                            optional("condition"),
                            optional("fulfilled-by"),
                            optional("fulfillable-qty"),
                            optional("your-price"),
                            optional("unfulfillable-qty"),
                            optional("reserved-quantity"),
                            optional("inbound-shipped-qty")))
            .snapshotOfDownloadDay();

    private final InventorySnapshots snapshots;

    StrandedInventoryImporter(InventorySnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        Optional<Marketplace> known = RowValues.marketplaceOf(context, content, "Stranded Inventory report");
        if (known.isEmpty()) {
            return ImportCounts.NONE;
        }
        Marketplace marketplace = known.get();
        LocalDate day = context.snapshotDay().day();
        Recorder<StrandedListing> recorder = snapshots.strandedRecorder(context.accountId(), context.batchId());
        for (ReportRow row : content.rows()) {
            StrandedListing listing = read(row, marketplace, day);
            if (listing != null && row.valid()) {
                recorder.add(listing);
                context.coverage().saw(marketplace);
                context.coverage().saw(day);
            }
        }
        UpsertCounts counts = recorder.finish();
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    static StrandedListing read(ReportRow row, Marketplace marketplace, LocalDate day) {
        String sku = requireText(row, "sku", 200);
        StrandedListing listing = new StrandedListing(
                sku,
                day,
                marketplace,
                text(row, "primary-action", 200),
                row.date("date-stranded"),
                RowValues.dateOrNone(row, "date-to-take-auto-removal"),
                text(row, "status-primary", 200),
                text(row, "status-secondary", 200),
                text(row, "error-message", 4000),
                text(row, "stranded-reason", 1000),
                text(row, "asin", 20),
                text(row, "fnsku", 40),
                text(row, "product-name", 1000),
                text(row, "condition", 80),
                text(row, "fulfilled-by", 40),
                marketplace.currency().getCurrencyCode(),
                amount(row, "your-price"),
                units(row, "fulfillable-qty"),
                units(row, "unfulfillable-qty"),
                units(row, "reserved-quantity"),
                units(row, "inbound-shipped-qty"));
        return row.valid() ? listing : null;
    }

    @Override
    public java.util.List<String> batchTables() {
        return java.util.List.of("inventory_stranded_listings");
    }
}
