package dev.bosun.catalog.importing;

import static dev.bosun.catalog.importing.ReportFixtures.CP1252;
import static dev.bosun.catalog.importing.ReportFixtures.cells;
import static dev.bosun.catalog.importing.ReportFixtures.csv;
import static dev.bosun.catalog.importing.ReportFixtures.importFile;
import static dev.bosun.catalog.importing.ReportFixtures.lenient;
import static dev.bosun.catalog.importing.ReportFixtures.period;
import static dev.bosun.catalog.importing.ReportFixtures.problems;
import static dev.bosun.catalog.importing.ReportFixtures.strict;
import static dev.bosun.catalog.importing.ReportFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.catalog.AsinTraffic;
import dev.bosun.catalog.AsinTraffic.AsinLevel;
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

/** Importing the Business Report "Detail Page Sales and Traffic By Child Item" CSV. */
@BosunTest
class TrafficByChildItemImportTests {

    /** The current English download (headers as third-party parsers of real downloads list them). */
    static final List<String> US = List.of(
            "(Parent) ASIN",
            "(Child) ASIN",
            "Title",
            "SKU",
            "Sessions - Total",
            "Sessions - Total - B2B",
            "Session Percentage - Total",
            "Session Percentage - Total - B2B",
            "Page Views - Total",
            "Page Views - Total - B2B",
            "Page Views Percentage - Total",
            "Page Views Percentage - Total - B2B",
            "Featured Offer (Buy Box) Percentage",
            "Featured Offer (Buy Box) Percentage - B2B",
            "Units Ordered",
            "Units Ordered - B2B",
            "Unit Session Percentage",
            "Unit Session Percentage - B2B",
            "Ordered Product Sales",
            "Ordered Product Sales - B2B",
            "Total Order Items",
            "Total Order Items - B2B");

    /** An EU download: en dashes, lower-case words, browser and mobile app columns selected. */
    static final List<String> EU = List.of(
            "(Parent) ASIN",
            "(Child) ASIN",
            "Title",
            "SKU",
            "Sessions – Mobile App",
            "Sessions – Browser",
            "Sessions – Total",
            "Session Percentage – Total",
            "Page views – Mobile App",
            "Page views – Browser",
            "Page views – Total",
            "Page Views Percentage – Total",
            "Featured Offer (Buy Box) percentage",
            "Units ordered",
            "Unit Session Percentage",
            "Ordered Product Sales",
            "Total Order Items");

