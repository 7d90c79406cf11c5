package dev.bosun.inventory.importing;

import static dev.bosun.amazon.ColumnSpec.optional;
import static dev.bosun.amazon.ColumnSpec.required;
import static dev.bosun.inventory.importing.RowValues.amount;
import static dev.bosun.inventory.importing.RowValues.measure;
import static dev.bosun.inventory.importing.RowValues.requireText;
import static dev.bosun.inventory.importing.RowValues.text;
import static dev.bosun.inventory.importing.RowValues.units;

import dev.bosun.amazon.ColumnSpec;
import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ImportCounts;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportImporter;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.ReportRow;
import dev.bosun.inventory.InventorySnapshots;
import dev.bosun.inventory.PlanningSnapshot;
import dev.bosun.inventory.Recorder;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The FBA Inventory report (inventory planning, successor of the inventory health and aged inventory reports),
 * tab separated, one line per SKU with its own snapshot-date. Amazon publishes no column list for it: the columns
 * are those of real reports as Airbyte's connector schema records them. The 9- and 11-month long-term storage fee
 * columns of older files are not kept (Amazon replaced that fee by the aged inventory surcharge).
 */
@Component
class InventoryPlanningImporter implements ReportImporter {

    private static final List<String> AIS_BANDS =
            List.of("181-210", "211-240", "241-270", "271-300", "301-330", "331-365", "365-plus");

    static final ReportLayout LAYOUT = ReportLayout.table(
            "inventory.inventory-planning",
            "FBA Inventory report (inventory planning)",
            List.of("GET_FBA_INVENTORY_PLANNING_DATA"),
            columns());

    private static List<ColumnSpec> columns() {
        List<ColumnSpec> columns = new ArrayList<>(List.of(
                required("snapshot-date"), required("sku"), required("available"), required("units-shipped-t30")));
        for (String name : List.of(
                "fnsku",
                "asin",
                "product-name",
                "condition",
                "currency",
                "marketplace",
                "pending-removal-quantity",
                "inv-age-0-to-90-days",
                "inv-age-91-to-180-days",
                "inv-age-181-to-270-days",
                "inv-age-271-to-365-days",
                "inv-age-365-plus-days",
                "inv-age-0-to-30-days",
                "inv-age-31-to-60-days",
                "inv-age-61-to-90-days",
                "inv-age-181-to-330-days",
                "inv-age-331-to-365-days",
                "units-shipped-t7",
                "units-shipped-t60",
                "units-shipped-t90",
                "sales-shipped-last-7-days",
                "sales-shipped-last-30-days",
                "sales-shipped-last-60-days",
                "sales-shipped-last-90-days",
                "alert",
                "your-price",
                "sales-price",
                "lowest-price-new-plus-shipping",
                "lowest-price-used",
                "featuredoffer-price",
                "recommended-action",
                "healthy-inventory-level",
                "recommended-sales-price",
                "recommended-sale-duration-days",
                "recommended-removal-quantity",
                "estimated-cost-savings-of-recommended-actions",
                "sell-through",
                "item-volume",
                "volume-unit-measurement",
                "storage-type",
                "storage-volume",
                "product-group",
                "sales-rank",
                "days-of-supply",
                "estimated-excess-quantity",
                "weeks-of-cover-t30",
                "weeks-of-cover-t90",
                "estimated-storage-cost-next-month",
                "estimated-ltsf-next-charge",
                "qty-to-be-charged-ltsf-12-mo",
                "inbound-quantity",
                "inbound-working",
                "inbound-shipped",
                "inbound-received",
                "reserved-quantity",
                "unfulfillable-quantity",
                "no-sale-last-6-months")) {
            columns.add(optional(name));
        }
        for (String band : AIS_BANDS) {
            columns.add(optional("estimated-ais-" + band + "-days"));
            columns.add(optional("quantity-to-be-charged-ais-" + band + "-days"));
        }
        return columns;
    }

    private final InventorySnapshots snapshots;

