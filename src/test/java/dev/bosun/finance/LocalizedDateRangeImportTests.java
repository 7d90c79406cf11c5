package dev.bosun.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.ImportFixture;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Date Range (transaction) report as Seller Central writes it in the marketplace's language: German, French,
 * Italian, Spanish and Japanese headers, transaction types and number formats (docs/localized-headers.md gives
 * the sources). The German file is Windows-1252 (a German importer of these files reads its {@code Umsätze}
 * header as {@code Ums?tze}), the Japanese one Shift_JIS.
 */
@BosunTest
class LocalizedDateRangeImportTests {

    static final List<String> GERMAN = List.of(
            "Datum/Uhrzeit",
            "Abrechnungsnummer",
            "Typ",
            "Bestellnummer",
            "SKU",
            "Beschreibung",
            "Menge",
            "Marketplace",
            "Versand",
            "Ort der Bestellung",
            "Bundesland",
            "Postleitzahl",
            "Steuererhebungsmodell",
            "Umsätze",
            "Produktumsatzsteuer",
            "Gutschrift für Versandkosten",
            "Steuer auf Versandgutschrift",
            "Gutschrift für Geschenkverpackung",
            "Steuer auf Geschenkverpackungsgutschriften",
            "Rabatte aus Werbeaktionen",
            "Steuer auf Aktionsrabatte",
            "Einbehaltene Steuer auf Marketplace",
            "Verkaufsgebühren",
            "Gebühren zu Versand durch Amazon",
            "Andere Transaktionsgebühren",
            "Andere",
            "Gesamt",
            "Transaktionsstatus",
            "Freigabedatum der Transaktion");

    static final List<String> JAPANESE = List.of(
            "日付/時間",
            "決済番号",
            "トランザクションの種類",
            "注文番号",
            "SKU",
            "説明",
            "数量",
            "Amazon 出品サービス",
            "フルフィルメント",
            "市町村",
            "都道府県",
            "郵便番号",
            "税金徴収型",
            "商品売上",
            "商品の売上税",
            "配送料",
            "配送料の税金",
            "ギフト包装手数料",
            "ギフト包装クレジットの税金",
            "Amazonポイントの費用",
            "プロモーション割引額",
            "プロモーション割引の税金",
            "源泉徴収税を伴うマーケットプレイス",
            "手数料",
            "FBA 手数料",
            "トランザクションに関するその他の手数料",
            "その他",
            "合計");

    static final List<String> FRENCH = List.of(
            "date/heure",
            "numéro de versement",
            "type",
            "numéro de la commande",
            "sku",
            "description",
            "quantité",
            "Marketplace",
            "traitement",
            "ville d'où provient la commande",
            "Région d'où provient la commande",
            "code postal de la commande",
            "Modèle de perception des taxes",
            "ventes de produits",
            "Taxes sur la vente des produits",
            "crédits d'expédition",
            "taxe sur les crédits d’expédition",
            "crédits sur l'emballage cadeau",
            "Taxes sur les crédits cadeaux",
            "Rabais promotionnels",
            "Taxes sur les remises promotionnelles",
            "Taxes retenues sur le site de vente",
            "frais de vente",
            "Frais Expédié par Amazon",
            "autres frais de transaction",
            "autre",
            "total");

    /** The other French header row a French tool knows ("FR_ALT"): payment id, order number, "site de vente". */
    static final List<String> FRENCH_OTHER = List.of(
            "date/heure",
            "Identifiant du paiement",
            "type",
            "Numéro de la commande",
            "SKU",
            "description",
            "site de vente",
            "ventes de produits",
            "frais de vente",
            "total");

    static final List<String> ITALIAN = List.of(
            "Data/Ora:",
            "Numero pagamento",
            "Tipo",
            "Numero ordine",
            "SKU",
            "Descrizione",
            "Quantità",
            "Marketplace",
            "Gestione",
            "Città di provenienza dell'ordine",
            "Provincia di provenienza dell'ordine",
            "CAP dell'ordine",
            "modello di riscossione delle imposte",
            "Vendite",
            "imposta sulle vendite dei prodotti",
            "Accrediti per le spedizioni",
            "imposta accrediti per le spedizioni",
            "Accrediti per confezioni regalo",
            "imposta sui crediti confezione regalo",
            "Sconti promozionali",
            "imposta sugli sconti promozionali",
            "trattenuta IVA del marketplace",
            "Commissioni di vendita",
            "Costi del servizio Logistica di Amazon",
            "Altri costi relativi alle transazioni",
            "Altro",
            "totale");

