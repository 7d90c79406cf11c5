package dev.bosun.finance.importing;

import static dev.bosun.amazon.ColumnSpec.optional;
import static dev.bosun.amazon.ColumnSpec.required;

import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ImportCounts;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportImporter;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.ReportRow;
import dev.bosun.finance.PaymentTransaction;
import dev.bosun.finance.PaymentTransactions;
import dev.bosun.finance.domain.StatedCurrency;
import dev.bosun.finance.domain.TransactionKey;
import dev.bosun.finance.domain.TransactionTypes;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The Date Range report of Seller Central (Payments › Reports Repository › Transaction): a CSV whose header row
 * follows a few description lines, one of which states the currency ({@code All amounts in USD, unless
 * specified}). Its columns vary by marketplace and year ({@code account type}, {@code Regulatory Fee}, {@code Tax
 * On Regulatory Fee} and the order address columns come and go); the UK file says {@code postage credits}. A
 * transaction has no id, so it is keyed by a digest of its identifying fields and its occurrence among identical
 * rows of the file: overlapping downloads then meet on the same rows.
 *
 * <p>Seller Central writes the report in the marketplace's language: German, French, Italian, Spanish and
 * Japanese files have their own headers (listed with the layout) and transaction types, which are read as the
 * English type ({@link TransactionTypes}); amounts and times follow the file's conventions ({@code 1.234,56},
 * {@code 01.12.2019 00:07:47 UTC}, {@code 2019/12/01 09:07:47 JST}).
 */
@Component
class DateRangeTransactionsImporter implements ReportImporter {

    static final ReportLayout LAYOUT = ReportLayout.table(
            "finance.transactions-date-range",
            "Date Range transactions",
            List.of("Date Range Report (Transaction)", "Payments Reports Repository: Transaction"),
            List.of(
                    // German, French, Italian, Spanish and Japanese headers: docs/localized-headers.md
                    required("date/time", "Datum/Uhrzeit", "date/heure", "Data/Ora:", "fecha y hora", "日付/時間"),
                    required(
                            "settlement id",
                            "Abrechnungsnummer",
                            "numéro de versement",
                            "Identifiant du paiement",
                            "Numero pagamento",
                            "identificador de pago",
                            "決済番号"),
                    required("type", "Typ", "Tipo", "トランザクションの種類"),
                    required(
                            "order id",
                            "Bestellnummer",
                            "numéro de la commande",
                            "Numero ordine",
                            "número de pedido",
                            "注文番号"),
                    required("sku"),
                    required("description", "Beschreibung", "Descrizione", "descripción", "説明"),
                    optional("quantity", "Menge", "quantité", "Quantità", "cantidad", "数量"),
                    optional("marketplace", "site de vente", "web de Amazon", "Amazon 出品サービス"),
                    optional("account type"),
                    optional("fulfillment", "Versand", "traitement", "Gestione", "gestión logística", "フルフィルメント"),
                    optional(
                            "order city",
                            "Ort der Bestellung",
                            "ville d'où provient la commande",
                            "Città di provenienza dell'ordine",
                            "ciudad de procedencia del pedido",
                            "市町村"),
                    optional(
                            "order state",
                            "Bundesland",
                            "Région d'où provient la commande",
                            "Provincia di provenienza dell'ordine",
                            "comunidad autónoma de procedencia del pedido",
                            "都道府県"),
                    optional(
                            "order postal",
                            "Postleitzahl",
                            "code postal de la commande",
                            "CAP dell'ordine",
                            "código postal de procedencia del pedido",
                            "郵便番号"),
                    optional(
                            "tax collection model",
                            "Steuererhebungsmodell",
                            "Modèle de perception des taxes",
                            "modello di riscossione delle imposte",
                            "Formulario de recaudación de impuestos",
                            "税金徴収型"),
                    optional(
                            "product sales", "Umsätze", "ventes de produits", "Vendite", "ventas de productos", "商品売上"),
                    optional(
                            "product sales tax",
                            "Produktumsatzsteuer",
                            "Taxes sur la vente des produits",
                            "imposta sulle vendite dei prodotti",
                            "impuesto de ventas de productos",
                            "商品の売上税"),
                    optional(
                            "shipping credits",
                            "postage credits",
                            "Gutschrift für Versandkosten",
                            "crédits d'expédition",
                            "Accrediti per le spedizioni",
                            "abonos de envío",
                            "配送料"),
                    optional(
                            "shipping credits tax",
                            "postage credits tax",
                            "Steuer auf Versandgutschrift",
                            "taxe sur les crédits d’expédition",
                            "imposta accrediti per le spedizioni",
                            "impuestos por abonos de envío",
                            "配送料の税金"),
                    optional(
                            "gift wrap credits",
                            "Gutschrift für Geschenkverpackung",
                            "crédits sur l'emballage cadeau",
                            "Accrediti per confezioni regalo",
                            "abonos de envoltorio para regalo",
                            "ギフト包装手数料"),
                    optional(
                            "giftwrap credits tax",
                            "gift wrap credits tax",
                            "Steuer auf Geschenkverpackungsgutschriften",
                            "Taxes sur les crédits cadeaux",
                            "imposta sui crediti confezione regalo",
                            "ギフト包装クレジットの税金"),
                    optional("regulatory fee"),
                    optional("tax on regulatory fee"),
                    optional(
                            "promotional rebates",
                            "Rabatte aus Werbeaktionen",
                            "Rabais promotionnels",
                            "Sconti promozionali",
                            "devoluciones promocionales",
                            "プロモーション割引額"),
                    optional(
                            "promotional rebates tax",
                            "Steuer auf Aktionsrabatte",
                            "Taxes sur les remises promotionnelles",
                            "imposta sugli sconti promozionali",
                            "プロモーション割引の税金"),
                    optional(
                            "marketplace withheld tax",
                            "Einbehaltene Steuer auf Marketplace",
                            "Taxes retenues sur le site de vente",
                            "trattenuta IVA del marketplace",
                            "impuesto retenido en el sitio web",
                            "源泉徴収税を伴うマーケットプレイス"),
                    optional(
                            "selling fees",
                            "Verkaufsgebühren",
                            "frais de vente",
                            "Commissioni di vendita",
                            "tarifas de venta",
                            "手数料"),
                    optional(
                            "fba fees",
                            "Gebühren zu Versand durch Amazon",
                            "Frais Expédié par Amazon",
                            "Costi del servizio Logistica di Amazon",
                            "tarifas de Logística de Amazon",
                            "FBA 手数料"),
                    optional(
                            "other transaction fees",
                            "Andere Transaktionsgebühren",
                            "autres frais de transaction",
                            "Altri costi relativi alle transazioni",
                            "tarifas de otras transacciones",
                            "トランザクションに関するその他の手数料"),
                    optional("other", "Andere", "autre", "Altro", "otro", "その他"),
                    required("total", "Gesamt", "totale", "合計")));

