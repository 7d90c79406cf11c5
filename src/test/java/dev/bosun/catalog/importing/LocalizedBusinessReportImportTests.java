package dev.bosun.catalog.importing;

import static dev.bosun.catalog.importing.ReportFixtures.account;
import static dev.bosun.catalog.importing.ReportFixtures.cells;
import static dev.bosun.catalog.importing.ReportFixtures.csv;
import static dev.bosun.catalog.importing.ReportFixtures.importFile;
import static dev.bosun.catalog.importing.ReportFixtures.period;
import static dev.bosun.catalog.importing.ReportFixtures.problems;
import static dev.bosun.catalog.importing.ReportFixtures.strict;
import static dev.bosun.catalog.importing.ReportFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.catalog.AccountTraffic;
import dev.bosun.catalog.AsinTraffic;
import dev.bosun.catalog.Traffic;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.ImportFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Business Reports downloaded from Seller Central in German and in Japanese: their headers (as listed in
 * docs/localized-headers.md with their sources) lead to the English columns, and their figures are read in the
 * marketplace's formats. The German files are UTF-8, as the tool the German headers come from reads them; the
 * Japanese ones UTF-8 with a byte order mark ("Amazon reports often have BOM", says the tool that reads them).
 */
@BosunTest
class LocalizedBusinessReportImportTests {

    static final List<String> GERMAN_BY_CHILD_ITEM = List.of(
            "(Übergeordnete) ASIN",
            "(Untergeordnete) ASIN",
            "Titel",
            "SKU",
            "Sitzungen – mobile App",
            "Sitzungen – Browser",
            "Sitzungen – Summe",
            "Sitzungen – Summe – B2B",
            "Seitenaufrufe – Summe",
            "Seitenaufrufe – Summe – B2B",
            "Bestellte Einheiten",
            "Bestellte Einheiten – B2B",
            "Prozentsatz an Einheiten pro Sitzung",
            "Durch bestellte Produkte erzielter Umsatz",
            "Bestellsumme – B2B",
            "Zahl der Bestellposten",
            "Zahl der Bestellposten – B2B");

    static final List<String> JAPANESE_BY_CHILD_ITEM = List.of(
            "（親）ASIN",
            "（子）ASIN",
            "タイトル",
            "SKU",
            "セッション数 - 合計",
            "セッション率 - 合計",
            "ページビュー - 合計",
            "ページビュー率 - 合計",
            "おすすめ出品（おすすめ商品）の獲得率",
            "注文された商品点数",
            "ユニットセッション率",
            "注文商品の売上額",
            "注文品目総数");

    static final List<String> GERMAN_BY_DATE = List.of(
            "Datum",
            "Durch bestellte Produkte erzielter Umsatz",
            "Bestellsumme – B2B",
            "Bestellte Einheiten",
            "Bestellte Einheiten – B2B",
            "Zahl der Bestellposten",
            "Zahl der Bestellposten – B2B",
            "Durchschnittlicher Umsatz/Bestellposten",
            "Durchschnitt Anzahl von Einheiten/Bestellposten",
            "Durchschnittlicher Verkaufspreis",
            "Seitenaufrufe – Summe",
            "Sitzungen – Summe",
            "Prozentsatz Bestellposten pro Sitzung",
            "Durchschnittliche Angebotszahl");

