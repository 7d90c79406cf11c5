package dev.bosun.catalog.importing;

import static dev.bosun.catalog.importing.ReportFixtures.cells;
import static dev.bosun.catalog.importing.ReportFixtures.csv;
import static dev.bosun.catalog.importing.ReportFixtures.importFile;
import static dev.bosun.catalog.importing.ReportFixtures.lenient;
import static dev.bosun.catalog.importing.ReportFixtures.problems;
import static dev.bosun.catalog.importing.ReportFixtures.strict;
import static dev.bosun.catalog.importing.ReportFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.ImportProblem;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.catalog.AccountTraffic;
import dev.bosun.catalog.AsinTraffic;
import dev.bosun.catalog.AsinTraffic.AsinLevel;
import dev.bosun.catalog.Traffic;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Importing the SP-API GET_SALES_AND_TRAFFIC_REPORT JSON document. */
@BosunTest
class SalesAndTrafficReportImportTests {

    static final Path SAMPLE =
            Path.of("..", "shared", "amazon", "samples", "airbyte", "GET_SALES_AND_TRAFFIC_REPORT.json");

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
    void importsDaysAndSkusOfAUsReport() {
        SellerAccount account = account(Marketplace.US);
        Path file = write(
                dir, "report.json", report("DAY", "SKU", "ATVPDKIKX0DER", "USD", "23", "1000"), StandardCharsets.UTF_8);

        ImportResult result = importFile(imports, account.id(), file, strict());

        assertThat(result.status()).as(problems(result)).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("catalog.sales-and-traffic-report");
        assertThat(result.inserted()).isEqualTo(4);
        assertThat(result.marketplaces()).containsExactly("US");
        assertThat(result.periodFrom()).isEqualTo(day(11));
        assertThat(result.periodTo()).isEqualTo(day(14));

        List<AccountTraffic> days = traffic.accountTraffic(account.id(), Marketplace.US, day(1), day(30));
        assertThat(days).extracting(AccountTraffic::periodFrom).containsExactly(day(11), day(12));
        AccountTraffic first = days.get(0);
        assertThat(first.periodTo()).isEqualTo(day(11));
        assertThat(first.currency()).isEqualTo("USD");
        assertThat(first.orderedProductSales()).isEqualByComparingTo("238.44");
        assertThat(first.orderedProductSalesB2b()).isEqualByComparingTo("20.00");
        assertThat(first.unitsOrdered()).isEqualTo(23);
        assertThat(first.totalOrderItems()).isEqualTo(20);
        assertThat(first.averageSalesPerOrderItem()).isEqualByComparingTo("11.92");
        assertThat(first.averageUnitsPerOrderItem()).isEqualByComparingTo("1.15");
        assertThat(first.averageSellingPrice()).isEqualByComparingTo("10.37");
        assertThat(first.unitsRefunded()).isEqualTo(1);
        assertThat(first.refundRate()).isEqualByComparingTo("0.0435");
        assertThat(first.claimsGranted()).isZero();
        assertThat(first.claimsAmount()).isEqualByComparingTo("0");
        assertThat(first.shippedProductSales()).isEqualByComparingTo("650.72");
        assertThat(first.unitsShipped()).isEqualTo(59);
        assertThat(first.ordersShipped()).isEqualTo(54);
        assertThat(first.browserPageViews()).isEqualTo(1158);
        assertThat(first.mobileAppPageViews()).isEqualTo(500);
        assertThat(first.pageViews()).isEqualTo(1658);
        assertThat(first.browserSessions()).isEqualTo(906);
        assertThat(first.mobileAppSessions()).isEqualTo(94);
        assertThat(first.sessions()).isEqualTo(1000);
        assertThat(first.buyBoxShare()).isEqualByComparingTo("0.1054");
        assertThat(first.orderItemSessionRate()).isEqualByComparingTo("0.0221");
        assertThat(first.unitSessionRate()).isEqualByComparingTo("0.0254");
        assertThat(first.averageOfferCount()).isEqualTo(9686);
        assertThat(first.averageParentItems()).isEqualTo(9630);
        assertThat(first.feedbackReceived()).isEqualTo(10);
        assertThat(first.negativeFeedbackReceived()).isEqualTo(1);
        assertThat(first.negativeFeedbackRate()).isEqualByComparingTo("0.1");
        assertThat(first.sessionsB2b()).as("absent: not a B2B seller").isNull();

        List<AsinTraffic> skus = traffic.asinTraffic(account.id(), Marketplace.US, day(11), day(14));
        assertThat(skus).extracting(AsinTraffic::sku).containsExactly("AB-1C2D-EFGH", "CD-2E3F-GHIJ");
        AsinTraffic sku = skus.get(0);
        assertThat(sku.periodFrom()).isEqualTo(day(11));
        assertThat(sku.periodTo()).isEqualTo(day(14));
        assertThat(sku.asin()).isEqualTo("B123456789");
        assertThat(sku.parentAsin()).isEqualTo("B023456789");
        assertThat(sku.level()).isEqualTo(AsinLevel.CHILD);
        assertThat(sku.title()).isNull();
        assertThat(sku.unitsOrdered()).isEqualTo(1);
        assertThat(sku.orderedProductSales()).isEqualByComparingTo("16.79");
        assertThat(sku.currency()).isEqualTo("USD");
        assertThat(sku.totalOrderItems()).isEqualTo(1);
        assertThat(sku.browserSessions()).isEqualTo(13);
        assertThat(sku.mobileAppSessions()).isEqualTo(5);
        assertThat(sku.sessions()).isEqualTo(18);
        assertThat(sku.sessionShare()).isEqualByComparingTo("0.0026");
        assertThat(sku.browserPageViews()).isEqualTo(21);
        assertThat(sku.mobileAppPageViews()).isEqualTo(22);
        assertThat(sku.pageViews()).isEqualTo(43);
        assertThat(sku.pageViewShare()).isEqualByComparingTo("0.003");
        assertThat(sku.buyBoxShare()).isEqualByComparingTo("0.9524");
        assertThat(sku.unitSessionRate()).isEqualByComparingTo("0.0769");
    }

