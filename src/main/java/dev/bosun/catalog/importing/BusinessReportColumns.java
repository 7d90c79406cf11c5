package dev.bosun.catalog.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Column headers of the Seller Central Business Reports (CSV downloads of Reports › Business Reports), as
 * current English downloads write them. Amazon publishes no list; these are the headers seen in several
 * third-party parsers of real downloads. EU downloads write an en dash ({@code Sessions – Total}) and
 * lower-case words ({@code Units ordered}); the header comparison ignores both. Older downloads used the names
 * given as alternatives by the layouts ({@code Sessions}, {@code Buy Box Percentage}, {@code Gross Product
 * Sales}, {@code Orders Placed}).
 *
 * <p>Seller Central in German and Japanese writes the headers in its language; {@link #LOCALIZED} holds the
 * spellings found in open-source tools that read real downloads (sources per header in
 * {@code docs/localized-headers.md}). No French, Italian or Spanish spellings were found.
 */
final class BusinessReportColumns {

    static final String PARENT_ASIN = "(Parent) ASIN";
    static final String CHILD_ASIN = "(Child) ASIN";
    static final String TITLE = "Title";
    static final String SKU = "SKU";
    static final String DATE = "Date";
    static final String SESSIONS = "Sessions - Total";
    static final String SESSIONS_B2B = "Sessions - Total - B2B";
    static final String BROWSER_SESSIONS = "Sessions - Browser";
    static final String MOBILE_APP_SESSIONS = "Sessions - Mobile App";
    static final String SESSION_SHARE = "Session Percentage - Total";
    static final String SESSION_SHARE_B2B = "Session Percentage - Total - B2B";
    static final String PAGE_VIEWS = "Page Views - Total";
    static final String PAGE_VIEWS_B2B = "Page Views - Total - B2B";
    static final String BROWSER_PAGE_VIEWS = "Page Views - Browser";
    static final String MOBILE_APP_PAGE_VIEWS = "Page Views - Mobile App";
    static final String PAGE_VIEW_SHARE = "Page Views Percentage - Total";
    static final String PAGE_VIEW_SHARE_B2B = "Page Views Percentage - Total - B2B";
    static final String BUY_BOX = "Featured Offer (Buy Box) Percentage";
    static final String BUY_BOX_B2B = "Featured Offer (Buy Box) Percentage - B2B";
    static final String UNITS_ORDERED = "Units Ordered";
    static final String UNITS_ORDERED_B2B = "Units Ordered - B2B";
    static final String UNIT_SESSION = "Unit Session Percentage";
    static final String UNIT_SESSION_B2B = "Unit Session Percentage - B2B";
    static final String ORDER_ITEM_SESSION = "Order Item Session Percentage";
    static final String ORDER_ITEM_SESSION_B2B = "Order Item Session Percentage - B2B";
    static final String SALES = "Ordered Product Sales";
    static final String SALES_B2B = "Ordered Product Sales - B2B";
    static final String ORDER_ITEMS = "Total Order Items";
    static final String ORDER_ITEMS_B2B = "Total Order Items - B2B";
    static final String AVERAGE_SALES_PER_ORDER_ITEM = "Average Sales per Order Item";
    static final String AVERAGE_SALES_PER_ORDER_ITEM_B2B = "Average Sales per Order Item - B2B";
    static final String AVERAGE_UNITS_PER_ORDER_ITEM = "Average Units per Order Item";
    static final String AVERAGE_UNITS_PER_ORDER_ITEM_B2B = "Average Units per Order Item - B2B";
    static final String AVERAGE_SELLING_PRICE = "Average Selling Price";
    static final String AVERAGE_SELLING_PRICE_B2B = "Average Selling Price - B2B";
    static final String AVERAGE_OFFER_COUNT = "Average Offer Count";
    static final String AVERAGE_PARENT_ITEMS = "Average Parent Items";
    static final String UNITS_REFUNDED = "Units Refunded";
    static final String REFUND_RATE = "Refund Rate";
    static final String FEEDBACK_RECEIVED = "Feedback Received";
    static final String NEGATIVE_FEEDBACK_RECEIVED = "Negative Feedback Received";
    static final String NEGATIVE_FEEDBACK_RATE = "Received Negative Feedback Rate";
    static final String CLAIMS_GRANTED = "A-to-z Claims Granted";
    static final String CLAIMS_AMOUNT = "Claims Amount";
    static final String SHIPPED_PRODUCT_SALES = "Shipped Product Sales";
    static final String UNITS_SHIPPED = "Units Shipped";
    static final String ORDERS_SHIPPED = "Orders Shipped";

    /** German and Japanese headers of a column, by its English name. */
    static final Map<String, List<String>> LOCALIZED = Map.ofEntries(
            Map.entry(PARENT_ASIN, List.of("(Übergeordnete) ASIN", "（親）ASIN")),
            Map.entry(CHILD_ASIN, List.of("(Untergeordnete) ASIN", "（子）ASIN")),
            Map.entry(TITLE, List.of("Titel", "タイトル")),
            Map.entry(DATE, List.of("Datum", "日付")),
            Map.entry(SESSIONS, List.of("Sitzungen – Summe", "セッション数 - 合計")),
            Map.entry(SESSIONS_B2B, List.of("Sitzungen – Summe – B2B", "セッション数 - 合計 - B2B")),
            Map.entry(BROWSER_SESSIONS, List.of("Sitzungen – Browser")),
            Map.entry(MOBILE_APP_SESSIONS, List.of("Sitzungen – mobile App")),
            Map.entry(SESSION_SHARE, List.of("セッション率 - 合計")),
            Map.entry(PAGE_VIEWS, List.of("Seitenaufrufe – Summe", "ページビュー - 合計")),
            Map.entry(PAGE_VIEWS_B2B, List.of("Seitenaufrufe – Summe – B2B", "ページビュー - 合計 - B2B")),
            Map.entry(PAGE_VIEW_SHARE, List.of("ページビュー率 - 合計")),
            Map.entry(BUY_BOX, List.of("おすすめ出品（おすすめ商品）の獲得率")),
            Map.entry(BUY_BOX_B2B, List.of("おすすめ出品（おすすめ商品）の獲得率 - B2B")),
            Map.entry(UNITS_ORDERED, List.of("Bestellte Einheiten", "注文された商品点数")),
            Map.entry(UNITS_ORDERED_B2B, List.of("Bestellte Einheiten – B2B", "注文点数 - B2B")),
            Map.entry(UNIT_SESSION, List.of("Prozentsatz an Einheiten pro Sitzung", "ユニットセッション率")),
            Map.entry(UNIT_SESSION_B2B, List.of("ユニットセッション率 - B2B")),
            Map.entry(ORDER_ITEM_SESSION, List.of("Prozentsatz Bestellposten pro Sitzung")),
            Map.entry(ORDER_ITEM_SESSION_B2B, List.of("Bestellposten pro Sitzung Prozentwert – B2B")),
            Map.entry(SALES, List.of("Durch bestellte Produkte erzielter Umsatz", "注文商品の売上額")),
            Map.entry(SALES_B2B, List.of("Bestellsumme – B2B", "注文商品の売上額 - B2B")),
            Map.entry(ORDER_ITEMS, List.of("Zahl der Bestellposten", "注文品目総数")),
            Map.entry(ORDER_ITEMS_B2B, List.of("Zahl der Bestellposten – B2B", "注文品目総数 - B2B")),
            Map.entry(AVERAGE_SALES_PER_ORDER_ITEM, List.of("Durchschnittlicher Umsatz/Bestellposten")),
            Map.entry(AVERAGE_SALES_PER_ORDER_ITEM_B2B, List.of("Durchschnittlicher Umsatz pro Bestellposten – B2B")),
            Map.entry(AVERAGE_UNITS_PER_ORDER_ITEM, List.of("Durchschnitt Anzahl von Einheiten/Bestellposten")),
            Map.entry(
                    AVERAGE_UNITS_PER_ORDER_ITEM_B2B, List.of("Durchschnitt Anzahl von Einheiten/Bestellposten – B2B")),
            Map.entry(AVERAGE_SELLING_PRICE, List.of("Durchschnittlicher Verkaufspreis")),
            Map.entry(AVERAGE_SELLING_PRICE_B2B, List.of("Durchschnittlicher Verkaufspreis – B2B")),
            Map.entry(AVERAGE_OFFER_COUNT, List.of("Durchschnittliche Angebotszahl", "平均出品数")),
            Map.entry(AVERAGE_PARENT_ITEMS, List.of("親商品の平均数")));

    private BusinessReportColumns() {}

    /**
     * The other headers of a column: the given spellings (older English names, other languages of the layout),
     * then the German and Japanese ones.
     */
    static String[] alsoCalled(String column, String... others) {
        List<String> headers = new ArrayList<>(List.of(others));
        headers.addAll(LOCALIZED.getOrDefault(column, List.of()));
        return headers.toArray(String[]::new);
    }
}
