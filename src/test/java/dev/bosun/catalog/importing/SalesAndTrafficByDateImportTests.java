package dev.bosun.catalog.importing;

import static dev.bosun.catalog.importing.ReportFixtures.CP1252;
import static dev.bosun.catalog.importing.ReportFixtures.cells;
import static dev.bosun.catalog.importing.ReportFixtures.csv;
import static dev.bosun.catalog.importing.ReportFixtures.importFile;
import static dev.bosun.catalog.importing.ReportFixtures.lenient;
import static dev.bosun.catalog.importing.ReportFixtures.problems;
import static dev.bosun.catalog.importing.ReportFixtures.strict;
import static dev.bosun.catalog.importing.ReportFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.catalog.AccountTraffic;
import dev.bosun.catalog.Traffic;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Importing the Business Report "Sales and Traffic" by date CSV. */
@BosunTest
class SalesAndTrafficByDateImportTests {

    /** All columns, in the order of a Kotlin importer of real downloads (English headers). */
    static final List<String> FULL = List.of(
            "Date",
            "Ordered Product Sales",
            "Ordered Product Sales - B2B",
            "Units Ordered",
            "Units Ordered - B2B",
            "Total Order Items",
            "Total Order Items - B2B",
            "Average Sales per Order Item",
            "Average Sales per Order Item - B2B",
            "Average Units per Order Item",
            "Average Units per Order Item - B2B",
            "Average Selling Price",
            "Average Selling Price - B2B",
            "Page Views - Mobile App",
            "Page Views - Mobile APP - B2B",
            "Page Views - Browser",
            "Page Views - Browser - B2B",
            "Page Views - Total",
            "Page Views - Total - B2B",
            "Sessions - Mobile App",
            "Sessions - Mobile APP - B2B",
            "Sessions - Browser",
            "Sessions - Browser - B2B",
            "Sessions - Total",
            "Sessions - Total - B2B",
            "Featured Offer (Buy Box) Percentage",
            "Featured Offer (Buy Box) Percentage - B2B",
            "Order Item Session Percentage",
            "Order Item Session Percentage - B2B",
            "Unit Session Percentage",
            "Unit Session Percentage - B2B",
            "Average Offer Count",
            "Average Parent Items",
            "Units Refunded",
            "Refund Rate",
            "Feedback Received",
            "Negative Feedback Received",
            "Received Negative Feedback Rate",
            "A-to-z Claims Granted",
            "Claims Amount",
            "Shipped Product Sales",
            "Units Shipped",
            "Orders Shipped");

    /** The shorter selection of a TypeScript parser's fixture (an Amazon.in download). */
    static final List<String> SHORT = List.of(
            "Date",
            "Ordered Product Sales",
            "Ordered Product Sales - B2B",
            "Units Ordered",
            "Units Ordered - B2B",
            "Total Order Items",
            "Total Order Items - B2B",
            "Average Sales per Order Item",
            "Average Sales per Order Item - B2B",
            "Average Units per Order Item",
            "Average Units per Order Item - B2B",
            "Average Selling Price",
            "Average Selling Price - B2B",
            "Sessions - Total",
            "Sessions - Total - B2B",
            "Order Item Session Percentage",
            "Order Item Session Percentage - B2B",
            "Average Offer Count");

    /** The Korean headers of the Seller Central Korean interface (the Kotlin importer's mapping). */
    static final List<String> KOREAN = List.of(
            "날짜",
            "주문한 상품 판매량",
            "상품 주문량",
            "총 주문 아이템",
            "주문 아이템당 평균 판매",
            "주문 아이템당 평균 수량",
            "평균 판매 가격",
            "페이지 조회수 - 총계",
            "세션 - 총계",
            "주요 오퍼(바이 박스) 백분율",
            "상품 세션 비율",
            "환불률");

    /** A German download: en dashes, decimal commas, euro. */
    static final List<String> GERMAN_FORMAT = List.of(
            "Date",
            "Ordered Product Sales",
            "Units ordered",
            "Total Order Items",
            "Average Sales per Order Item",
            "Average Units per Order Item",
            "Average Selling Price",
            "Page views – Total",
            "Sessions – Total",
            "Featured Offer (Buy Box) percentage",
            "Unit Session Percentage");

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