    /** An older download (PHP parser of real downloads): no "- Total", Buy Box, Gross Product Sales. */
    static final List<String> OLD = List.of(
            "(Parent) ASIN",
            "(Child) ASIN",
            "Title",
            "SKU",
            "Sessions",
            "Session Percentage",
            "Page Views",
            "Page Views Percentage",
            "Buy Box Percentage",
            "Units Ordered",
            "Unit Session Percentage",
            "Gross Product Sales",
            "Orders Placed");

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
    void importsAUsDownloadForTheDayItsFileNameGives() {
        SellerAccount account = account(Marketplace.US);
        Path file = write(dir, "BusinessReport-2026-11-24.csv", csv(US, usRows()), StandardCharsets.UTF_8);

        ImportResult result = importFile(imports, account.id(), file, strict());

        assertThat(result.status()).as(problems(result)).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("catalog.traffic-by-child-item");
        assertThat(result.inserted()).isEqualTo(3);
        assertThat(result.marketplaces()).containsExactly("US");
        assertThat(result.periodFrom()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(result.periodTo()).isEqualTo(LocalDate.of(2026, 11, 24));

        List<AsinTraffic> rows = traffic.asinTraffic(account.id(), Marketplace.US, day(24), day(24));
        assertThat(rows)
                .extracting(AsinTraffic::asin, AsinTraffic::sku)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("B0CHILD001", "PAN-12"),
                        org.assertj.core.groups.Tuple.tuple("B0CHILD001", "PAN-12-B"),
                        org.assertj.core.groups.Tuple.tuple("B0CHILD002", "LID-12"));
        AsinTraffic pan = rows.get(0);
        assertThat(pan.periodFrom()).isEqualTo(day(24));
        assertThat(pan.periodTo()).isEqualTo(day(24));
        assertThat(pan.level()).isEqualTo(AsinLevel.CHILD);
        assertThat(pan.parentAsin()).isEqualTo("B0PARENT01");
        assertThat(pan.title()).isEqualTo("Chef's Pan 12\", cast iron");
        assertThat(pan.sessions()).isEqualTo(1250);
        assertThat(pan.sessionsB2b()).isEqualTo(12);
        assertThat(pan.sessionShare()).isEqualByComparingTo("0.025");
        assertThat(pan.sessionShareB2b()).isEqualByComparingTo("0.004");
        assertThat(pan.pageViews()).isEqualTo(1718);
        assertThat(pan.pageViewsB2b()).isEqualTo(15);
        assertThat(pan.pageViewShare()).isEqualByComparingTo("0.031");
        assertThat(pan.buyBoxShare()).isEqualByComparingTo("0.955");
        assertThat(pan.buyBoxShareB2b()).isEqualByComparingTo("1");
        assertThat(pan.unitsOrdered()).isEqualTo(64);
        assertThat(pan.unitsOrderedB2b()).isEqualTo(2);
        assertThat(pan.unitSessionRate()).isEqualByComparingTo("0.0512");
        assertThat(pan.unitSessionRateB2b()).isEqualByComparingTo("0.1667");
        assertThat(pan.currency()).isEqualTo("USD");
        assertThat(pan.orderedProductSales()).isEqualByComparingTo("1234.56");
        assertThat(pan.orderedProductSalesB2b()).isEqualByComparingTo("49.98");
        assertThat(pan.totalOrderItems()).isEqualTo(60);
        assertThat(pan.totalOrderItemsB2b()).isEqualTo(2);
        assertThat(pan.browserSessions()).as("not in this download").isNull();
        AsinTraffic lid = rows.get(2);
        assertThat(lid.sessions()).isZero();
        assertThat(lid.orderedProductSales()).isEqualByComparingTo("0");
        assertThat(lid.buyBoxShare()).isEqualByComparingTo("0");
    }

    @Test
    void importsAGermanDownloadWithEnDashesDecimalCommasAndEuroForTheRangeItsNameGives() {
        SellerAccount account = account(Marketplace.DE);
        List<Map<String, String>> rows = List.of(cells(
                "(Parent) ASIN", "B0DEPARENT",
                "(Child) ASIN", "B0DEPFANNE",
                "Title", "Bratpfanne Ø 28 cm – Gusseisen, für Induktion",
                "SKU", "PFANNE-28",
                "Sessions – Mobile App", "1.034",
                "Sessions – Browser", "216",
                "Sessions – Total", "1.250",
                "Session Percentage – Total", "2,5 %",
                "Page views – Mobile App", "1.400",
                "Page views – Browser", "318",
                "Page views – Total", "1.718",
                "Page Views Percentage – Total", "3,1 %",
                "Featured Offer (Buy Box) percentage", "95,5 %",
                "Units ordered", "64",
                "Unit Session Percentage", "5,12 %",
                "Ordered Product Sales", "1.234,56 €",
                "Total Order Items", "60"));
        Path file = write(dir, "BusinessReport-2026-11-01_2026-11-24.csv", csv(EU, rows), CP1252);

        ImportResult result = importFile(imports, account.id(), file, strict());

        assertThat(result.status()).as(problems(result)).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("catalog.traffic-by-child-item");
        assertThat(result.periodFrom()).isEqualTo(day(1));
        assertThat(result.periodTo()).isEqualTo(day(24));
        AsinTraffic pan =
                traffic.asinTraffic(account.id(), Marketplace.DE, "B0DEPFANNE").get(0);
        assertThat(pan.periodFrom()).isEqualTo(day(1));
        assertThat(pan.periodTo()).isEqualTo(day(24));
        assertThat(pan.title()).isEqualTo("Bratpfanne Ø 28 cm – Gusseisen, für Induktion");
        assertThat(pan.mobileAppSessions()).isEqualTo(1034);
        assertThat(pan.browserSessions()).isEqualTo(216);
        assertThat(pan.sessions()).isEqualTo(1250);
        assertThat(pan.sessionShare()).isEqualByComparingTo("0.025");
        assertThat(pan.mobileAppPageViews()).isEqualTo(1400);
        assertThat(pan.browserPageViews()).isEqualTo(318);
        assertThat(pan.pageViews()).isEqualTo(1718);
        assertThat(pan.pageViewShare()).isEqualByComparingTo("0.031");
        assertThat(pan.buyBoxShare()).isEqualByComparingTo("0.955");
        assertThat(pan.unitsOrdered()).isEqualTo(64);
        assertThat(pan.unitSessionRate()).isEqualByComparingTo("0.0512");
        assertThat(pan.orderedProductSales()).isEqualByComparingTo("1234.56");
        assertThat(pan.currency()).isEqualTo("EUR");
        assertThat(pan.totalOrderItems()).isEqualTo(60);
        assertThat(pan.sessionsB2b()).as("no B2B columns in this download").isNull();
    }

