package dev.bosun.orders.importing;

import static dev.bosun.amazon.ColumnSpec.optional;
import static dev.bosun.amazon.ColumnSpec.required;

import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ImportCounts;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportImporter;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.ReportRow;
import dev.bosun.orders.OrderBook;
import dev.bosun.orders.OrderLine;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The All Orders flat files (by order date, by last update, archived): one row per order item, tab separated,
 * ISO dates with offset. Columns per Amazon's order tracking report attributes; {@code url}, {@code cpf} and the
 * tax-collection columns of some variants are ignored.
 */
@Component
class AllOrdersImporter implements ReportImporter {

    static final ReportLayout LAYOUT = ReportLayout.table(
            "orders.all-orders",
            "All Orders report",
            List.of(
                    "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL",
                    "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL",
                    "GET_FLAT_FILE_ARCHIVED_ORDERS_DATA_BY_ORDER_DATE"),
            List.of(
                    required("amazon-order-id"),
                    optional("merchant-order-id"),
                    required("purchase-date"),
                    optional("last-updated-date"),
                    required("order-status"),
                    required("fulfillment-channel"),
                    optional("sales-channel"),
                    optional("order-channel"),
                    optional("ship-service-level"),
                    optional("product-name"),
                    required("sku"),
                    optional("asin"),
                    optional("item-status"),
                    required("quantity"),
                    optional("currency"),
                    required("item-price"),
                    optional("item-tax"),
                    optional("shipping-price"),
                    optional("shipping-tax"),
                    optional("gift-wrap-price"),
                    optional("gift-wrap-tax"),
                    optional("item-promotion-discount"),
                    optional("ship-promotion-discount"),
                    optional("ship-city"),
                    optional("ship-state"),
                    optional("ship-postal-code"),
                    optional("ship-country"),
                    optional("promotion-ids"),
                    optional("is-business-order"),
                    optional("purchase-order-number"),
                    optional("price-designation")));

    private final OrderBook book;

    AllOrdersImporter(OrderBook book) {
        this.book = book;
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        OrderBook.Recorder recorder = book.recorder(context.accountId(), context.batchId());
        for (ReportRow row : content.rows()) {
            OrderLine line = read(context, row);
            if (line != null && row.valid()) {
                recorder.add(line);
                context.coverage().saw(line.marketplace());
                context.coverage().saw(line.purchasedAt().atZone(context.zone()).toLocalDate());
            }
        }
        UpsertCounts counts = recorder.finish();
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    @Override
    public long forget(long accountId, long batchId) {
        return book.forgetBatch(accountId, batchId);
    }

    private static OrderLine read(ImportContext context, ReportRow row) {
        String orderId = row.requireText("amazon-order-id", 40);
        String sku = row.requireText("sku", 200);
        Instant purchased = row.requireInstant("purchase-date");
        Long quantity = row.requireInteger("quantity");
        if (quantity != null && (quantity < 0 || quantity > 1_000_000)) {
            row.reject("quantity", "a quantity from 0 to 1,000,000", quantity.toString());
        }
        String channel = row.text("sales-channel");
        Marketplace marketplace = channel == null
                ? context.defaultMarketplace().orElse(null)
                : context.marketplaceNamed(channel).orElse(null);
        String currency = row.text("currency");
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            row.reject("currency", "an ISO currency code such as USD", "\"" + currency + "\"");
        }
        if (!row.valid()) {
            return null;
        }
        return new OrderLine(
                orderId,
                sku,
                row.text("merchant-order-id"),
                marketplace,
                channel,
                row.text("order-channel"),
                purchased,
                row.instant("last-updated-date"),
                row.text("order-status"),
                fulfillmentChannel(row.text("fulfillment-channel")),
                row.text("ship-service-level"),
                row.text("product-name"),
                row.text("asin"),
                row.text("item-status"),
                quantity.intValue(),
                currency == null && marketplace != null ? marketplace.currency().getCurrencyCode() : currency,
                row.money("item-price"),
                row.money("item-tax"),
                row.money("shipping-price"),
                row.money("shipping-tax"),
                row.money("gift-wrap-price"),
                row.money("gift-wrap-tax"),
                row.money("item-promotion-discount"),
                row.money("ship-promotion-discount"),
                row.text("ship-city"),
                row.text("ship-state"),
                row.text("ship-postal-code"),
                country(row.text("ship-country")),
                row.text("promotion-ids"),
                row.bool("is-business-order"),
                row.text("purchase-order-number"),
                row.text("price-designation"));
    }

    /** The report says Amazon/Merchant; the API says AFN/MFN. Bosun keeps AFN/MFN. */
    static String fulfillmentChannel(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "amazon", "afn" -> "AFN";
            case "merchant", "mfn", "seller" -> "MFN";
            default -> text;
        };
    }

    private static String country(String text) {
        return text == null || text.length() != 2 ? null : text.toUpperCase(Locale.ROOT);
    }
}
