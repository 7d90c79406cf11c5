package dev.bosun.orders.importing;

import static dev.bosun.amazon.ColumnSpec.optional;
import static dev.bosun.amazon.ColumnSpec.required;

import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ImportCounts;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportImporter;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.ReportRow;
import dev.bosun.orders.MerchantReturn;
import dev.bosun.orders.Returns;
import dev.bosun.orders.domain.ReturnReasons;
import dev.bosun.orders.domain.ReturnReportDates;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The returns report of merchant-fulfilled orders by return date: one row per return request (Amazon RMA id) and
 * SKU, tab separated, Title-Case headers with spaces (Amazon's returns report attributes). Dates come as
 * {@code 20-Sep-2026} or ISO; booleans as Y/N. The file names no marketplace: rows belong to the marketplace
 * given on import, else the account's only one.
 */
@Component
class MerchantReturnsImporter implements ReportImporter {

    private static final String DATE_EXAMPLE = "a date such as 20-Sep-2026 or 2026-09-20";

    static final ReportLayout LAYOUT = ReportLayout.table(
            "orders.merchant-returns",
            "Returns report (merchant-fulfilled orders)",
            List.of("GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE"),
            List.of(
                    required("order-id", "Order ID"),
                    optional("order-date", "Order date"),
                    required("return-request-date", "Return request date"),
                    optional("return-request-status", "Return request status"),
                    required("amazon-rma-id", "Amazon RMA ID"),
                    optional("merchant-rma-id", "Merchant RMA ID", "Seller RMA ID"),
                    optional("label-type", "Label type"),
                    optional("label-cost", "Label cost"),
                    optional("currency-code", "Currency code"),
                    optional("return-carrier", "Return carrier"),
                    optional("tracking-id", "Tracking ID"),
                    optional("label-to-be-paid-by", "Label to be paid by"),
                    optional("a-to-z-claim", "A-to-Z Claim"),
                    optional("is-prime", "Is prime"),
                    optional("asin", "ASIN"),
                    required("merchant-sku", "Merchant SKU"),
                    optional("item-name", "Item Name"),
                    required("return-quantity", "Return quantity"),
                    optional("return-reason", "Return Reason"),
                    optional("in-policy", "In policy"),
                    optional("return-type", "Return type"),
                    optional("resolution", "Resolution"),
                    optional("invoice-number", "Invoice number"),
                    optional("return-delivery-date", "Return delivery date"),
                    optional("order-amount", "Order Amount"),
                    optional("order-quantity", "Order quantity"),
                    optional("safet-action-reason", "SafeT Action reason"),
                    optional("safet-claim-id", "SafeT claim id"),
                    optional("safet-claim-state", "SafeT claim state"),
                    optional("safet-claim-creation-time", "SafeT claim creation time"),
                    optional("safet-claim-reimbursement-amount", "SafeT claim reimbursement amount"),
                    optional("refunded-amount", "Refunded Amount")));

    private final Returns returns;

    MerchantReturnsImporter(Returns returns) {
        this.returns = returns;
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        Returns.Recorder<MerchantReturn> recorder =
                returns.merchantReturnRecorder(context.accountId(), context.batchId());
        Marketplace marketplace = context.defaultMarketplace().orElse(null);
        for (ReportRow row : content.rows()) {
            MerchantReturn request = read(row, marketplace, context.zone());
            if (request != null && row.valid()) {
                recorder.add(request);
                context.coverage().saw(marketplace);
                context.coverage().saw(request.returnRequestedOn());
            }
        }
        UpsertCounts counts = recorder.finish();
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    private static MerchantReturn read(ReportRow row, Marketplace marketplace, ZoneId zone) {
        String orderId = row.requireText("order-id");
        String sku = row.requireText("merchant-sku");
        LocalDate requested = date(row, "return-request-date");
        if (requested == null && row.text("return-request-date") == null) {
            row.reject("return-request-date", DATE_EXAMPLE, "an empty cell");
        }
        Long quantity = row.requireInteger("return-quantity");
        if (quantity != null && (quantity < 0 || quantity > 100_000)) {
            row.reject("return-quantity", "a quantity from 0 to 100,000", quantity.toString());
        }
        Long orderQuantity = row.integer("order-quantity");
        String currency = row.text("currency-code");
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            row.reject("currency-code", "an ISO currency code such as USD", "\"" + currency + "\"");
        }
        if (currency == null && marketplace != null) {
            currency = marketplace.currency().getCurrencyCode();
        }
        MerchantReturn request = new MerchantReturn(
                orderId,
                row.text("amazon-rma-id"),
                sku,
                marketplace,
                date(row, "order-date"),
                requested,
                row.text("return-request-status"),
                row.text("merchant-rma-id"),
                row.text("label-type"),
                row.money("label-cost"),
                currency,
                row.text("return-carrier"),
                row.text("tracking-id"),
                row.text("label-to-be-paid-by"),
                row.bool("a-to-z-claim"),
                row.bool("is-prime"),
                row.text("asin"),
                row.text("item-name"),
                quantity == null ? 0 : quantity.intValue(),
                ReturnReasons.of(row.text("return-reason")),
                row.bool("in-policy"),
                row.text("return-type"),
                row.text("resolution"),
                row.text("invoice-number"),
                date(row, "return-delivery-date"),
                row.money("order-amount"),
                orderQuantity == null ? null : orderQuantity.intValue(),
                row.text("safet-action-reason"),
                row.text("safet-claim-id"),
                row.text("safet-claim-state"),
                instant(row, "safet-claim-creation-time", zone),
                row.money("safet-claim-reimbursement-amount"),
                row.money("refunded-amount"));
        return row.valid() ? request : null;
    }

    /** {@code 20-Sep-2026} here, every other form by the shared reader. */
    private static LocalDate date(ReportRow row, String column) {
        String text = row.text(column);
        if (text == null || !ReturnReportDates.looksLikeDayMonthNameYear(text)) {
            return row.date(column);
        }
        Optional<LocalDateTime> read = ReturnReportDates.read(text);
        if (read.isEmpty()) {
            row.reject(column, DATE_EXAMPLE, "\"" + text + "\"");
            return null;
        }
        return read.get().toLocalDate();
    }

    private static Instant instant(ReportRow row, String column, ZoneId zone) {
        String text = row.text(column);
        if (text == null || !ReturnReportDates.looksLikeDayMonthNameYear(text)) {
            return row.instant(column);
        }
        Optional<LocalDateTime> read = ReturnReportDates.read(text);
        if (read.isEmpty()) {
            row.reject(
                    column,
                    "a date and time such as 20-Sep-2026 14:05:00 or 2026-09-20T14:05:00+00:00",
                    "\"" + text + "\"");
            return null;
        }
        return read.get().atZone(zone).toInstant();
    }

    @Override
    public java.util.List<String> batchTables() {
        return java.util.List.of("merchant_returns");
    }
}