    @Test
    void readsAnEuDownloadMadeInEnglishWithCommaThousandsInADecimalCommaMarketplace() {
        SellerAccount account = account(Marketplace.FR);
        List<Map<String, String>> rows = List.of(cells(
                "(Parent) ASIN", "B0FRPARENT",
                "(Child) ASIN", "B0FRCHILD1",
                "Sessions – Total", "12,796",
                "Page views – Total", "21,004",
                "Featured Offer (Buy Box) percentage", "98.25%",
                "Units ordered", "1,021",
                "Ordered Product Sales", "€41,139.02",
                "Total Order Items", "1,002"));
        Path file = write(dir, "BusinessReport-2026-11-24.csv", csv(EU, rows), StandardCharsets.UTF_8);

        ImportResult result = importFile(imports, account.id(), file, strict());

        assertThat(result.status()).as(problems(result)).isEqualTo("IMPORTED");
        AsinTraffic child =
                traffic.asinTraffic(account.id(), Marketplace.FR, "B0FRCHILD1").get(0);
        assertThat(child.sessions()).isEqualTo(12796);
        assertThat(child.pageViews()).isEqualTo(21004);
        assertThat(child.buyBoxShare()).isEqualByComparingTo("0.9825");
        assertThat(child.unitsOrdered()).isEqualTo(1021);
        assertThat(child.orderedProductSales()).isEqualByComparingTo("41139.02");
        assertThat(child.totalOrderItems()).isEqualTo(1002);
        assertThat(child.sku()).isNull();
    }

    @Test
    void readsTheOlderHeaderNames() {
        SellerAccount account = account(Marketplace.US);
        List<Map<String, String>> rows = List.of(cells(
                "(Parent) ASIN", "B0PARENT01",
                "(Child) ASIN", "B0CHILD001",
                "Title", "Chef's Pan",
                "SKU", "PAN-12",
                "Sessions", "310",
                "Session Percentage", "1.05%",
                "Page Views", "402",
                "Page Views Percentage", "1.2%",
                "Buy Box Percentage", "88%",
                "Units Ordered", "9",
                "Unit Session Percentage", "2.9%",
                "Gross Product Sales", "$224.91",
                "Orders Placed", "9"));
        Path file = write(dir, "BusinessReport-2016-03-01.csv", csv(OLD, rows), StandardCharsets.UTF_8);

        ImportResult result = importFile(imports, account.id(), file, strict());

        assertThat(result.status()).as(problems(result)).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("catalog.traffic-by-child-item");
        AsinTraffic pan =
                traffic.asinTraffic(account.id(), Marketplace.US, "B0CHILD001").get(0);
        assertThat(pan.periodFrom()).isEqualTo(LocalDate.of(2016, 3, 1));
        assertThat(pan.sessions()).isEqualTo(310);
        assertThat(pan.sessionShare()).isEqualByComparingTo("0.0105");
        assertThat(pan.pageViews()).isEqualTo(402);
        assertThat(pan.pageViewShare()).isEqualByComparingTo("0.012");
        assertThat(pan.buyBoxShare()).isEqualByComparingTo("0.88");
        assertThat(pan.unitsOrdered()).isEqualTo(9);
        assertThat(pan.unitSessionRate()).isEqualByComparingTo("0.029");
        assertThat(pan.orderedProductSales()).isEqualByComparingTo("224.91");
        assertThat(pan.totalOrderItems()).isEqualTo(9);
    }

