package dev.bosun.advertising;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.advertising.AdReportFiles.DateCell;
import dev.bosun.advertising.AdReportFiles.Percent;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.ImportFixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sponsored Products console downloads with German and Japanese headers (xlsx, as the console writes them, so
 * dates are date cells and figures numbers). The German header row is that of an advertised product report, the
 * Japanese one that of a search term report, both as tools that read such downloads list them
 * (docs/localized-headers.md).
 */
@BosunTest
class LocalizedConsoleReportTests {

    static final List<Object> GERMAN_ADVERTISED_PRODUCT = List.of(
            "Datum",
            "Portfolioname",
            "Währung",
            "Kampagnen-Name",
            "Anzeigengruppenname",
            "Beworbene SKU",
            "Beworbene ASIN",
            "Impressionen",
            "Klicks",
            "Klickrate (CTR)",
            "Kosten pro Klick (CPC)",
            "Ausgaben",
            "7 Tage, Umsatz gesamt (€)",
            "Gesamtumsatzkosten für Werbung (ACOS) ",
            "Gesamtrendite von Werbeausgaben (Return on Advertising Spend, ROAS)",
            "7 Tage, Aufträge gesamt (#)",
            "7 Tage, Einheiten gesamt (#)",
            "7-Tage-Konversionsrate",
            "7 Tage, Beworbene SKU-Einheiten (#)",
            "7-Tage, Andere SKU-Einheiten (#)",
            "7 Tage, Beworbene SKU-Umsätze (€)",
            "7-Tage, Andere SKU-Umsätze (€)");

    static final List<Object> JAPANESE_SEARCH_TERM = List.of(
            "開始日",
            "終了日",
            "ポートフォリオ名",
            "キャンペーン名",
            "広告グループ名",
            "ターゲティング",
            "マッチタイプ",
            "カスタマーの検索キーワード",
            "インプレッション",
            "クリック",
            "クリックスルー率 (CTR)",
            "平均クリック単価 (CPC)",
            "費用",
            "広告がクリックされてから7日間の総売上高",
            "広告費売上高比率（ACOS）合計",
            "広告費用対効果（ROAS）合計",
            "広告がクリックされてから7日間の合計注文数",
            "広告がクリックされてから7日間の合計販売数");

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    AdPerformance performance;

    @TempDir
    Path dir;

    AdReportFiles files;

    @BeforeEach
    void files() {
        files = new AdReportFiles(imports, directory, dir);
    }

    @Test
    void eachLocalizedHeaderRowFitsOnlyTheConsoleLayout() {
        assertThat(ImportFixture.layoutsSatisfiedBy(imports, strings(GERMAN_ADVERTISED_PRODUCT)))
                .containsExactly("advertising.console-report");
        assertThat(ImportFixture.layoutsSatisfiedBy(imports, strings(JAPANESE_SEARCH_TERM)))
                .containsExactly("advertising.console-report");
    }