    @Test
    void importsAUsDownloadWithEveryColumn() {
        SellerAccount account = account(Marketplace.US);
        Path file = write(dir, "BusinessReport-11-26-26.csv", csv(FULL, usDays()), StandardCharsets.UTF_8);

        ImportResult result = importFile(imports, account.id(), file, strict());

        assertThat(result.status()).as(problems(result)).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("catalog.sales-traffic-by-date");
        assertThat(result.inserted()).isEqualTo(2);
        assertThat(result.marketplaces()).containsExactly("US");
        assertThat(result.periodFrom()).isEqualTo(day(24));
        assertThat(result.periodTo()).isEqualTo(day(25));

        List<AccountTraffic> days = traffic.accountTraffic(account.id(), Marketplace.US, day(1), day(30));
        assertThat(days).extracting(AccountTraffic::periodFrom).containsExactly(day(24), day(25));
        AccountTraffic first = days.get(0);
        assertThat(first.periodTo()).isEqualTo(day(24));
        assertThat(first.currency()).isEqualTo("USD");
        assertThat(first.orderedProductSales()).isEqualByComparingTo("12345.67");
        assertThat(first.orderedProductSalesB2b()).isEqualByComparingTo("99.90");
        assertThat(first.unitsOrdered()).isEqualTo(1190);
        assertThat(first.unitsOrderedB2b()).isEqualTo(10);
        assertThat(first.totalOrderItems()).isEqualTo(1034);
        assertThat(first.totalOrderItemsB2b()).isEqualTo(9);
        assertThat(first.averageSalesPerOrderItem()).isEqualByComparingTo("11.94");
        assertThat(first.averageSalesPerOrderItemB2b()).isEqualByComparingTo("11.10");
        assertThat(first.averageUnitsPerOrderItem()).isEqualByComparingTo("1.15");
        assertThat(first.averageUnitsPerOrderItemB2b()).isEqualByComparingTo("1.11");
        assertThat(first.averageSellingPrice()).isEqualByComparingTo("10.37");
        assertThat(first.averageSellingPriceB2b()).isEqualByComparingTo("9.99");
        assertThat(first.mobileAppPageViews()).isEqualTo(9500);
        assertThat(first.browserPageViews()).isEqualTo(5158);
        assertThat(first.pageViews()).isEqualTo(14658);
        assertThat(first.pageViewsB2b()).isEqualTo(120);
        assertThat(first.mobileAppSessions()).isEqualTo(6094);
        assertThat(first.browserSessions()).isEqualTo(3906);
        assertThat(first.sessions()).isEqualTo(10000);
        assertThat(first.sessionsB2b()).isEqualTo(80);
        assertThat(first.buyBoxShare()).isEqualByComparingTo("0.9554");
        assertThat(first.buyBoxShareB2b()).isEqualByComparingTo("0.97");
        assertThat(first.orderItemSessionRate()).isEqualByComparingTo("0.1034");
        assertThat(first.unitSessionRate()).isEqualByComparingTo("0.119");
        assertThat(first.unitSessionRateB2b()).isEqualByComparingTo("0.125");
        assertThat(first.averageOfferCount()).isEqualTo(96);
        assertThat(first.averageParentItems()).isEqualTo(80);
        assertThat(first.unitsRefunded()).isEqualTo(12);
        assertThat(first.refundRate()).isEqualByComparingTo("0.0101");
        assertThat(first.feedbackReceived()).isEqualTo(7);
        assertThat(first.negativeFeedbackReceived()).isEqualTo(1);
        assertThat(first.negativeFeedbackRate()).isEqualByComparingTo("0.1429");
        assertThat(first.claimsGranted()).isZero();
        assertThat(first.claimsAmount()).isEqualByComparingTo("0");
        assertThat(first.shippedProductSales()).isEqualByComparingTo("11987.00");
        assertThat(first.unitsShipped()).isEqualTo(1150);
        assertThat(first.ordersShipped()).isEqualTo(1001);
        assertThat(days.get(1).sessions()).isEqualTo(9876);
    }

