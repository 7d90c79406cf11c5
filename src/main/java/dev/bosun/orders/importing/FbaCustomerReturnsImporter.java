package dev.bosun.orders.importing;

import static dev.bosun.amazon.ColumnSpec.optional;
import static dev.bosun.amazon.ColumnSpec.required;

import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ImportCounts;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportImporter;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.ReportRow;
import dev.bosun.orders.CustomerReturn;
import dev.bosun.orders.Returns;
import dev.bosun.orders.domain.ReturnReasons;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The FBA customer returns report: one row per unit a buyer returned to a fulfilment centre, tab separated,
 * {@code return-date} ISO with offset. Columns per Amazon's FBA customer concessions report attributes. The file
 * names no marketplace: rows belong to the marketplace given on import, else the account's only one.
 */
@Component
class FbaCustomerReturnsImporter implements ReportImporter {

    static final ReportLayout LAYOUT = ReportLayout.table(
            "orders.fba-customer-returns",
            "FBA customer returns report",
            List.of("GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA"),
            List.of(
                    required("return-date"),
                    required("order-id"),
                    required("sku"),
                    optional("asin"),
                    optional("fnsku"),
                    optional("product-name"),
                    required("quantity"),
                    optional("fulfillment-center-id"),
                    required("detailed-disposition"),
                    optional("reason"),
                    optional("status"),
                    required("license-plate-number"),
                    optional("customer-comments")));

    private final Returns returns;

    FbaCustomerReturnsImporter(Returns returns) {
        this.returns = returns;
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        Returns.Recorder<CustomerReturn> recorder =
                returns.customerReturnRecorder(context.accountId(), context.batchId());
        Marketplace marketplace = context.defaultMarketplace().orElse(null);
        for (ReportRow row : content.rows()) {
            CustomerReturn unit = read(row, marketplace);
            if (unit != null && row.valid()) {
                recorder.add(unit);
                context.coverage().saw(marketplace);
                context.coverage().saw(unit.returnedAt().atZone(context.zone()).toLocalDate());
            }
        }
        UpsertCounts counts = recorder.finish();
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    private static CustomerReturn read(ReportRow row, Marketplace marketplace) {
        Instant returned = row.requireInstant("return-date");
        String orderId = row.requireText("order-id");
        String sku = row.requireText("sku");
        Long quantity = row.requireInteger("quantity");
        if (quantity != null && (quantity < 0 || quantity > 100_000)) {
            row.reject("quantity", "a quantity from 0 to 100,000", quantity.toString());
        }
        if (!row.valid()) {
            return null;
        }
        return new CustomerReturn(
                orderId,
                sku,
                row.text("license-plate-number"),
                returned,
                marketplace,
                row.text("asin"),
                row.text("fnsku"),
                row.text("product-name"),
                quantity.intValue(),
                row.text("fulfillment-center-id"),
                row.text("detailed-disposition"),
                ReturnReasons.of(row.text("reason")),
                row.text("status"),
                row.text("customer-comments"));
    }

    @Override
    public java.util.List<String> batchTables() {
        return java.util.List.of("fba_customer_returns");
    }
}