    private final PaymentTransactions transactions;

    DateRangeTransactionsImporter(PaymentTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        Optional<String> stated = StatedCurrency.in(content.preamble());
        PaymentTransactions.Recorder recorder = transactions.recorder(context.accountId(), context.batchId());
        Map<String, Integer> occurrences = new HashMap<>();
        for (ReportRow row : content.rows()) {
            PaymentTransaction transaction = read(context, row, stated, occurrences);
            if (transaction != null && row.valid()) {
                recorder.add(transaction);
                if (transaction.marketplace() != null) {
                    context.coverage().saw(transaction.marketplace());
                }
                context.coverage()
                        .saw(LocalDate.ofInstant(
                                transaction.postedAt(),
                                transaction.marketplace() == null
                                        ? context.zone()
                                        : transaction.marketplace().zone()));
            }
        }
        UpsertCounts counts = recorder.finish();
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    private static PaymentTransaction read(
            ImportContext context, ReportRow row, Optional<String> stated, Map<String, Integer> occurrences) {
        Instant postedAt = row.requireInstant("date/time");
        String settlementId = key(row, "settlement id", 40);
        String type = TransactionTypes.english(row.requireText("type"));
        if (type != null && type.length() > 100) {
            row.reject("type", "a transaction type of at most 100 characters", type.length() + " characters");
        }
        String orderId = key(row, "order id", 60);
        String sku = key(row, "sku", 200);
        String description = key(row, "description", 2000);
        BigDecimal total = row.requireMoney("total");
        String marketplaceName = limited(row, "marketplace", 100);
        Marketplace marketplace = context.marketplaceNamed(marketplaceName)
                .or(context::defaultMarketplace)
                .orElse(null);
        String currency = stated.orElse(
                marketplace == null ? null : marketplace.currency().getCurrencyCode());
        if (currency == null) {
            row.reject(
                    "marketplace",
                    "a marketplace (or a preamble line such as \"All amounts in USD, unless specified\") that tells "
                            + "the currency; import the file with --marketplace",
                    marketplaceName == null ? "nothing" : "\"" + marketplaceName + "\"");
        }
        Long quantity = row.integer("quantity");
        if (quantity != null && Math.abs(quantity) > 1_000_000) {
            row.reject("quantity", "a quantity up to 1,000,000", quantity.toString());
        }
        PaymentTransaction.Amounts amounts = new PaymentTransaction.Amounts(
                row.money("product sales"),
                row.money("product sales tax"),
                row.money("shipping credits"),
                row.money("shipping credits tax"),
                row.money("gift wrap credits"),
                row.money("giftwrap credits tax"),
                row.money("regulatory fee"),
                row.money("tax on regulatory fee"),
                row.money("promotional rebates"),
                row.money("promotional rebates tax"),
                row.money("marketplace withheld tax"),
                row.money("selling fees"),
                row.money("fba fees"),
                row.money("other transaction fees"),
                row.money("other"));
        String accountType = limited(row, "account type", 100);
        String fulfillment = limited(row, "fulfillment", 40);
        String city = limited(row, "order city", 200);
        String state = limited(row, "order state", 100);
        String postal = limited(row, "order postal", 40);
        String taxModel = limited(row, "tax collection model", 100);
        if (!row.valid()) {
            return null;
        }
        String key = TransactionKey.of(settlementId, postedAt, type, orderId, sku, description, total);
        int occurrence = occurrences.merge(key, 1, Integer::sum);
        return new PaymentTransaction(
                key,
                occurrence,
                postedAt,
                settlementId,
                type,
                orderId,
                sku,
                description,
                quantity == null ? null : quantity.intValue(),
                marketplace,
                marketplaceName,
                accountType,
                fulfillment,
                city,
                state,
                postal,
                taxModel,
                currency,
                amounts,
                total);
    }

    /** An identifying text column: empty when the report leaves it empty (transfers have no order or sku). */
    private static String key(ReportRow row, String column, int max) {
        String text = limited(row, column, max);
        return text == null ? "" : text;
    }

    private static String limited(ReportRow row, String column, int max) {
        String text = row.text(column);
        if (text != null && text.length() > max) {
            row.reject(column, "at most " + max + " characters", text.length() + " characters");
            return null;
        }
        return text;
    }

    @Override
    public List<String> batchTables() {
        return List.of("finance_transactions");
    }
}