    static final List<String> JAPANESE_BY_DATE = List.of(
            "日付",
            "注文商品の売上額",
            "注文商品の売上額 - B2B",
            "注文された商品点数",
            "注文点数 - B2B",
            "注文品目総数",
            "注文品目総数 - B2B",
            "ページビュー - 合計",
            "ページビュー - 合計 - B2B",
            "セッション数 - 合計",
            "セッション数 - 合計 - B2B",
            "おすすめ出品（おすすめ商品）の獲得率",
            "おすすめ出品（おすすめ商品）の獲得率 - B2B",
            "ユニットセッション率",
            "ユニットセッション率 - B2B",
            "平均出品数",
            "親商品の平均数");

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Traffic traffic;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    static Stream<Arguments> headerRows() {
        return Stream.of(
                Arguments.of("German, by child item", GERMAN_BY_CHILD_ITEM, "catalog.traffic-by-child-item"),
                Arguments.of("Japanese, by child item", JAPANESE_BY_CHILD_ITEM, "catalog.traffic-by-child-item"),
                Arguments.of("German, by date", GERMAN_BY_DATE, "catalog.sales-traffic-by-date"),
                Arguments.of("Japanese, by date", JAPANESE_BY_DATE, "catalog.sales-traffic-by-date"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headerRows")
    void aLocalizedHeaderRowFitsExactlyOneLayout(String report, List<String> headers, String layout) {
        assertThat(ImportFixture.layoutsSatisfiedBy(imports, headers))
                .as(report)
                .containsExactly(layout);
    }

    @Test
    void readsAGermanDownloadByChildItem() {
        SellerAccount account = account(directory, jdbc, Marketplace.DE);
        String text = csv(
                GERMAN_BY_CHILD_ITEM,
                List.of(cells(
                        "(Übergeordnete) ASIN", "B0DEMO0001",
                        "(Untergeordnete) ASIN", "B0DEMO0002",
                        "Titel", "Knoblauchpresse für die Küche",
                        "SKU", "KP-01",
                        "Sitzungen – mobile App", "255",
                        "Sitzungen – Browser", "172",
                        "Sitzungen – Summe", "427",
                        "Sitzungen – Summe – B2B", "6",
                        "Seitenaufrufe – Summe", "1,250",
                        "Seitenaufrufe – Summe – B2B", "10",
                        "Bestellte Einheiten", "70",
                        "Bestellte Einheiten – B2B", "1",
                        "Prozentsatz an Einheiten pro Sitzung", "16.40%",
                        "Durch bestellte Produkte erzielter Umsatz", "1.999,55 €",
                        "Bestellsumme – B2B", "28,56 €",
                        "Zahl der Bestellposten", "68",
                        "Zahl der Bestellposten – B2B", "1")));
        Path file = write(dir, "BusinessReport-24.11.26.csv", text, StandardCharsets.UTF_8);

        ImportResult result = importFile(imports, account.id(), file, period(day(24), day(24)));

        assertThat(result.status()).as(problems(result)).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("catalog.traffic-by-child-item");
        AsinTraffic child =
                traffic.asinTraffic(account.id(), Marketplace.DE, "B0DEMO0002").get(0);
        assertThat(child.parentAsin()).isEqualTo("B0DEMO0001");
        assertThat(child.title()).isEqualTo("Knoblauchpresse für die Küche");
        assertThat(child.sku()).isEqualTo("KP-01");
        assertThat(child.mobileAppSessions()).isEqualTo(255);
        assertThat(child.browserSessions()).isEqualTo(172);
        assertThat(child.sessions()).isEqualTo(427);
        assertThat(child.sessionsB2b()).isEqualTo(6);
        assertThat(child.pageViews()).as("a count with a thousands separator").isEqualTo(1250);
        assertThat(child.unitsOrdered()).isEqualTo(70);
        assertThat(child.unitSessionRate()).isEqualByComparingTo("0.164");
        assertThat(child.currency()).isEqualTo("EUR");
        assertThat(child.orderedProductSales()).isEqualByComparingTo("1999.55");
        assertThat(child.orderedProductSalesB2b()).isEqualByComparingTo("28.56");
        assertThat(child.totalOrderItems()).isEqualTo(68);
    }

    @Test
    void readsAJapaneseDownloadByChildItem() {
        SellerAccount account = account(directory, jdbc, Marketplace.JP);
        String text = csv(
                JAPANESE_BY_CHILD_ITEM,
                List.of(cells(
                        "（親）ASIN", "B0JPDEMO01",
                        "（子）ASIN", "B0JPDEMO02",
                        "タイトル", "にんにく絞り器 ステンレス",
                        "SKU", "NS-01",
                        "セッション数 - 合計", "1,250",
                        "セッション率 - 合計", "0.42%",
                        "ページビュー - 合計", "1,873",
                        "ページビュー率 - 合計", "0.51%",
                        "おすすめ出品（おすすめ商品）の獲得率", "98.50%",
                        "注文された商品点数", "87",
                        "ユニットセッション率", "6.96%",
                        "注文商品の売上額", "￥179,685",
                        "注文品目総数", "85")));
        Path file = write(dir, "BusinessReport-2026-11-24.csv", "\uFEFF" + text, StandardCharsets.UTF_8);

        ImportResult result = importFile(imports, account.id(), file, strict());

        assertThat(result.status()).as(problems(result)).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("catalog.traffic-by-child-item");
        assertThat(result.periodFrom()).isEqualTo(day(24));
        AsinTraffic child =
                traffic.asinTraffic(account.id(), Marketplace.JP, "B0JPDEMO02").get(0);
        assertThat(child.parentAsin()).isEqualTo("B0JPDEMO01");
        assertThat(child.title()).isEqualTo("にんにく絞り器 ステンレス");
        assertThat(child.sessions()).isEqualTo(1250);
        assertThat(child.sessionShare()).isEqualByComparingTo("0.0042");
        assertThat(child.pageViews()).isEqualTo(1873);
        assertThat(child.pageViewShare()).isEqualByComparingTo("0.0051");
        assertThat(child.buyBoxShare()).isEqualByComparingTo("0.985");
        assertThat(child.unitsOrdered()).isEqualTo(87);
        assertThat(child.unitSessionRate()).isEqualByComparingTo("0.0696");
        assertThat(child.currency()).isEqualTo("JPY");
        assertThat(child.orderedProductSales()).isEqualByComparingTo("179685");
        assertThat(child.totalOrderItems()).isEqualTo(85);
    }

    @Test
    void readsAGermanDownloadByDateWithItsDayFirstDates() {
        SellerAccount account = account(directory, jdbc, Marketplace.DE);
        String text = csv(
                GERMAN_BY_DATE,
                List.of(
                        cells(
                                "Datum", "24.11.26",
                                "Durch bestellte Produkte erzielter Umsatz", "5.255,61 €",
                                "Bestellsumme – B2B", "119,40 €",
                                "Bestellte Einheiten", "480",
                                "Bestellte Einheiten – B2B", "9",
                                "Zahl der Bestellposten", "452",
                                "Zahl der Bestellposten – B2B", "8",
                                "Durchschnittlicher Umsatz/Bestellposten", "11,63 €",
                                "Durchschnitt Anzahl von Einheiten/Bestellposten", "1,06",
                                "Durchschnittlicher Verkaufspreis", "10,95 €",
                                "Seitenaufrufe – Summe", "6.204",
                                "Sitzungen – Summe", "4.310",
                                "Prozentsatz Bestellposten pro Sitzung", "10,49%",
                                "Durchschnittliche Angebotszahl", "3"),
                        cells(
                                "Datum", "25.11.26",
                                "Durch bestellte Produkte erzielter Umsatz", "368,14 €",
                                "Bestellte Einheiten", "31",
                                "Zahl der Bestellposten", "30",
                                "Durchschnittlicher Umsatz/Bestellposten", "12,27 €")));
        Path file = write(dir, "Verkäufe und Traffic.csv", text, StandardCharsets.UTF_8);

        ImportResult result = importFile(imports, account.id(), file, strict());

        assertThat(result.status()).as(problems(result)).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("catalog.sales-traffic-by-date");
        assertThat(result.periodFrom()).isEqualTo(day(24));
        assertThat(result.periodTo()).isEqualTo(day(25));
        List<AccountTraffic> days = traffic.accountTraffic(account.id(), Marketplace.DE, day(24), day(25));
        assertThat(days).hasSize(2);
        AccountTraffic first = days.get(0);
        assertThat(first.periodFrom()).isEqualTo(day(24));
        assertThat(first.currency()).isEqualTo("EUR");
        assertThat(first.orderedProductSales()).isEqualByComparingTo("5255.61");
        assertThat(first.orderedProductSalesB2b()).isEqualByComparingTo("119.40");
        assertThat(first.unitsOrdered()).isEqualTo(480);
        assertThat(first.unitsOrderedB2b()).isEqualTo(9);
        assertThat(first.totalOrderItems()).isEqualTo(452);
        assertThat(first.averageSalesPerOrderItem()).isEqualByComparingTo("11.63");
        assertThat(first.averageUnitsPerOrderItem()).isEqualByComparingTo("1.06");
        assertThat(first.averageSellingPrice()).isEqualByComparingTo("10.95");
        assertThat(first.pageViews()).as("a German thousands point").isEqualTo(6204);
        assertThat(first.sessions()).isEqualTo(4310);
        assertThat(first.orderItemSessionRate()).isEqualByComparingTo("0.1049");
        assertThat(first.averageOfferCount()).isEqualTo(3);
        assertThat(days.get(1).orderedProductSales()).isEqualByComparingTo("368.14");
    }

    @Test
    void readsAJapaneseDownloadByDateWithoutTheAverageSalesColumn() {
        SellerAccount account = account(directory, jdbc, Marketplace.JP);
        String text = csv(
                JAPANESE_BY_DATE,
                List.of(cells(
                        "日付", "2026-11-24",
                        "注文商品の売上額", "￥15,000",
                        "注文商品の売上額 - B2B", "￥750",
                        "注文された商品点数", "8",
                        "注文点数 - B2B", "2",
                        "注文品目総数", "8",
                        "注文品目総数 - B2B", "2",
                        "ページビュー - 合計", "150",
                        "ページビュー - 合計 - B2B", "15",
                        "セッション数 - 合計", "120",
                        "セッション数 - 合計 - B2B", "12",
                        "おすすめ出品（おすすめ商品）の獲得率", "97.00%",
                        "おすすめ出品（おすすめ商品）の獲得率 - B2B", "92.00%",
                        "ユニットセッション率", "6.67%",
                        "ユニットセッション率 - B2B", "16.67%",
                        "平均出品数", "1",
                        "親商品の平均数", "1")));
        Path file = write(dir, "SalesAndTraffic.csv", "\uFEFF" + text, StandardCharsets.UTF_8);

        ImportResult result = importFile(imports, account.id(), file, strict());

        assertThat(result.status()).as(problems(result)).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("catalog.sales-traffic-by-date");
        AccountTraffic day = traffic.accountTraffic(account.id(), Marketplace.JP, day(24), day(24))
                .get(0);
        assertThat(day.currency()).isEqualTo("JPY");
        assertThat(day.orderedProductSales()).isEqualByComparingTo("15000");
        assertThat(day.orderedProductSalesB2b()).isEqualByComparingTo("750");
        assertThat(day.unitsOrdered()).isEqualTo(8);
        assertThat(day.unitsOrderedB2b()).isEqualTo(2);
        assertThat(day.totalOrderItemsB2b()).isEqualTo(2);
        assertThat(day.pageViews()).isEqualTo(150);
        assertThat(day.sessionsB2b()).isEqualTo(12);
        assertThat(day.buyBoxShare()).isEqualByComparingTo("0.97");
        assertThat(day.unitSessionRateB2b()).isEqualByComparingTo("0.1667");
        assertThat(day.averageSalesPerOrderItem()).isNull();
        assertThat(day.averageParentItems()).isEqualTo(1);
    }

    private static LocalDate day(int day) {
        return LocalDate.of(2026, 11, day);
    }
}
