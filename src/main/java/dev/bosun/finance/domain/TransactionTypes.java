package dev.bosun.finance.domain;

import java.util.List;
import java.util.Map;

/**
 * The transaction types of the Date Range report under their English names. Seller Central writes the report in
 * the marketplace's language, values included: a German file says {@code Bestellung} where the English one says
 * {@code Order}, a Japanese one {@code 注文}. Reading them as the English name lets reports of several
 * marketplaces be compared; a type this table does not know is kept as written.
 *
 * <p>The names are those of two open-source tools that read real downloads (sources in
 * {@code docs/localized-headers.md}).
 */
public final class TransactionTypes {

    private static final Map<String, List<String>> LOCALIZED = Map.of(
            "Order", List.of("Commande", "Bestellung", "Ordine", "Pedido", "注文"),
            "Refund", List.of("Remboursement", "Erstattung", "Rimborso", "Reembolso", "返金"),
            "Adjustment", List.of("Ajustement", "Anpassung", "Modifica", "Ajuste", "調整"),
            "Service Fee",
                    List.of(
                            "Frais de service",
                            "Servicegebühr",
                            "Commissione di servizio",
                            "Tarifa de prestación de servicio",
                            "注文外料金"),
            "FBA Inventory Fee",
                    List.of(
                            "Frais de stock Expédié par Amazon",
                            "Versand durch Amazon Lagergebühr",
                            "Costo di stoccaggio Logistica di Amazon",
                            "Tarifas de inventario de Logística de Amazon",
                            "FBA 在庫関連の手数料"),
            "Lightning Deal Fee",
                    List.of(
                            "Tarif de la Vente Flash",
                            "Blitzangebotsgebühr",
                            "Tariffa dell’Offerta Lampo",
                            "Tarifa de Oferta flash",
                            "数量限定タイムセール手数料"),
            "Transfer", List.of("Übertrag"));

    private static final Map<String, String> ENGLISH = english();

    private TransactionTypes() {}

    /** The English name of a type ({@code Erstattung} → {@code Refund}); other values come back unchanged. */
    public static String english(String type) {
        if (type == null) {
            return null;
        }
        return ENGLISH.getOrDefault(type.strip(), type);
    }

    private static Map<String, String> english() {
        Map<String, String> names = new java.util.HashMap<>();
        LOCALIZED.forEach((english, spellings) -> spellings.forEach(s -> names.put(s, english)));
        return Map.copyOf(names);
    }
}