    @Test
    void importsAnIndianDownloadWithRupeesAndDayFirstDates() {
        SellerAccount account = account(Marketplace.IN);
        List<Map<String, String>> rows = List.of(cells(
                "Date", "01/04/26",
                "Ordered Product Sales", "₹75,565.26",
                "Units Ordered", "39",
                "Total Order Items", "37",
                "Average Sales per Order Item", "₹2,042.30",
                "Average Selling Price", "₹1,937.57",
                "Sessions - Total", "1,514",
                "Order Item Session Percentage", "2.51%"));
        Path file = write(dir, "BusinessReport.csv", csv(SHORT, rows), StandardCharsets.UTF_8);

        ImportResult result = importFile(imports, account.id(), file, strict());

        assertThat(result.status()).as(problems(result)).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("catalog.sales-traffic-by-date");
        AccountTraffic april = traffic.accountTraffic(
                        account.id(), Marketplace.IN, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1))
                .get(0);
        assertThat(april.currency()).isEqualTo("INR");
        assertThat(april.orderedProductSales()).isEqualByComparingTo("75565.26");
        assertThat(april.averageSalesPerOrderItem()).isEqualByComparingTo("2042.30");
        assertThat(april.averageSellingPrice()).isEqualByComparingTo("1937.57");
        assertThat(april.unitsOrdered()).isEqualTo(39);
        assertThat(april.sessions()).isEqualTo(1514);
        assertThat(april.orderItemSessionRate()).isEqualByComparingTo("0.0251");
        assertThat(april.pageViews()).as("not in this download").isNull();
    }

    @Test
    void importsAGermanDownloadWithDecimalCommasEuroAndEnDashes() {
        SellerAccount account = account(Marketplace.DE);
        List<Map<String, String>> rows = List.of(cells(
                "Date", "24.11.2026",
                "Ordered Product Sales", "12.345,67 €",
                "Units ordered", "1.190",
                "Total Order Items", "1.034",
                "Average Sales per Order Item", "11,94 €",
                "Average Units per Order Item", "1,15",
                "Average Selling Price", "10,37 €",
                "Page views – Total", "14.658",
                "Sessions – Total", "10.000",
                "Featured Offer (Buy Box) percentage", "95,54 %",
                "Unit Session Percentage", "11,9 %"));
        Path file = write(dir, "Geschäftsbericht.csv", csv(GERMAN_FORMAT, rows), CP1252);

        ImportResult result = importFile(imports, account.id(), file, strict());

        assertThat(result.status()).as(problems(result)).isEqualTo("IMPORTED");
        AccountTraffic day = traffic.accountTraffic(account.id(), Marketplace.DE, day(24), day(24))
                .get(0);
        assertThat(day.currency()).isEqualTo("EUR");
        assertThat(day.orderedProductSales()).isEqualByComparingTo("12345.67");
        assertThat(day.unitsOrdered()).isEqualTo(1190);
        assertThat(day.totalOrderItems()).isEqualTo(1034);
        assertThat(day.averageSalesPerOrderItem()).isEqualByComparingTo("11.94");
        assertThat(day.averageUnitsPerOrderItem()).isEqualByComparingTo("1.15");
        assertThat(day.averageSellingPrice()).isEqualByComparingTo("10.37");
        assertThat(day.pageViews()).isEqualTo(14658);
        assertThat(day.sessions()).isEqualTo(10000);
        assertThat(day.buyBoxShare()).isEqualByComparingTo("0.9554");
        assertThat(day.unitSessionRate()).isEqualByComparingTo("0.119");
    }

    @Test
    void readsTheKoreanHeaders() {
        SellerAccount account = account(Marketplace.US);
        List<Map<String, String>> rows = List.of(cells(
                "날짜", "11/24/26",
                "주문한 상품 판매량", "$238.44",
                "상품 주문량", "23",
                "총 주문 아이템", "20",
                "주문 아이템당 평균 판매", "$11.92",
                "주문 아이템당 평균 수량", "1.15",
                "평균 판매 가격", "$10.37",
                "페이지 조회수 - 총계", "1,658",
                "세션 - 총계", "1,000",
                "주요 오퍼(바이 박스) 백분율", "10.54%",
                "상품 세션 비율", "2.54%",
                "환불률", "4.35%"));
        Path file = write(dir, "비즈니스 보고서.csv", csv(KOREAN, rows), StandardCharsets.UTF_8);

        ImportResult result = importFile(imports, account.id(), file, strict());

        assertThat(result.status()).as(problems(result)).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("catalog.sales-traffic-by-date");
        AccountTraffic day = traffic.accountTraffic(account.id(), Marketplace.US, day(24), day(24))
                .get(0);
        assertThat(day.orderedProductSales()).isEqualByComparingTo("238.44");
        assertThat(day.unitsOrdered()).isEqualTo(23);
        assertThat(day.totalOrderItems()).isEqualTo(20);
        assertThat(day.averageUnitsPerOrderItem()).isEqualByComparingTo("1.15");
        assertThat(day.pageViews()).isEqualTo(1658);
        assertThat(day.sessions()).isEqualTo(1000);
        assertThat(day.buyBoxShare()).isEqualByComparingTo("0.1054");
        assertThat(day.unitSessionRate()).isEqualByComparingTo("0.0254");
        assertThat(day.refundRate()).isEqualByComparingTo("0.0435");
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        SellerAccount account = account(Marketplace.US);
        Path file = write(dir, "by-date.csv", csv(FULL, usDays()), StandardCharsets.UTF_8);

        importFile(imports, account.id(), file, strict());
        ImportResult again = importFile(imports, account.id(), file, strict());

        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(rowCount(account)).isEqualTo(2);
    }

    @Test
    void aLaterDownloadOverlappingADayUpdatesItAndAddsTheNewDay() {
        SellerAccount account = account(Marketplace.US);
        importFile(
                imports, account.id(), write(dir, "first.csv", csv(FULL, usDays()), StandardCharsets.UTF_8), strict());
        Map<String, String> restated = new LinkedHashMap<>(usDays().get(1));
        restated.put("Units Ordered", "1,205");
        Map<String, String> next = new LinkedHashMap<>(usDays().get(1));
        next.put("Date", "11/26/26");

        ImportResult result = importFile(
                imports,
                account.id(),
                write(dir, "second.csv", csv(FULL, List.of(restated, next)), StandardCharsets.UTF_8),
                strict());

        assertThat(result.inserted()).isEqualTo(1);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(rowCount(account)).isEqualTo(3);
        assertThat(traffic.accountTraffic(account.id(), Marketplace.US, day(25), day(25))
                        .get(0)
                        .unitsOrdered())
                .isEqualTo(1205);
    }

    @Test
    void aMalformedDateRefusesTheFileAndLenientKeepsTheOtherDays() {
        SellerAccount account = account(Marketplace.US);
        List<Map<String, String>> rows = new ArrayList<>(usDays());
        Map<String, String> bad = new LinkedHashMap<>(rows.get(0));
        bad.put("Date", "yesterday");
        rows.set(0, bad);
        Path file = write(dir, "bad-date.csv", csv(FULL, rows), StandardCharsets.UTF_8);

        ImportResult refused = importFile(imports, account.id(), file, strict());

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(problems(refused)).contains("bad-date.csv:2:1: (Date) expected a date");
        assertThat(rowCount(account)).isZero();

        ImportResult partial = importFile(imports, account.id(), file, lenient());

        assertThat(partial.status()).isEqualTo("PARTIAL");
        assertThat(partial.inserted()).isEqualTo(1);
        assertThat(traffic.accountTraffic(account.id(), Marketplace.US, day(1), day(30)))
                .extracting(AccountTraffic::periodFrom)
                .containsExactly(day(25));
    }

    @Test
    void aNegativeCountIsAProblem() {
        SellerAccount account = account(Marketplace.US);
        Map<String, String> bad = new LinkedHashMap<>(usDays().get(0));
        bad.put("Sessions - Total", "-5");

        ImportResult refused = importFile(
                imports,
                account.id(),
                write(dir, "negative.csv", csv(FULL, List.of(bad)), StandardCharsets.UTF_8),
                strict());

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(problems(refused)).contains("negative.csv:2:24: (Sessions - Total) expected a count of 0 or more");
    }

    static List<Map<String, String>> usDays() {
        return List.of(
                cells(
                        "Date", "11/24/26",
                        "Ordered Product Sales", "$12,345.67",
                        "Ordered Product Sales - B2B", "$99.90",
                        "Units Ordered", "1,190",
                        "Units Ordered - B2B", "10",
                        "Total Order Items", "1,034",
                        "Total Order Items - B2B", "9",
                        "Average Sales per Order Item", "$11.94",
                        "Average Sales per Order Item - B2B", "$11.10",
                        "Average Units per Order Item", "1.15",
                        "Average Units per Order Item - B2B", "1.11",
                        "Average Selling Price", "$10.37",
                        "Average Selling Price - B2B", "$9.99",
                        "Page Views - Mobile App", "9,500",
                        "Page Views - Browser", "5,158",
                        "Page Views - Total", "14,658",
                        "Page Views - Total - B2B", "120",
                        "Sessions - Mobile App", "6,094",
                        "Sessions - Browser", "3,906",
                        "Sessions - Total", "10,000",
                        "Sessions - Total - B2B", "80",
                        "Featured Offer (Buy Box) Percentage", "95.54%",
                        "Featured Offer (Buy Box) Percentage - B2B", "97%",
                        "Order Item Session Percentage", "10.34%",
                        "Unit Session Percentage", "11.90%",
                        "Unit Session Percentage - B2B", "12.5%",
                        "Average Offer Count", "96",
                        "Average Parent Items", "80",
                        "Units Refunded", "12",
                        "Refund Rate", "1.01%",
                        "Feedback Received", "7",
                        "Negative Feedback Received", "1",
                        "Received Negative Feedback Rate", "14.29%",
                        "A-to-z Claims Granted", "0",
                        "Claims Amount", "$0.00",
                        "Shipped Product Sales", "$11,987.00",
                        "Units Shipped", "1,150",
                        "Orders Shipped", "1,001"),
                cells(
                        "Date", "11/25/26",
                        "Ordered Product Sales", "$11,002.10",
                        "Units Ordered", "1,100",
                        "Total Order Items", "990",
                        "Average Sales per Order Item", "$11.11",
                        "Sessions - Total", "9,876",
                        "Page Views - Total", "13,001"));
    }

    private static LocalDate day(int dayOfNovember) {
        return LocalDate.of(2026, 11, dayOfNovember);
    }

    private SellerAccount account(Marketplace... marketplaces) {
        return ReportFixtures.account(directory, jdbc, marketplaces);
    }

    private long rowCount(SellerAccount account) {
        return jdbc.queryForObject(
                "select count(*) from account_traffic where account_id = ?", Long.class, account.id());
    }
}