    @Test
    void weeklyPeriodsRunSundayToSaturdayAndAsinRowsCoverTheWidenedRange() {
        SellerAccount account = account(Marketplace.DE);
        String json = """
                {"reportSpecification": {"reportType": "GET_SALES_AND_TRAFFIC_REPORT",
                  "reportOptions": {"dateGranularity": "WEEK", "asinGranularity": "PARENT"},
                  "dataStartTime": "2026-11-03", "dataEndTime": "2026-11-12", "marketplaceIds": ["A1PA6795UKMFR9"]},
                 "salesAndTrafficByDate": [
                  {"date": "2026-11-01", "salesByDate": {"orderedProductSales": {"amount": 1500.5, "currencyCode": "EUR"},
                     "unitsOrdered": 100, "totalOrderItems": 90},
                   "trafficByDate": {"sessions": 2000, "pageViews": 3000, "buyBoxPercentage": 99.5}},
                  {"date": "2026-11-08", "salesByDate": {"orderedProductSales": {"amount": 1200, "currencyCode": "EUR"},
                     "unitsOrdered": 80, "totalOrderItems": 75},
                   "trafficByDate": {"sessions": 1800, "pageViews": 2600, "buyBoxPercentage": 98}}],
                 "salesAndTrafficByAsin": [
                  {"parentAsin": "B0DEPARENT", "salesByAsin": {"unitsOrdered": 180,
                     "orderedProductSales": {"amount": 2700.5, "currencyCode": "EUR"}, "totalOrderItems": 165},
                   "trafficByAsin": {"sessions": 3800, "pageViews": 5600, "buyBoxPercentage": 98.8,
                     "unitSessionPercentage": 4.74}}]}
                """;

        ImportResult result =
                importFile(imports, account.id(), write(dir, "weekly.json", json, StandardCharsets.UTF_8), strict());

        assertThat(result.status()).as(problems(result)).isEqualTo("IMPORTED");
        assertThat(result.marketplaces()).containsExactly("DE");
        assertThat(result.periodFrom()).isEqualTo(day(1));
        assertThat(result.periodTo()).isEqualTo(day(14));
        List<AccountTraffic> weeks = traffic.accountTraffic(account.id(), Marketplace.DE, day(1), day(30));
        assertThat(weeks)
                .extracting(AccountTraffic::periodFrom, AccountTraffic::periodTo)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(day(1), day(7)),
                        org.assertj.core.groups.Tuple.tuple(day(8), day(14)));
        assertThat(weeks.get(0).orderedProductSales()).isEqualByComparingTo("1500.50");
        assertThat(weeks.get(0).currency()).isEqualTo("EUR");
        assertThat(weeks.get(0).buyBoxShare()).isEqualByComparingTo("0.995");
        AsinTraffic parent =
                traffic.asinTraffic(account.id(), Marketplace.DE, "B0DEPARENT").get(0);
        assertThat(parent.level()).isEqualTo(AsinLevel.PARENT);
        assertThat(parent.sku()).isNull();
        assertThat(parent.periodFrom()).isEqualTo(day(1));
        assertThat(parent.periodTo()).isEqualTo(day(14));
        assertThat(parent.orderedProductSales()).isEqualByComparingTo("2700.50");
        assertThat(parent.unitSessionRate()).isEqualByComparingTo("0.0474");
    }

    @Test
    void importingTheSameReportAgainChangesNothingAndARestatedDayIsUpdated() {
        SellerAccount account = account(Marketplace.US);
        Path file = write(
                dir, "report.json", report("DAY", "SKU", "ATVPDKIKX0DER", "USD", "23", "1000"), StandardCharsets.UTF_8);
        importFile(imports, account.id(), file, strict());

        ImportResult again = importFile(imports, account.id(), file, strict());

        assertThat(again.status()).isEqualTo("IMPORTED");
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(4);

        Path restated = write(
                dir,
                "restated.json",
                report("DAY", "SKU", "ATVPDKIKX0DER", "USD", "25", "1000"),
                StandardCharsets.UTF_8);
        ImportResult changed = importFile(imports, account.id(), restated, strict());

        assertThat(changed.inserted()).isZero();
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(changed.unchanged()).isEqualTo(3);
        assertThat(traffic.accountTraffic(account.id(), Marketplace.US, day(11), day(11))
                        .get(0)
                        .unitsOrdered())
                .isEqualTo(25);
        assertThat(jdbc.queryForObject(
                        "select count(*) from account_traffic where account_id = ?", Long.class, account.id()))
                .isEqualTo(2);
    }

    @Test
    void aMalformedFigureRejectsItsElementByPathAndRefusesTheReportUnlessLenient() {
        SellerAccount account = account(Marketplace.US);
        String json = report("DAY", "SKU", "ATVPDKIKX0DER", "USD", "\"abc\"", "1000")
                .replace("{\"sessions\": 13, \"pageViews\": 33,", "{\"sessions\": -4, \"pageViews\": 33,");
        Path file = write(dir, "bad.json", json, StandardCharsets.UTF_8);

        ImportResult refused = importFile(imports, account.id(), file, strict());

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(refused.rows()).isEqualTo(4);
        assertThat(refused.rejected()).isEqualTo(2);
        assertThat(refused.problems())
                .extracting(p -> p.describe("bad.json"))
                .containsExactly(
                        "bad.json:$.salesAndTrafficByDate[0].salesByDate.unitsOrdered: expected a whole number,"
                                + " found \"abc\"",
                        "bad.json:$.salesAndTrafficByAsin[1].trafficByAsin.sessions: expected a whole number of 0 or"
                                + " more, found -4");
        assertThat(traffic.accountTraffic(account.id(), Marketplace.US, day(1), day(30)))
                .isEmpty();
        assertThat(traffic.asinTraffic(account.id(), Marketplace.US, day(1), day(30)))
                .isEmpty();

        ImportResult partial = importFile(imports, account.id(), file, lenient());

        assertThat(partial.status()).isEqualTo("PARTIAL");
        assertThat(partial.rows()).isEqualTo(4);
        assertThat(partial.rejected()).isEqualTo(2);
        assertThat(partial.inserted()).isEqualTo(2);
        assertThat(traffic.accountTraffic(account.id(), Marketplace.US, day(1), day(30)))
                .extracting(AccountTraffic::periodFrom)
                .containsExactly(day(12));
        assertThat(traffic.asinTraffic(account.id(), Marketplace.US, day(1), day(30)))
                .extracting(AsinTraffic::asin)
                .containsExactly("B123456789");
        assertThat(imports.problems(account.id(), partial.batchId()))
                .extracting(ImportProblem::jsonPath)
                .containsExactly(
                        "$.salesAndTrafficByDate[0].salesByDate.unitsOrdered",
                        "$.salesAndTrafficByAsin[1].trafficByAsin.sessions");
    }

    @Test
    void anAmountInAnotherCurrencyThanTheRowsSalesIsAProblem() {
        SellerAccount account = account(Marketplace.US);
        String json = report("DAY", "SKU", "ATVPDKIKX0DER", "USD", "23", "1000")
                .replace(
                        "{\"amount\": 650.72, \"currencyCode\": \"USD\"}",
                        "{\"amount\": 650.72, \"currencyCode\": \"EUR\"}");

        ImportResult refused =
                importFile(imports, account.id(), write(dir, "mixed.json", json, StandardCharsets.UTF_8), strict());

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(problems(refused))
                .contains("mixed.json:$.salesAndTrafficByDate[0].salesByDate.shippedProductSales.currencyCode:"
                        + " expected USD");
    }

    @Test
    void aReportOfAMarketplaceTheAccountDoesNotSellInIsRefused() {
        SellerAccount account = account(Marketplace.DE);
        Path file = write(
                dir, "us.json", report("DAY", "SKU", "ATVPDKIKX0DER", "USD", "23", "1000"), StandardCharsets.UTF_8);

        ImportResult refused = importFile(imports, account.id(), file, strict());

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(problems(refused))
                .contains("us.json:$.reportSpecification.marketplaceIds[0]: expected a marketplace of the account (DE),"
                        + " found ATVPDKIKX0DER (US)");
    }

    @Test
    void theApiReportKeepsTitlesFromTheBusinessReportAndTheCsvKeepsFiguresOnlyTheApiHas() {
        SellerAccount account = account(Marketplace.US);
        String childCsv = csv(
                List.of(
                        "(Parent) ASIN",
                        "(Child) ASIN",
                        "Title",
                        "SKU",
                        "Sessions - Total",
                        "Units Ordered",
                        "Ordered Product Sales"),
                List.of(cells(
                        "(Parent) ASIN", "B023456789",
                        "(Child) ASIN", "B123456789",
                        "Title", "Gift box",
                        "SKU", "AB-1C2D-EFGH",
                        "Sessions - Total", "17",
                        "Units Ordered", "1",
                        "Ordered Product Sales", "$16.79")));
        importFile(
                imports,
                account.id(),
                write(dir, "BusinessReport-2026-11-11_2026-11-14.csv", childCsv, StandardCharsets.UTF_8),
                strict());
        importFile(
                imports,
                account.id(),
                write(
                        dir,
                        "report.json",
                        report("DAY", "SKU", "ATVPDKIKX0DER", "USD", "23", "1000"),
                        StandardCharsets.UTF_8),
                strict());
        String dateCsv = csv(
                List.of(
                        "Date",
                        "Ordered Product Sales",
                        "Units Ordered",
                        "Total Order Items",
                        "Average Sales per Order Item"),
                List.of(cells(
                        "Date", "11/11/26",
                        "Ordered Product Sales", "$240.00",
                        "Units Ordered", "24",
                        "Total Order Items", "21",
                        "Average Sales per Order Item", "$11.43")));

        ImportResult byDate =
                importFile(imports, account.id(), write(dir, "by-date.csv", dateCsv, StandardCharsets.UTF_8), strict());

        assertThat(byDate.updated()).isEqualTo(1);
        AsinTraffic sku =
                traffic.asinTraffic(account.id(), Marketplace.US, "B123456789").get(0);
        assertThat(sku.title()).isEqualTo("Gift box");
        assertThat(sku.sessions()).as("the API report's figure").isEqualTo(18);
        AccountTraffic day = traffic.accountTraffic(account.id(), Marketplace.US, day(11), day(11))
                .get(0);
        assertThat(day.orderedProductSales()).isEqualByComparingTo("240.00");
        assertThat(day.unitsOrdered()).isEqualTo(24);
        assertThat(day.sessions()).as("only the API report has it").isEqualTo(1000);
        assertThat(day.feedbackReceived()).isEqualTo(10);
    }

    @Test
    void theAirbyteSampleIsRecognisedAndImported() throws Exception {
        assumeThat(Files.exists(SAMPLE)).as("sample files in ../shared").isTrue();
        SellerAccount account = account(Marketplace.US);
        Path copy = Files.copy(SAMPLE, dir.resolve(SAMPLE.getFileName()));

        ImportResult result = importFile(imports, account.id(), copy, strict());

        assertThat(result.status()).as(problems(result)).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("catalog.sales-and-traffic-report");
        assertThat(result.inserted()).isEqualTo(3);
        LocalDate from = LocalDate.of(2021, 6, 11);
        LocalDate to = LocalDate.of(2021, 6, 14);
        AccountTraffic day =
                traffic.accountTraffic(account.id(), Marketplace.US, from, to).get(0);
        assertThat(day.periodFrom()).isEqualTo(from);
        assertThat(day.orderedProductSales()).isEqualByComparingTo("238.44");
        assertThat(day.buyBoxShare()).isEqualByComparingTo("0.1054");
        List<AsinTraffic> skus = traffic.asinTraffic(account.id(), Marketplace.US, from, to);
        assertThat(skus).extracting(AsinTraffic::asin).containsExactly("B123456789", "B234567890");
        assertThat(skus.get(1).unitSessionRate()).isEqualByComparingTo("0.375");
        assertThat(skus.get(1).orderedProductSales()).isEqualByComparingTo("26.25");
    }

    /** A report like the schema's example: two days, two SKUs of one parent. */
    static String report(
            String dateGranularity,
            String asinGranularity,
            String marketplaceId,
            String currency,
            String unitsOnFirstDay,
            String sessionsOnFirstDay) {
        return """
                {
                  "reportSpecification": {
                    "reportType": "GET_SALES_AND_TRAFFIC_REPORT",
                    "reportOptions": {"dateGranularity": "%1$s", "asinGranularity": "%2$s"},
                    "dataStartTime": "2026-11-11",
                    "dataEndTime": "2026-11-14",
                    "marketplaceIds": ["%3$s"]
                  },
                  "salesAndTrafficByDate": [
                    {
                      "date": "2026-11-11",
                      "salesByDate": {
                        "orderedProductSales": {"amount": 238.44, "currencyCode": "%4$s"},
                        "orderedProductSalesB2B": {"amount": 20.00, "currencyCode": "%4$s"},
                        "unitsOrdered": %5$s,
                        "totalOrderItems": 20,
                        "averageSalesPerOrderItem": {"amount": 11.92, "currencyCode": "%4$s"},
                        "averageUnitsPerOrderItem": 1.15,
                        "averageSellingPrice": {"amount": 10.37, "currencyCode": "%4$s"},
                        "unitsRefunded": 1,
                        "refundRate": 4.35,
                        "claimsGranted": 0,
                        "claimsAmount": {"amount": 0.0, "currencyCode": "%4$s"},
                        "shippedProductSales": {"amount": 650.72, "currencyCode": "%4$s"},
                        "unitsShipped": 59,
                        "ordersShipped": 54
                      },
                      "trafficByDate": {
                        "browserPageViews": 1158, "mobileAppPageViews": 500, "pageViews": 1658,
                        "browserSessions": 906, "mobileAppSessions": 94, "sessions": %6$s,
                        "buyBoxPercentage": 10.54, "orderItemSessionPercentage": 2.21, "unitSessionPercentage": 2.54,
                        "averageOfferCount": 9686, "averageParentItems": 9630,
                        "feedbackReceived": 10, "negativeFeedbackReceived": 1, "receivedNegativeFeedbackRate": 10.0
                      }
                    },
                    {
                      "date": "2026-11-12",
                      "salesByDate": {
                        "orderedProductSales": {"amount": 217.70, "currencyCode": "%4$s"},
                        "unitsOrdered": 18,
                        "totalOrderItems": 18
                      },
                      "trafficByDate": {"pageViews": 1500, "sessions": 950}
                    }
                  ],
                  "salesAndTrafficByAsin": [
                    {
                      "parentAsin": "B023456789",
                      "childAsin": "B123456789",
                      "sku": "AB-1C2D-EFGH",
                      "salesByAsin": {
                        "unitsOrdered": 1,
                        "orderedProductSales": {"amount": 16.79, "currencyCode": "%4$s"},
                        "totalOrderItems": 1
                      },
                      "trafficByAsin": {
                        "browserSessions": 13, "mobileAppSessions": 5, "sessions": 18,
                        "browserSessionPercentage": 0.33, "mobileAppSessionPercentage": 0.2, "sessionPercentage": 0.26,
                        "browserPageViews": 21, "mobileAppPageViews": 22, "pageViews": 43,
                        "browserPageViewsPercentage": 0.41, "mobileAppPageViewsPercentage": 0.2, "pageViewsPercentage": 0.3,
                        "buyBoxPercentage": 95.24, "unitSessionPercentage": 7.69
                      }
                    },
                    {
                      "parentAsin": "B023456789",
                      "childAsin": "B234567890",
                      "sku": "CD-2E3F-GHIJ",
                      "salesByAsin": {
                        "unitsOrdered": 3,
                        "orderedProductSales": {"amount": 26.25, "currencyCode": "%4$s"},
                        "totalOrderItems": 2
                      },
                      "trafficByAsin": {"sessions": 13, "pageViews": 33, "buyBoxPercentage": 0.0, "unitSessionPercentage": 37.5}
                    }
                  ]
                }
                """.formatted(
                        dateGranularity, asinGranularity, marketplaceId, currency, unitsOnFirstDay, sessionsOnFirstDay);
    }

    private static LocalDate day(int dayOfNovember) {
        return LocalDate.of(2026, 11, dayOfNovember);
    }

    private SellerAccount account(Marketplace... marketplaces) {
        return ReportFixtures.account(directory, jdbc, marketplaces);
    }
}
