package dev.bosun.catalog.importing;

import static dev.bosun.amazon.ColumnSpec.optional;
import static dev.bosun.amazon.ColumnSpec.required;

import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ImportCounts;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportImporter;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.ReportRow;
import dev.bosun.catalog.Listing;
import dev.bosun.catalog.Listing.Field;
import dev.bosun.catalog.Listings;
import dev.bosun.catalog.Recorder;
import dev.bosun.catalog.domain.FulfillmentChannel;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The merchant listings flat files: all listings, active listings, inactive listings, the back-compatible active
 * listings and the cancelled listings report. They share their columns (Amazon's inventory report attributes:
 * {@code item-name … status}); the inactive report has no {@code status}, the back-compatible one adds business
 * prices, and the cancelled report lacks {@code listing-id}, {@code open-date}, {@code fulfillment-channel} and
 * {@code status}. The file does not name its marketplace: it is the one given, or the account's only one. Each
 * row changes only the listing facts its file has columns for.
 *
 * <p>Amazon writes the headers in the seller's language unless English is asked for: German files ({@code
 * Händler-SKU}, {@code ASIN 1}, in Windows-1252) and Japanese ones ({@code 出品者SKU}, in Shift_JIS) are read by
 * the headers listed with the layout; the values (channel codes such as {@code AMAZON_JP}, status {@code Active})
 * stay English. French, Italian and Spanish headers are known only in part (no French or Spanish price header
 * was found), so such files are recognised only when they have every required column under a listed name.
 */
@Component
class MerchantListingsImporter implements ReportImporter {

    static final String CANCELLED = "Cancelled";

    static final ReportLayout LAYOUT = ReportLayout.table(
            "catalog.merchant-listings",
            "Merchant listings report",
            List.of(
                    "GET_MERCHANT_LISTINGS_ALL_DATA",
                    "GET_MERCHANT_LISTINGS_DATA",
                    "GET_MERCHANT_LISTINGS_INACTIVE_DATA",
                    "GET_MERCHANT_LISTINGS_DATA_BACK_COMPAT",
                    "GET_MERCHANT_CANCELLED_LISTINGS_DATA"),
            List.of(
                    // German, French, Italian, Spanish and Japanese headers: docs/localized-headers.md
                    required(
                            "item-name",
                            "Artikelbezeichnung",
                            "nom-produit",
                            "Nome dell'articolo",
                            "Título del producto",
                            "商品名"),
                    optional("item-description", "商品の説明"),
                    optional("listing-id", "出品ID"),
                    required("seller-sku", "Händler-SKU", "sku-vendeur", "SKU venditore", "SKU del vendedor", "出品者SKU"),
                    required("price", "Preis", "Prezzo", "価格"),
                    optional("quantity", "Menge", "Quantità", "数量"),
                    optional("open-date", "Erstellungsdatum", "Data di creazione", "Fecha de creación", "出品日"),
                    optional("image-url"),
                    required(
                            "product-id-type",
                            "Produkt-ID-Typ",
                            "type-id-produit",
                            "Tipo di identificativo del prodotto",
                            "Tipo de identificador de producto",
                            "商品IDタイプ"),
                    optional("item-note", "コンディション説明"),
                    required(
                            "item-condition",
                            "Artikelzustand",
                            "état-produit",
                            "Condizione dell'articolo",
                            "Estado del producto",
                            "コンディション"),
                    required("asin1", "ASIN 1"),
                    optional(
                            "product-id",
                            "Produkt-ID",
                            "id-produit",
                            "Identificativo del prodotto",
                            "Identificador del producto",
                            "商品ID"),
                    optional("pending-quantity"),
                    optional("business-price", "Business Price", "法人価格"),
                    optional(
                            "fulfillment-channel",
                            "Versender",
                            "canal-traitement",
                            "Canale di gestione",
                            "Canal de gestión logística",
                            "フルフィルメント・チャンネル"),
                    optional("merchant-shipping-group"),
                    optional("status", "état", "stato", "estado", "ステータス")));