    @Test
    void aFileWithoutDatesInItsNameIsRefusedWithHowToGiveThePeriod() {
        SellerAccount account = account(Marketplace.US);
        Path file = write(dir, "BusinessReport.csv", csv(US, usRows()), StandardCharsets.UTF_8);

        ImportResult refused = importFile(imports, account.id(), file, strict());

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(problems(refused))
                .contains("holds no dates")
                .contains("…2026-11-24.csv")
                .contains("bosun import --period 2026-11-01..2026-11-24");
        assertThat(rowCount(account)).isZero();

        ImportResult imported =
                importFile(imports, account.id(), file, period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)));

        assertThat(imported.status()).as(problems(imported)).isEqualTo("IMPORTED");
        assertThat(imported.periodFrom()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(imported.periodTo()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(traffic.asinTraffic(
                        account.id(), Marketplace.US, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)))
                .hasSize(3)
                .allSatisfy(t -> assertThat(t.periodTo()).isEqualTo(LocalDate.of(2026, 10, 31)));
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        SellerAccount account = account(Marketplace.US);
        Path file = write(dir, "BusinessReport-2026-11-24.csv", csv(US, usRows()), StandardCharsets.UTF_8);

        importFile(imports, account.id(), file, strict());
        ImportResult again = importFile(imports, account.id(), file, strict());

        assertThat(again.status()).isEqualTo("IMPORTED");
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(rowCount(account)).isEqualTo(3);
    }

    @Test
    void aRestatedDownloadOfTheSameDayUpdatesTheChangedRow() {
        SellerAccount account = account(Marketplace.US);
        importFile(
                imports,
                account.id(),
                write(dir, "BusinessReport-2026-11-24.csv", csv(US, usRows()), StandardCharsets.UTF_8),
                strict());
        List<Map<String, String>> restated = new ArrayList<>(usRows());
        Map<String, String> pan = new LinkedHashMap<>(restated.get(0));
        pan.put("Sessions - Total", "1,302");
        pan.put("Units Ordered", "66");
        restated.set(0, pan);
        Path later = dir.resolve("later");
        later.toFile().mkdirs();

        ImportResult result = importFile(
                imports,
                account.id(),
                write(later, "BusinessReport-2026-11-24.csv", csv(US, restated), StandardCharsets.UTF_8),
                strict());

        assertThat(result.inserted()).isZero();
        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.unchanged()).isEqualTo(2);
        assertThat(rowCount(account)).isEqualTo(3);
        AsinTraffic stored = traffic.asinTraffic(account.id(), Marketplace.US, day(24), day(24))
                .get(0);
        assertThat(stored.sessions()).isEqualTo(1302);
        assertThat(stored.unitsOrdered()).isEqualTo(66);
    }

    @Test
    void aMalformedAmountRefusesTheFileNamingLineAndColumn() {
        SellerAccount account = account(Marketplace.US);
        List<Map<String, String>> rows = new ArrayList<>(usRows());
        Map<String, String> bad = new LinkedHashMap<>(rows.get(1));
        bad.put("Ordered Product Sales", "abc");
        rows.set(1, bad);
        Path file = write(dir, "BusinessReport-2026-11-24.csv", csv(US, rows), StandardCharsets.UTF_8);

        ImportResult refused = importFile(imports, account.id(), file, strict());

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(problems(refused))
                .contains("BusinessReport-2026-11-24.csv:3:19: (Ordered Product Sales) expected an amount");
        assertThat(rowCount(account)).isZero();

        ImportResult partial = importFile(imports, account.id(), file, lenient());

        assertThat(partial.status()).isEqualTo("PARTIAL");
        assertThat(partial.inserted()).isEqualTo(2);
        assertThat(partial.rejected()).isEqualTo(1);
        assertThat(traffic.asinTraffic(account.id(), Marketplace.US, day(24), day(24)))
                .extracting(AsinTraffic::sku)
                .containsExactly("PAN-12", "LID-12");
    }

    @Test
    void anAccountInSeveralMarketplacesMustBeToldTheMarketplace() {
        SellerAccount account = account(Marketplace.UK, Marketplace.DE);
        Path file = write(dir, "BusinessReport-2026-11-24.csv", csv(US, usRows()), StandardCharsets.UTF_8);

        ImportResult refused = importFile(imports, account.id(), file, strict());

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(problems(refused)).contains("--marketplace UK").contains("sells in UK, DE");
        assertThat(rowCount(account)).isZero();
    }

    static List<Map<String, String>> usRows() {
        return List.of(
                cells(
                        "(Parent) ASIN", "B0PARENT01",
                        "(Child) ASIN", "B0CHILD001",
                        "Title", "Chef's Pan 12\", cast iron",
                        "SKU", "PAN-12",
                        "Sessions - Total", "1,250",
                        "Sessions - Total - B2B", "12",
                        "Session Percentage - Total", "2.5%",
                        "Session Percentage - Total - B2B", "0.4%",
                        "Page Views - Total", "1,718",
                        "Page Views - Total - B2B", "15",
                        "Page Views Percentage - Total", "3.1%",
                        "Page Views Percentage - Total - B2B", "0.5%",
                        "Featured Offer (Buy Box) Percentage", "95.5%",
                        "Featured Offer (Buy Box) Percentage - B2B", "100%",
                        "Units Ordered", "64",
                        "Units Ordered - B2B", "2",
                        "Unit Session Percentage", "5.12%",
                        "Unit Session Percentage - B2B", "16.67%",
                        "Ordered Product Sales", "$1,234.56",
                        "Ordered Product Sales - B2B", "$49.98",
                        "Total Order Items", "60",
                        "Total Order Items - B2B", "2"),
                cells(
                        "(Parent) ASIN", "B0PARENT01",
                        "(Child) ASIN", "B0CHILD001",
                        "Title", "Chef's Pan 12\", cast iron",
                        "SKU", "PAN-12-B",
                        "Sessions - Total", "3",
                        "Session Percentage - Total", "0.01%",
                        "Page Views - Total", "4",
                        "Units Ordered", "1",
                        "Ordered Product Sales", "$19.99",
                        "Total Order Items", "1"),
                cells(
                        "(Parent) ASIN", "B0CHILD002",
                        "(Child) ASIN", "B0CHILD002",
                        "Title", "Lid 12\"",
                        "SKU", "LID-12",
                        "Sessions - Total", "0",
                        "Session Percentage - Total", "0.00%",
                        "Page Views - Total", "0",
                        "Featured Offer (Buy Box) Percentage", "0.00%",
                        "Units Ordered", "0",
                        "Ordered Product Sales", "$0.00",
                        "Total Order Items", "0"));
    }

    private static LocalDate day(int dayOfNovember) {
        return LocalDate.of(2026, 11, dayOfNovember);
    }

    private SellerAccount account(Marketplace... marketplaces) {
        return ReportFixtures.account(directory, jdbc, marketplaces);
    }

    private long rowCount(SellerAccount account) {
        return jdbc.queryForObject("select count(*) from asin_traffic where account_id = ?", Long.class, account.id());
    }
}
