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
import dev.bosun.inventory.RestockRecommendation;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The Restock Inventory recommendations report: tab separated, title-case headers with spaces, one line per
 * country and SKU. Amazon publishes no column list; the columns are those Airbyte's connector records from real
 * reports. The file holds no date: the recommendation is of the day the import resolved (given with --period,
 * else a date in the file name, else the import day in the marketplace's zone). {@code Recommended ship date} may
 * say "none".
 */
@Component
class RestockImporter implements ReportImporter {

    static final ReportLayout LAYOUT = ReportLayout.table(
                    "inventory.restock",
                    "Restock Inventory recommendations report",
                    List.of("GET_RESTOCK_INVENTORY_RECOMMENDATIONS_REPORT"),
                    List.of(
                            optional("Country"),
                            optional("Product Name"),
                            optional("FNSKU"),
                            required("Merchant SKU"),
                            optional("ASIN"),
                            optional("Condition"),
                            optional("Supplier"),
                            optional("Supplier part no."),
                            optional("Currency code"),
                            optional("Price"),
                            optional("Sales last 30 days"),
                            optional("Units Sold Last 30 Days"),
                            optional("Total Units"),
                            optional("Inbound"),
                            required("Available"),
                            optional("FC transfer"),
                            optional("FC Processing"),
                            optional("Customer Order"),
                            optional("Unfulfillable"),
                            optional("Working"),
                            optional("Shipped"),
                            optional("Receiving"),
                            optional("Fulfilled by"),
                            optional("Total Days of Supply (including units from open shipments)"),
                            optional("Days of Supply at Amazon Fulfillment Network"),
                            optional("Alert"),
                            required("Recommended replenishment qty"),
                            optional("Recommended ship date"),
                            optional("Recommended action"),
                            optional("Unit storage size")))
            .snapshotOfDownloadDay();

    private final InventorySnapshots snapshots;

    RestockImporter(InventorySnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        LocalDate day = context.snapshotDay().day();
        Recorder<RestockRecommendation> recorder = snapshots.restockRecorder(context.accountId(), context.batchId());
        for (ReportRow row : content.rows()) {
            RestockRecommendation recommendation = read(context, row, day);
            if (recommendation != null && row.valid()) {
                recorder.add(recommendation);
                context.coverage().saw(recommendation.marketplace());
                context.coverage().saw(recommendation.snapshotDate());
            }
        }
        UpsertCounts counts = recorder.finish();
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    static RestockRecommendation read(ImportContext context, ReportRow row, LocalDate day) {
        String sku = requireText(row, "Merchant SKU", 200);
        Marketplace marketplace = RowValues.rowMarketplace(context, row, "Country");
        String currency = RowValues.currency(row, "Currency code");
        if (currency == null && marketplace != null) {
            currency = marketplace.currency().getCurrencyCode();
        }
        RestockRecommendation recommendation = new RestockRecommendation(
                marketplace,
                sku,
                day,
                text(row, "Product Name", 1000),
                text(row, "FNSKU", 40),
                text(row, "ASIN", 20),
                text(row, "Condition", 80),
                text(row, "Supplier", 200),
                text(row, "Supplier part no.", 200),
                currency,
                amount(row, "Price"),
                amount(row, "Sales last 30 days"),
                units(row, "Units Sold Last 30 Days"),
                units(row, "Total Units"),
                units(row, "Inbound"),
                RowValues.requireUnits(row, "Available"),
                units(row, "FC transfer"),
                units(row, "FC Processing"),
                units(row, "Customer Order"),
                units(row, "Unfulfillable"),
                units(row, "Working"),
                units(row, "Shipped"),
                units(row, "Receiving"),
                text(row, "Fulfilled by", 40),
                measure(row, "Total Days of Supply (including units from open shipments)"),
                measure(row, "Days of Supply at Amazon Fulfillment Network"),
                text(row, "Alert", 200),
                RowValues.requireUnits(row, "Recommended replenishment qty"),
                RowValues.dateOrNone(row, "Recommended ship date"),
                text(row, "Recommended action", 200),
                text(row, "Unit storage size", 80));
        return row.valid() ? recommendation : null;
    }

    @Override
    public java.util.List<String> batchTables() {
        return java.util.List.of("inventory_restock_recommendations");
    }
}