    /** The columns that give each listing fact (price, asin1 and the others required by the layout included). */
    private static final Map<Field, String> COLUMNS = Map.ofEntries(
            Map.entry(Field.LISTING_ID, "listing-id"),
            Map.entry(Field.TITLE, "item-name"),
            Map.entry(Field.DESCRIPTION, "item-description"),
            Map.entry(Field.PRICE, "price"),
            Map.entry(Field.BUSINESS_PRICE, "business-price"),
            Map.entry(Field.QUANTITY, "quantity"),
            Map.entry(Field.PENDING_QUANTITY, "pending-quantity"),
            Map.entry(Field.OPENED_AT, "open-date"),
            Map.entry(Field.IMAGE_URL, "image-url"),
            Map.entry(Field.PRODUCT_ID_TYPE, "product-id-type"),
            Map.entry(Field.PRODUCT_ID, "product-id"),
            Map.entry(Field.ITEM_CONDITION, "item-condition"),
            Map.entry(Field.ITEM_NOTE, "item-note"),
            Map.entry(Field.ASIN, "asin1"),
            Map.entry(Field.FULFILLMENT_CHANNEL, "fulfillment-channel"),
            Map.entry(Field.SHIPPING_GROUP, "merchant-shipping-group"),
            Map.entry(Field.STATUS, "status"));

    private final Listings listings;

    MerchantListingsImporter(Listings listings) {
        this.listings = listings;
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        Marketplace marketplace =
                FileMarketplace.of(context, content, "listings report").orElse(null);
        if (marketplace == null) {
            return ImportCounts.NONE;
        }
        Recorder<Listing> recorder = null;
        boolean cancelledReport = false;
        for (ReportRow row : content.rows()) {
            if (recorder == null) {
                cancelledReport = isCancelledReport(row);
                recorder = listings.recorder(context.accountId(), context.batchId(), reported(row, cancelledReport));
            }
            Listing listing = read(marketplace, row, cancelledReport);
            if (listing != null && row.valid()) {
                recorder.add(listing);
                context.coverage().saw(marketplace);
                if (listing.openedAt() != null) {
                    context.coverage()
                            .saw(listing.openedAt().atZone(marketplace.zone()).toLocalDate());
                }
            }
        }
        if (recorder == null) {
            return ImportCounts.NONE;
        }
        UpsertCounts counts = recorder.finish();
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    /**
     * The cancelled listings report is the one listings report without listing id, open date and status (Airbyte
     * fixture of GET_MERCHANT_CANCELLED_LISTINGS_DATA); its listings are recorded with status Cancelled.
     */
    static boolean isCancelledReport(ReportRow row) {
        return !row.has("listing-id") && !row.has("open-date") && !row.has("status");
    }

    private static Set<Field> reported(ReportRow row, boolean cancelledReport) {
        Set<Field> fields = EnumSet.noneOf(Field.class);
        COLUMNS.forEach((field, column) -> {
            if (row.has(column)) {
                fields.add(field);
            }
        });
        if (cancelledReport) {
            fields.add(Field.STATUS);
        }
        return fields;
    }

    private static Listing read(Marketplace marketplace, ReportRow row, boolean cancelledReport) {
        String sku = row.requireText("seller-sku");
        BigDecimal price = row.money("price");
        BigDecimal businessPrice = row.money("business-price");
        Integer quantity = units(row, "quantity");
        Integer pending = units(row, "pending-quantity");
        Instant opened = row.instant("open-date");
        String channel = row.text("fulfillment-channel");
        if (!row.valid()) {
            return null;
        }
        return new Listing(
                marketplace,
                sku,
                row.text("listing-id"),
                row.text("item-name"),
                row.text("item-description"),
                price,
                businessPrice,
                marketplace.currency().getCurrencyCode(),
                quantity,
                pending,
                opened,
                row.text("image-url"),
                row.text("product-id-type"),
                row.text("product-id"),
                row.text("item-condition"),
                row.text("item-note"),
                row.text("asin1"),
                channel,
                FulfillmentChannel.fulfilledBy(channel),
                row.text("merchant-shipping-group"),
                cancelledReport ? CANCELLED : row.text("status"));
    }

    private static Integer units(ReportRow row, String column) {
        Long value = row.integer(column);
        if (value != null && (value < 0 || value > 100_000_000)) {
            row.reject(column, "a quantity from 0 to 100,000,000", value.toString());
            return null;
        }
        return value == null ? null : value.intValue();
    }

    @Override
    public java.util.List<String> batchTables() {
        return java.util.List.of("listings");
    }
}