    static final List<String> SPANISH = List.of(
            "fecha y hora",
            "identificador de pago",
            "tipo",
            "número de pedido",
            "sku",
            "descripción",
            "cantidad",
            "web de Amazon",
            "gestión logística",
            "ciudad de procedencia del pedido",
            "comunidad autónoma de procedencia del pedido",
            "código postal de procedencia del pedido",
            "Formulario de recaudación de impuestos",
            "ventas de productos",
            "impuesto de ventas de productos",
            "abonos de envío",
            "impuestos por abonos de envío",
            "abonos de envoltorio para regalo",
            "giftwrap credits tax",
            "devoluciones promocionales",
            "promotional rebates tax",
            "impuesto retenido en el sitio web",
            "tarifas de venta",
            "tarifas de Logística de Amazon",
            "tarifas de otras transacciones",
            "otro",
            "total");

    @Autowired
    AccountDirectory directory;

    @Autowired
    ReportImports imports;

    @Autowired
    PaymentTransactions transactions;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    FinanceFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new FinanceFixtures(directory, imports, jdbc, folder);
    }

    static Stream<Arguments> headerRows() {
        return Stream.of(
                Arguments.of("German", GERMAN),
                Arguments.of("Japanese", JAPANESE),
                Arguments.of("French", FRENCH),
                Arguments.of("French, other header row", FRENCH_OTHER),
                Arguments.of("Italian", ITALIAN),
                Arguments.of("Italian without the colon", replace(ITALIAN, "Data/Ora:", "Data/Ora")),
                Arguments.of("Spanish", SPANISH));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headerRows")
    void aLocalizedHeaderRowFitsOnlyTheDateRangeLayout(String language, List<String> headers) {
        assertThat(ImportFixture.layoutsSatisfiedBy(imports, headers))
                .as(language)
                .containsExactly("finance.transactions-date-range");
    }

    @Test
    void readsTheGermanReportWithItsTypesDatesAndDecimalCommas() {
        SellerAccount account = fixtures.account(Marketplace.DE);
        String text = "\"Alle Beträge in Euro sofern nicht anders gekennzeichnet\"\n"
                + csvLine(GERMAN)
                + row(
                        GERMAN,
                        "Datum/Uhrzeit",
                        "01.12.2019 00:07:47 UTC",
                        "Abrechnungsnummer",
                        "12447169531",
                        "Typ",
                        "Bestellung",
                        "Bestellnummer",
                        "302-0688349-7048213",
                        "SKU",
                        "KP-01",
                        "Beschreibung",
                        "Knoblauchpresse für die Küche",
                        "Menge",
                        "1",
                        "Marketplace",
                        "amazon.de",
                        "Versand",
                        "Amazon",
                        "Ort der Bestellung",
                        "München",
                        "Umsätze",
                        "21,00",
                        "Produktumsatzsteuer",
                        "3,99",
                        "Verkaufsgebühren",
                        "-3,75",
                        "Gebühren zu Versand durch Amazon",
                        "-2,70",
                        "Gesamt",
                        "18,54")
                + row(
                        GERMAN,
                        "Datum/Uhrzeit",
                        "03.12.2019 15:04:05 UTC",
                        "Abrechnungsnummer",
                        "12447169531",
                        "Typ",
                        "Servicegebühr",
                        "Beschreibung",
                        "Werbekosten",
                        "Andere",
                        "-1.234,56",
                        "Gesamt",
                        "-1.234,56")
                + row(
                        GERMAN,
                        "Datum/Uhrzeit",
                        "15.12.2019 23:59:59 UTC",
                        "Abrechnungsnummer",
                        "12447169531",
                        "Typ",
                        "Erstattung",
                        "Bestellnummer",
                        "302-0688349-7048213",
                        "SKU",
                        "KP-01",
                        "Beschreibung",
                        "Knoblauchpresse für die Küche",
                        "Menge",
                        "1",
                        "Marketplace",
                        "amazon.de",
                        "Versand",
                        "Amazon",
                        "Umsätze",
                        "-21,00",
                        "Verkaufsgebühren",
                        "3,00",
                        "Gesamt",
                        "-18,00");

        ImportResult result = fixtures.importText(
                account, "2019DezMonatlicheTransaktionen.csv", text, Charset.forName("windows-1252"), strict());

        assertThat(result.status()).as(result.problems().toString()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("finance.transactions-date-range");
        assertThat(result.rows()).isEqualTo(3);
        assertThat(result.marketplaces()).containsExactly("DE");
        assertThat(result.periodFrom()).isEqualTo(LocalDate.of(2019, 12, 1));
        List<PaymentTransaction> rows = all(account);
        assertThat(rows).extracting(PaymentTransaction::type).containsExactly("Order", "Service Fee", "Refund");
        PaymentTransaction order = rows.get(0);
        assertThat(order.postedAt()).isEqualTo(Instant.parse("2019-12-01T00:07:47Z"));
        assertThat(order.orderId()).isEqualTo("302-0688349-7048213");
        assertThat(order.description()).isEqualTo("Knoblauchpresse für die Küche");
        assertThat(order.marketplace()).isEqualTo(Marketplace.DE);
        assertThat(order.orderCity()).isEqualTo("München");
        assertThat(order.currency()).isEqualTo("EUR");
        assertThat(order.amounts().productSales()).isEqualByComparingTo("21.00");
        assertThat(order.amounts().productSalesTax()).isEqualByComparingTo("3.99");
        assertThat(order.amounts().sellingFees()).isEqualByComparingTo("-3.75");
        assertThat(order.amounts().fbaFees()).isEqualByComparingTo("-2.70");
        assertThat(order.total()).isEqualByComparingTo("18.54");
        PaymentTransaction fee = rows.get(1);
        assertThat(fee.description()).isEqualTo("Werbekosten");
        assertThat(fee.amounts().other()).isEqualByComparingTo("-1234.56");
        assertThat(fee.total()).isEqualByComparingTo("-1234.56");
        assertThat(rows.get(2).postedAt()).isEqualTo(Instant.parse("2019-12-15T23:59:59Z"));
        assertThat(rows.get(2).total()).isEqualByComparingTo("-18.00");
    }

    @Test
    void readsTheJapaneseReportInShiftJis() {
        SellerAccount account = fixtures.account(Marketplace.JP);
        String text = "\"指定のない場合、単位は円\"\n"
                + csvLine(JAPANESE)
                + row(
                        JAPANESE,
                        "日付/時間",
                        "2019/12/01 09:07:47 JST",
                        "決済番号",
                        "12447169531",
                        "トランザクションの種類",
                        "注文",
                        "注文番号",
                        "250-0688349-7048213",
                        "SKU",
                        "NS-01",
                        "説明",
                        "にんにく絞り器 ステンレス",
                        "数量",
                        "1",
                        "Amazon 出品サービス",
                        "amazon.co.jp",
                        "フルフィルメント",
                        "Amazon",
                        "都道府県",
                        "東京都",
                        "商品売上",
                        "1,080",
                        "手数料",
                        "-162",
                        "FBA 手数料",
                        "-318",
                        "合計",
                        "600")
                + row(
                        JAPANESE,
                        "日付/時間",
                        "2019/12/02 10:00:00 JST",
                        "決済番号",
                        "12447169531",
                        "トランザクションの種類",
                        "返金",
                        "注文番号",
                        "250-0688349-7048213",
                        "SKU",
                        "NS-01",
                        "説明",
                        "にんにく絞り器 ステンレス",
                        "数量",
                        "1",
                        "Amazon 出品サービス",
                        "amazon.co.jp",
                        "商品売上",
                        "-1,080",
                        "手数料",
                        "130",
                        "合計",
                        "-950")
                + row(
                        JAPANESE,
                        "日付/時間",
                        "2019/12/03 12:30:00 JST",
                        "決済番号",
                        "12447169531",
                        "トランザクションの種類",
                        "注文外料金",
                        "説明",
                        "広告費用",
                        "その他",
                        "-12,345",
                        "合計",
                        "-12,345");

        ImportResult result =
                fixtures.importText(account, "2019Dec月次トランザクション.csv", text, Charset.forName("windows-31j"), strict());

        assertThat(result.status()).as(result.problems().toString()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("finance.transactions-date-range");
        assertThat(result.marketplaces()).containsExactly("JP");
        List<PaymentTransaction> rows = all(account);
        assertThat(rows).extracting(PaymentTransaction::type).containsExactly("Order", "Refund", "Service Fee");
        PaymentTransaction order = rows.get(0);
        assertThat(order.postedAt()).isEqualTo(Instant.parse("2019-12-01T00:07:47Z"));
        assertThat(order.description()).isEqualTo("にんにく絞り器 ステンレス");
        assertThat(order.marketplace()).isEqualTo(Marketplace.JP);
        assertThat(order.orderState()).isEqualTo("東京都");
        assertThat(order.currency()).isEqualTo("JPY");
        assertThat(order.amounts().productSales()).isEqualByComparingTo("1080");
        assertThat(order.amounts().sellingFees()).isEqualByComparingTo("-162");
        assertThat(order.amounts().fbaFees()).isEqualByComparingTo("-318");
        assertThat(order.total()).isEqualByComparingTo("600");
        assertThat(rows.get(1).amounts().productSales()).isEqualByComparingTo("-1080");
        assertThat(rows.get(2).total()).isEqualByComparingTo("-12345");
    }

    /**
     * French, Italian and Spanish files: their headers and transaction types are those of the sources, their amounts
     * have decimal commas (the tool that lists these headers reads every non-English file with a decimal comma).
     * How they write the time was not found; the rows use the day-first numeric form with UTC that the reader
     * accepts for EU accounts, so this test checks the headers and type names, not Amazon's date form.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("romance")
    void readsTheFrenchItalianAndSpanishHeadersAndTypes(
            String language, List<String> headers, Marketplace marketplace, String order, String refund) {
        SellerAccount account = fixtures.account(marketplace);
        String date = headers.get(0);
        String type = headers.get(2);
        String total = headers.get(headers.size() - 1);
        String sales = headers.get(13);
        String text = csvLine(headers)
                + row(
                        headers,
                        date,
                        "01/12/2019 00:07:47 UTC",
                        headers.get(1),
                        "12447169531",
                        type,
                        order,
                        headers.get(3),
                        "171-0688349-7048213",
                        headers.get(4),
                        "KP-01",
                        headers.get(5),
                        "Presse",
                        sales,
                        "21,00",
                        total,
                        "17,55")
                + row(
                        headers,
                        date,
                        "02/12/2019 10:00:00 UTC",
                        headers.get(1),
                        "12447169531",
                        type,
                        refund,
                        headers.get(3),
                        "171-0688349-7048213",
                        headers.get(4),
                        "KP-01",
                        headers.get(5),
                        "Presse",
                        sales,
                        "-21,00",
                        total,
                        "-1.018,00");

        ImportResult result = fixtures.importText(
                account, language + ".csv", "\uFEFF" + text, StandardCharsets.UTF_8, FinanceFixtures.in(marketplace));

        assertThat(result.status()).as(result.problems().toString()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("finance.transactions-date-range");
        List<PaymentTransaction> rows = all(account);
        assertThat(rows).extracting(PaymentTransaction::type).containsExactly("Order", "Refund");
        assertThat(rows.get(0).postedAt()).isEqualTo(Instant.parse("2019-12-01T00:07:47Z"));
        assertThat(rows.get(0).amounts().productSales()).isEqualByComparingTo("21.00");
        assertThat(rows.get(0).total()).isEqualByComparingTo("17.55");
        assertThat(rows.get(1).total()).isEqualByComparingTo("-1018.00");
        assertThat(rows.get(0).currency()).isEqualTo("EUR");
    }

    static Stream<Arguments> romance() {
        return Stream.of(
                Arguments.of("French", FRENCH, Marketplace.FR, "Commande", "Remboursement"),
                Arguments.of("Italian", ITALIAN, Marketplace.IT, "Ordine", "Rimborso"),
                Arguments.of("Spanish", SPANISH, Marketplace.ES, "Pedido", "Reembolso"));
    }

    private List<PaymentTransaction> all(SellerAccount account) {
        return transactions.postedBetween(
                account.id(), Instant.parse("2019-01-01T00:00:00Z"), Instant.parse("2021-01-01T00:00:00Z"));
    }

    private static ImportOptions strict() {
        return ImportOptions.strict("test");
    }

    private static List<String> replace(List<String> headers, String header, String by) {
        return headers.stream().map(h -> h.equals(header) ? by : h).toList();
    }

    private static String csvLine(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",")) + "\n";
    }

    /** A quoted CSV line of the given headers, with the cells named as header, value, header, value… */
    private static String row(List<String> headers, String... headersAndValues) {
        String[] cells = new String[headers.size()];
        Arrays.fill(cells, "");
        for (int i = 0; i < headersAndValues.length; i += 2) {
            int at = headers.indexOf(headersAndValues[i]);
            if (at < 0) {
                throw new IllegalArgumentException("no column " + headersAndValues[i]);
            }
            cells[at] = headersAndValues[i + 1];
        }
        return csvLine(Arrays.asList(cells));
    }
}