    InventoryPlanningImporter(InventorySnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        Recorder<PlanningSnapshot> recorder = snapshots.planningRecorder(context.accountId(), context.batchId());
        for (ReportRow row : content.rows()) {
            PlanningSnapshot snapshot = read(context, row);
            if (snapshot != null && row.valid()) {
                recorder.add(snapshot);
                context.coverage().saw(snapshot.marketplace());
                context.coverage().saw(snapshot.snapshotDate());
            }
        }
        UpsertCounts counts = recorder.finish();
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    static PlanningSnapshot read(ImportContext context, ReportRow row) {
        LocalDate day = row.requireDate("snapshot-date");
        String sku = requireText(row, "sku", 200);
        Marketplace marketplace = marketplace(context, row);
        String currency = RowValues.currency(row, "currency");
        if (currency == null && marketplace != null) {
            currency = marketplace.currency().getCurrencyCode();
        }
        PlanningSnapshot snapshot = new PlanningSnapshot(
                marketplace,
                sku,
                day,
                text(row, "fnsku", 40),
                text(row, "asin", 20),
                text(row, "product-name", 1000),
                text(row, "condition", 80),
                currency,
                RowValues.requireUnits(row, "available"),
                units(row, "pending-removal-quantity"),
                new PlanningSnapshot.StockAges(
                        units(row, "inv-age-0-to-90-days"),
                        units(row, "inv-age-91-to-180-days"),
                        units(row, "inv-age-181-to-270-days"),
                        units(row, "inv-age-271-to-365-days"),
                        units(row, "inv-age-365-plus-days"),
                        units(row, "inv-age-0-to-30-days"),
                        units(row, "inv-age-31-to-60-days"),
                        units(row, "inv-age-61-to-90-days"),
                        units(row, "inv-age-181-to-330-days"),
                        units(row, "inv-age-331-to-365-days")),
                new PlanningSnapshot.Shipped(
                        units(row, "units-shipped-t7"),
                        units(row, "units-shipped-t30"),
                        units(row, "units-shipped-t60"),
                        units(row, "units-shipped-t90"),
                        amount(row, "sales-shipped-last-7-days"),
                        amount(row, "sales-shipped-last-30-days"),
                        amount(row, "sales-shipped-last-60-days"),
                        amount(row, "sales-shipped-last-90-days")),
                text(row, "alert", 200),
                amount(row, "your-price"),
                amount(row, "sales-price"),
                amount(row, "lowest-price-new-plus-shipping"),
                amount(row, "lowest-price-used"),
                amount(row, "featuredoffer-price"),
                text(row, "recommended-action", 200),
                units(row, "healthy-inventory-level"),
                amount(row, "recommended-sales-price"),
                units(row, "recommended-sale-duration-days"),
                units(row, "recommended-removal-quantity"),
                amount(row, "estimated-cost-savings-of-recommended-actions"),
                measure(row, "sell-through"),
                measure(row, "item-volume"),
                text(row, "volume-unit-measurement", 40),
                text(row, "storage-type", 80),
                measure(row, "storage-volume"),
                text(row, "product-group", 200),
                row.integer("sales-rank"),
                measure(row, "days-of-supply"),
                units(row, "estimated-excess-quantity"),
                measure(row, "weeks-of-cover-t30"),
                measure(row, "weeks-of-cover-t90"),
                amount(row, "estimated-storage-cost-next-month"),
                amount(row, "estimated-ltsf-next-charge"),
                units(row, "qty-to-be-charged-ltsf-12-mo"),
                units(row, "inbound-quantity"),
                units(row, "inbound-working"),
                units(row, "inbound-shipped"),
                units(row, "inbound-received"),
                units(row, "reserved-quantity"),
                units(row, "unfulfillable-quantity"),
                text(row, "no-sale-last-6-months", 40),
                new PlanningSnapshot.AgedSurcharge(
                        amount(row, "estimated-ais-181-210-days"),
                        amount(row, "estimated-ais-211-240-days"),
                        amount(row, "estimated-ais-241-270-days"),
                        amount(row, "estimated-ais-271-300-days"),
                        amount(row, "estimated-ais-301-330-days"),
                        amount(row, "estimated-ais-331-365-days"),
                        amount(row, "estimated-ais-365-plus-days"),
                        units(row, "quantity-to-be-charged-ais-181-210-days"),
                        units(row, "quantity-to-be-charged-ais-211-240-days"),
                        units(row, "quantity-to-be-charged-ais-241-270-days"),
                        units(row, "quantity-to-be-charged-ais-271-300-days"),
                        units(row, "quantity-to-be-charged-ais-301-330-days"),
                        units(row, "quantity-to-be-charged-ais-331-365-days"),
                        units(row, "quantity-to-be-charged-ais-365-plus-days")));
        return row.valid() ? snapshot : null;
    }

    /** The row's marketplace column (a code such as US or an id), else the import's marketplace. */
    static Marketplace marketplace(ImportContext context, ReportRow row) {
        return RowValues.rowMarketplace(context, row, "marketplace");
    }

    @Override
    public java.util.List<String> batchTables() {
        return java.util.List.of("inventory_planning_snapshots");
    }
}