    @Test
    void readsAGermanAdvertisedProductReport() {
        SellerAccount account = files.account(Marketplace.DE);
        List<List<Object>> rows = List.of(
                GERMAN_ADVERTISED_PRODUCT,
                List.of(
                        new DateCell(LocalDate.of(2026, 9, 1)),
                        "Küche",
                        "EUR",
                        "SP Knoblauchpresse",
                        "Pressen",
                        "KP-01",
                        "B0DEMO0002",
                        1234,
                        12,
                        new Percent(0.0097),
                        0.5,
                        6.0,
                        59.9,
                        new Percent(0.1002),
                        9.98,
                        2,
                        3,
                        new Percent(0.1667),
                        2,
                        1,
                        39.9,
                        20.0));
        Path file = files.xlsx("Sponsored_Products_Beworbene_Produkte.xlsx", "Tabelle1", rows);

        ImportResult result = files.importFile(account, file);

        assertThat(result.status()).as(result.problems().toString()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("advertising.console-report");
        List<AdvertisedProductPerformance> products =
                performance.advertisedProducts(account.id(), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1));
        assertThat(products).hasSize(1);
        AdvertisedProductPerformance product = products.get(0);
        assertThat(product.scope().marketplace()).isEqualTo(Marketplace.DE);
        assertThat(product.scope().currency()).isEqualTo("EUR");
        assertThat(product.scope().attributionDays()).isEqualTo(7);
        assertThat(product.scope().from()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(product.campaignName()).isEqualTo("SP Knoblauchpresse");
        assertThat(product.adGroupName()).isEqualTo("Pressen");
        assertThat(product.portfolio()).isEqualTo("Küche");
        assertThat(product.sku()).isEqualTo("KP-01");
        assertThat(product.asin()).isEqualTo("B0DEMO0002");
        AdFigures figures = product.figures();
        assertThat(figures.impressions()).isEqualTo(1234);
        assertThat(figures.clicks()).isEqualTo(12);
        assertThat(figures.spend()).isEqualByComparingTo("6.00");
        assertThat(figures.sales()).isEqualByComparingTo("59.90");
        assertThat(figures.orders()).isEqualTo(2);
        assertThat(figures.units()).isEqualTo(3);
        assertThat(figures.advertisedUnits()).isEqualTo(2);
        assertThat(figures.otherUnits()).isEqualTo(1);
        assertThat(figures.advertisedSales()).isEqualByComparingTo("39.90");
        assertThat(figures.otherSales()).isEqualByComparingTo("20.00");
    }

    @Test
    void readsAJapaneseSearchTermReport() {
        SellerAccount account = files.account(Marketplace.JP);
        DateCell start = new DateCell(LocalDate.of(2025, 6, 1));
        DateCell end = new DateCell(LocalDate.of(2025, 6, 30));
        List<List<Object>> rows = List.of(
                JAPANESE_SEARCH_TERM,
                List.of(
                        start,
                        end,
                        "キッチン",
                        "オート にんにく絞り器",
                        "広告グループ 1",
                        "close-match",
                        "-",
                        "にんにく 絞り器",
                        2345,
                        40,
                        new Percent(0.0171),
                        40,
                        1600,
                        5400,
                        new Percent(0.2963),
                        3.38,
                        3,
                        4),
                List.of(
                        start,
                        end,
                        "キッチン",
                        "オート にんにく絞り器",
                        "広告グループ 1",
                        "substitutes",
                        "-",
                        "b0jpdemo09",
                        310,
                        2,
                        new Percent(0.0065),
                        55,
                        110,
                        0,
                        new Percent(0),
                        0,
                        0,
                        0));
        Path file = files.xlsx("スポンサープロダクト広告 検索用語 レポート.xlsx", "シート1", rows);

        ImportResult result = files.importFile(account, file);

        assertThat(result.status()).as(result.problems().toString()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("advertising.console-report");
        List<SearchTermPerformance> terms =
                performance.searchTerms(account.id(), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30)).stream()
                        .sorted(Comparator.comparing(SearchTermPerformance::targeting))
                        .toList();
        assertThat(terms).hasSize(2);
        SearchTermPerformance garlic = terms.get(0);
        assertThat(garlic.scope().marketplace()).isEqualTo(Marketplace.JP);
        assertThat(garlic.scope().currency()).isEqualTo("JPY");
        assertThat(garlic.scope().from()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(garlic.scope().to()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(garlic.scope().attributionDays()).isEqualTo(7);
        assertThat(garlic.campaignName()).isEqualTo("オート にんにく絞り器");
        assertThat(garlic.adGroupName()).isEqualTo("広告グループ 1");
        assertThat(garlic.portfolio()).isEqualTo("キッチン");
        assertThat(garlic.targeting()).isEqualTo("close-match");
        assertThat(garlic.searchTerm()).isEqualTo("にんにく 絞り器");
        assertThat(garlic.figures().impressions()).isEqualTo(2345);
        assertThat(garlic.figures().clicks()).isEqualTo(40);
        assertThat(garlic.figures().spend()).isEqualByComparingTo("1600");
        assertThat(garlic.figures().sales()).isEqualByComparingTo("5400");
        assertThat(garlic.figures().orders()).isEqualTo(3);
        assertThat(garlic.figures().units()).isEqualTo(4);
        assertThat(terms.get(1).searchTerm()).isEqualTo("b0jpdemo09");
        assertThat(terms.get(1).figures().sales()).isEqualByComparingTo("0");
    }

    private static List<String> strings(List<Object> headers) {
        return headers.stream().map(String::valueOf).toList();
    }
}
