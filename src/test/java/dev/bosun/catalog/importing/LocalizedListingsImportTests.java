package dev.bosun.catalog.importing;

import static dev.bosun.catalog.importing.ReportFixtures.CP1252;
import static dev.bosun.catalog.importing.ReportFixtures.account;
import static dev.bosun.catalog.importing.ReportFixtures.cells;
import static dev.bosun.catalog.importing.ReportFixtures.importFile;
import static dev.bosun.catalog.importing.ReportFixtures.problems;
import static dev.bosun.catalog.importing.ReportFixtures.strict;
import static dev.bosun.catalog.importing.ReportFixtures.tsv;
import static dev.bosun.catalog.importing.ReportFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.catalog.Listing;
import dev.bosun.catalog.Listings;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.ImportFixture;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Merchant listings reports with German headers (Windows-1252, as the tools that read German listings decode
 * them) and Japanese headers (Shift_JIS, as Amazon serves Japanese reports unless the seller chose English).
 * Only headers found in sources are used (docs/localized-headers.md); the other columns are left out.
 */
@BosunTest
class LocalizedListingsImportTests {

    static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    static final List<String> GERMAN = List.of(
            "Artikelbezeichnung",
            "Händler-SKU",
            "Preis",
            "Menge",
            "Erstellungsdatum",
            "Produkt-ID-Typ",
            "Artikelzustand",
            "ASIN 1",
            "Produkt-ID",
            "Versender",
            "Status");

    static final List<String> JAPANESE = List.of(
            "出品者SKU",
            "ASIN 1",
            "商品名",
            "商品の説明",
            "出品ID",
            "価格",
            "数量",
            "出品日",
            "商品IDタイプ",
            "コンディション説明",
            "コンディション",
            "商品ID",
            "在庫数",
            "フルフィルメント・チャンネル",
            "法人価格",
            "ポイント",
            "ステータス");

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Listings listings;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void eachLocalizedHeaderRowFitsOnlyTheListingsLayout() {
        assertThat(ImportFixture.layoutsSatisfiedBy(imports, GERMAN)).containsExactly("catalog.merchant-listings");
        assertThat(ImportFixture.layoutsSatisfiedBy(imports, JAPANESE)).containsExactly("catalog.merchant-listings");
    }

    @Test
    void readsAGermanListingsReportInWindows1252() {
        SellerAccount account = account(directory, jdbc, Marketplace.DE);
        String text = tsv(
                GERMAN,
                List.of(
                        cells(
                                "Artikelbezeichnung", "Knoblauchpresse für die Küche",
                                "Händler-SKU", "KP-01",
                                "Preis", "12,99",
                                "Menge", "5",
                                "Produkt-ID-Typ", "1",
                                "Artikelzustand", "11",
                                "ASIN 1", "B0DEMO0002",
                                "Produkt-ID", "B0DEMO0002",
                                "Versender", "DEFAULT",
                                "Status", "Active"),
                        cells(
                                "Artikelbezeichnung", "Zitronenpresse groß",
                                "Händler-SKU", "ZP-02-FBA",
                                "Preis", "1.049,00",
                                "Produkt-ID-Typ", "1",
                                "Artikelzustand", "11",
                                "ASIN 1", "B0DEMO0003",
                                "Versender", "AMAZON_EU",
                                "Status", "Active")));
        Path file = write(dir, "Alle Angebote.txt", text, CP1252);

        ImportResult result = importFile(imports, account.id(), file, strict());

        assertThat(result.status()).as(problems(result)).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("catalog.merchant-listings");
        assertThat(result.inserted()).isEqualTo(2);
        Listing press = listings.find(account.id(), Marketplace.DE, "KP-01").orElseThrow();
        assertThat(press.title()).isEqualTo("Knoblauchpresse für die Küche");
        assertThat(press.price()).isEqualByComparingTo("12.99");
        assertThat(press.currency()).isEqualTo("EUR");
        assertThat(press.quantity()).isEqualTo(5);
        assertThat(press.asin()).isEqualTo("B0DEMO0002");
        assertThat(press.productIdType()).isEqualTo("1");
        assertThat(press.itemCondition()).isEqualTo("11");
        assertThat(press.fulfilledBy()).isEqualTo("MFN");
        Listing lemon = listings.find(account.id(), Marketplace.DE, "ZP-02-FBA").orElseThrow();
        assertThat(lemon.title()).isEqualTo("Zitronenpresse groß");
        assertThat(lemon.price()).as("a German thousands point").isEqualByComparingTo("1049.00");
        assertThat(lemon.fulfilledBy()).isEqualTo("AFN");
    }

    @Test
    void readsAJapaneseListingsReportInShiftJis() {
        SellerAccount account = account(directory, jdbc, Marketplace.JP);
        String text = tsv(
                JAPANESE,
                List.of(
                        cells(
                                "出品者SKU", "NS-01",
                                "ASIN 1", "B0JPDEMO02",
                                "商品名", "にんにく絞り器 ステンレス",
                                "出品ID", "0512ABCDEF1",
                                "価格", "1,080",
                                "数量", "12",
                                "商品IDタイプ", "1",
                                "コンディション", "11",
                                "商品ID", "B0JPDEMO02",
                                "フルフィルメント・チャンネル", "DEFAULT",
                                "ポイント", "0",
                                "ステータス", "Active"),
                        cells(
                                "出品者SKU", "NS-02-FBA",
                                "ASIN 1", "B0JPDEMO03",
                                "商品名", "レモン絞り器",
                                "価格", "2980",
                                "商品IDタイプ", "1",
                                "コンディション", "11",
                                "フルフィルメント・チャンネル", "AMAZON_JP",
                                "ステータス", "Inactive")));
        Path file = write(dir, "出品詳細レポート.txt", text, SHIFT_JIS);

        ImportResult result = importFile(imports, account.id(), file, strict());

        assertThat(result.status()).as(problems(result)).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("catalog.merchant-listings");
        Listing press = listings.find(account.id(), Marketplace.JP, "NS-01").orElseThrow();
        assertThat(press.title()).isEqualTo("にんにく絞り器 ステンレス");
        assertThat(press.listingId()).isEqualTo("0512ABCDEF1");
        assertThat(press.price()).as("yen with a thousands comma").isEqualByComparingTo("1080");
        assertThat(press.currency()).isEqualTo("JPY");
        assertThat(press.quantity()).isEqualTo(12);
        assertThat(press.asin()).isEqualTo("B0JPDEMO02");
        assertThat(press.fulfilledBy()).isEqualTo("MFN");
        assertThat(press.status()).isEqualTo("Active");
        Listing fba = listings.find(account.id(), Marketplace.JP, "NS-02-FBA").orElseThrow();
        assertThat(fba.price()).isEqualByComparingTo("2980");
        assertThat(fba.fulfilledBy()).isEqualTo("AFN");
        assertThat(fba.status()).isEqualTo("Inactive");
    }
}
