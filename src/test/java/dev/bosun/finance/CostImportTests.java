package dev.bosun.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.ImportProblem;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Money;
import dev.bosun.testing.BosunTest;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cost and exchange-rate templates through the import pipeline: recognised by their headers (English or
 * Chinese), stored, refused whole with line and column for a bad value, and idempotent when imported again.
 */
@BosunTest
class CostImportTests {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency CNY = Currency.getInstance("CNY");

    @Autowired
    AccountDirectory directory;

    @Autowired
    ReportImports imports;

    @Autowired
    UnitCosts costs;

    @Autowired
    ExchangeRates rates;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    FinanceFixtures fixtures;
    SellerAccount account;

    @BeforeEach
    void fixtures() {
        fixtures = new FinanceFixtures(directory, imports, jdbc, folder);
        account = fixtures.account(Marketplace.US);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "sku-costs.csv, finance.sku-costs, 2",
        "inbound-shipment-costs.csv, finance.inbound-shipment-costs, 2",
        "expenses.csv, finance.expenses, 2",
        "exchange-rates.csv, finance.exchange-rates, 2"
    })
    void theShippedTemplateImportsAsItIsAndAgainChangesNothing(String template, String layout, long rows) {
        String text = template(template);

        ImportResult first = fixtures.importText(account, template, text);
        ImportResult again = fixtures.importText(account, template, text);

        assertThat(first.problems()).isEmpty();
        assertThat(first.status()).isEqualTo("IMPORTED");
        assertThat(first.type()).isEqualTo(layout);
        assertThat(first.rows()).isEqualTo(rows);
        assertThat(first.inserted()).isEqualTo(rows);
        assertThat(again.status()).isEqualTo("IMPORTED");
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(rows);
    }

    @Test
    void skuCostsBuildAHistoryAndANewDateAddsAPeriod() {
        fixtures.importText(account, "sku-costs.csv", template("sku-costs.csv"));
        ImportResult later = fixtures.importText(
                account,
                "costs-2027.csv",
                "sku,unit-cost,currency,effective-from\nMUG-350-BLU,24.10,CNY,2027-01-01\n"
                        + "MUG-350-BLU,23.50,CNY,2026-09-01\n");

        assertThat(later.inserted()).isEqualTo(1);
        assertThat(later.updated()).isEqualTo(1);
        assertThat(costs.cogsHistory(account.id(), List.of("MUG-350-BLU")).get("MUG-350-BLU"))
                .extracting(p -> p.from() + " " + p.until() + " " + p.cost())
                .containsExactly(
                        "2026-01-01 2026-09-01 21.5 CNY", "2026-09-01 2027-01-01 23.5 CNY", "2027-01-01 null 24.1 CNY");
        assertThat(costs.cogs(account.id(), "MUG-350-BLU", LocalDate.parse("2026-08-31")))
                .contains(Money.of("21.5", "CNY"));
    }

    @Test
    void chineseHeadersAreRecognised() {
        ImportResult result =
                fixtures.importText(account, "成本.csv", "卖家SKU,采购成本,币种,生效日期\nCUP-1,12.80,CNY,2026-03-01\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.type()).isEqualTo("finance.sku-costs");
        assertThat(costs.cogs(account.id(), "CUP-1", LocalDate.parse("2026-03-01")))
                .contains(Money.of("12.8", "CNY"));
    }

    @Test
    void aBadRowRefusesTheFileWithLineAndColumnAndStoresNothing() {
        ImportResult result = fixtures.importText(
                account,
                "costs.csv",
                "sku,unit-cost,currency,effective-from\nGOOD-1,3.20,USD,2026-01-01\nBAD-1,-4,USD,2026-01-01\n"
                        + "BAD-2,4.00,XX1,2026-01-01\n");

        assertThat(result.status()).isEqualTo("REJECTED");
        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::columnName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, 2, "unit-cost"),
                        org.assertj.core.groups.Tuple.tuple(4L, 3, "currency"));
        assertThat(result.problems().get(0).message()).contains("an amount of zero or more");
        assertThat(costs.cogsHistory(account.id(), List.of("GOOD-1", "BAD-1", "BAD-2")))
                .isEmpty();
    }

    @Test
    void theSameSkuAndDateTwiceInAFileIsRefused() {
        ImportResult result = fixtures.importText(
                account,
                "costs.csv",
                "sku,unit-cost,currency,effective-from\nA-1,3.20,USD,2026-01-01\nA-1,3.40,USD,2026-01-01\n");

        assertThat(result.status()).isEqualTo("REJECTED");
        assertThat(result.problems().get(0).message()).contains("line 2 has A-1 from 2026-01-01 too");
    }

    @Test
    void aShipmentIsSharedByVolumeAndItsUnitCostsFollow() {
        fixtures.importText(account, "inbound-shipment-costs.csv", template("inbound-shipment-costs.csv"));

        InboundShipment shipment = costs.shipments(account.id()).get(0);
        // 400 mugs × 1187.5 cm³ = 475000 cm³ and 300 lids × 200 cm³ = 60000 cm³ share 1850.00 and 312.40.
        assertThat(shipment.lines())
                .extracting(l -> l.sku() + " " + l.share().toPlainString() + " " + l.freight() + " " + l.duties())
                .containsExactly("LID-350-BLK 60000 207.48 USD 35.04 USD", "MUG-350-BLU 475000 1642.52 USD 277.36 USD");
        LandedCost mug = costs.landedCost(account.id(), "MUG-350-BLU", LocalDate.parse("2026-10-20"));
        assertThat(mug.freight()).isEqualTo(Money.of("4.106300", "USD"));
        assertThat(mug.duties()).isEqualTo(Money.of("0.693400", "USD"));
        assertThat(mug.shipment()).isEqualTo("FBA17XYZ2K9Q");
        assertThat(costs.landedCost(account.id(), "MUG-350-BLU", LocalDate.parse("2026-10-19"))
                        .freight())
                .isNull();
    }

    @Test
    void aShipmentByWeightUsesTheFeePreviewSizeWhenTheFileHasNone() {
        fixtures.importText(
                account, "fees.txt", FeeEstimateImportTests.usFees("9.99").text());
        fixtures.importText(
                account,
                "sizes.csv",
                "shipment,shipment-date,sku,units,freight,currency,basis,unit-length-cm,unit-width-cm,unit-height-cm,"
                        + "unit-weight-kg\nSIZES,2026-01-01,CAP-1,10,10.00,USD,WEIGHT,5,5,5,0.5\n");

        ImportResult result = fixtures.importText(
                account,
                "weight.csv",
                "shipment,shipment-date,sku,units,freight,duties,currency,basis\n"
                        + "FBA-W,2026-05-01,BOTTLE-750-BLK,100,100.00,,USD,WEIGHT\n"
                        + "FBA-W,2026-05-01,CAP-1,50,,,USD,\n");

        assertThat(result.problems()).isEmpty();
        // 100 × 1.05 lb = 47.6272 kg against 50 × 0.5 kg = 25 kg.
        assertThat(costs.shipments(account.id()).stream()
                        .filter(s -> s.name().equals("FBA-W"))
                        .findFirst()
                        .orElseThrow()
                        .lines())
                .extracting(l -> l.sku() + " " + l.freight().amount())
                .containsExactly("BOTTLE-750-BLK 65.58", "CAP-1 34.42");
    }

    @Test
    void aShipmentLineWithoutAnyUnitSizeIsRefusedNamingTheSku() {
        ImportResult result = fixtures.importText(
                account,
                "ship.csv",
                "shipment,shipment-date,sku,units,freight,currency\nFBA-X,2026-05-01,NO-SIZE-1,10,50.00,USD\n");

        assertThat(result.status()).isEqualTo("REJECTED");
        assertThat(result.problems().get(0).columnName()).isEqualTo("sku");
        assertThat(result.problems().get(0).message()).contains("NO-SIZE-1", "unit-length-cm");
        assertThat(costs.shipments(account.id())).isEmpty();
    }

    @Test
    void linesOfAShipmentMustAgreeOnItsFreight() {
        ImportResult result = fixtures.importText(
                account,
                "ship.csv",
                "shipment,shipment-date,sku,units,freight,currency,unit-length-cm,unit-width-cm,unit-height-cm,"
                        + "unit-weight-kg\nFBA-Y,2026-05-01,A,1,50.00,USD,1,1,1,1\nFBA-Y,2026-05-01,B,1,60.00,USD,1,1,1,1\n");

        assertThat(result.status()).isEqualTo("REJECTED");
        assertThat(result.problems().get(0).line()).isEqualTo(3);
        assertThat(result.problems().get(0).message()).contains("line 2 says 50.00");
    }

    @Test
    void expensesInChineseWithChineseMonths() {
        ImportResult result = fixtures.importText(
                account,
                "费用.csv",
                "月份,类别,金额,币种,备注\n2026年3月,Photography,1200.00,CNY,主图拍摄\n2026-03,software,29.99,USD,\n");

        assertThat(result.problems()).isEmpty();
        assertThat(costs.expenses(account.id(), YearMonth.of(2026, 3)))
                .extracting(e -> e.category() + " " + e.amount() + " " + e.note())
                .containsExactly("photography 1200.00 CNY 主图拍摄", "software 29.99 USD null");
    }

    @Test
    void yenCannotHaveCents() {
        ImportResult result =
                fixtures.importText(account, "e.csv", "month,category,amount,currency\n2026-03,rent,1000.50,JPY\n");

        assertThat(result.status()).isEqualTo("REJECTED");
        assertThat(result.problems().get(0).message()).contains("at most 0 decimals");
    }

    @Test
    void ratesPerHundredUnitsAreStoredPerUnit() {
        fixtures.importText(account, "exchange-rates.csv", template("exchange-rates.csv"));
        long organisation = account.organisationId();

        assertThat(rates.convert(organisation, Money.of("10000", "JPY"), CNY, LocalDate.parse("2026-11-30"))
                        .rounded())
                .isEqualTo(Money.of("469.83", "CNY"));
        assertThat(rates.rate(organisation, USD, CNY, LocalDate.parse("2026-11-25"))
                        .orElseThrow()
                        .rate())
                .isEqualByComparingTo("7.1036");
        assertThat(rates.stored(organisation, LocalDate.parse("2026-11-25"), LocalDate.parse("2026-11-25"), 10))
                .extracting(r -> r.provider() + " " + r.source())
                .containsOnly("PBOC IMPORTED");
    }

    @Test
    void theEcbHistoryFileIsRecognisedAndEachCellIsARateFromTheEuro() {
        String history = "Date,USD,JPY,BGN,CYP,CZK,GBP,CHF,CAD,AUD,CNY,\n"
                + "2024-03-06,1.0895,162.88,1.9558,N/A,25.307,0.85500,0.9614,1.4753,1.6692,7.8386,\n"
                + "2024-03-05,1.0857,162.83,1.9558,N/A,25.330,0.85520,0.9633,1.4726,1.6724,7.8148,\n";

        ImportResult result = fixtures.importText(account, "eurofxref-hist.csv", history);
        ImportResult again = fixtures.importText(account, "eurofxref-hist.csv", history);

        assertThat(result.problems()).isEmpty();
        assertThat(result.type()).isEqualTo("finance.ecb-reference-rates");
        assertThat(result.inserted()).isEqualTo(18);
        assertThat(again.unchanged()).isEqualTo(18);
        ExchangeRate cross = rates.rate(account.organisationId(), USD, CNY, LocalDate.parse("2024-03-07"))
                .orElseThrow();
        assertThat(cross.route()).isEqualTo(ExchangeRate.Route.VIA_EUR);
        assertThat(cross.rate())
                .isCloseTo(
                        new BigDecimal("7.19467645709041"),
                        org.assertj.core.api.Assertions.within(new BigDecimal("1e-12")));
    }

    @Test
    void theEcbLatestDayFileWithItsWrittenDateIsRecognisedToo() {
        String latest =
                "Date, USD, JPY, BGN, CZK, DKK, GBP, HUF, PLN, RON, SEK, CHF, ISK, NOK, TRY, AUD, BRL, CAD, CNY, "
                        + "HKD, IDR, ILS, INR, KRW, MXN, MYR, NZD, PHP, SGD, THB, ZAR, \n"
                        + "06 March 2024, 1.0895, 162.88, 1.9558, 25.307, 7.4560, 0.85500, 393.98, 4.3103, 4.9723, 11.2655, "
                        + "0.9614, 149.30, 11.4370, 34.6245, 1.6692, 5.3837, 1.4753, 7.8386, 8.5213, 17169.74, 3.9232, 90.2470, "
                        + "1450.12, 18.4930, 5.1382, 1.7811, 61.103, 1.4585, 38.954, 20.5781, \n";

        ImportResult result = fixtures.importText(account, "eurofxref.csv", latest);

        assertThat(result.problems()).isEmpty();
        assertThat(result.inserted()).isEqualTo(30);
        assertThat(rates.convert(
                        account.organisationId(),
                        Money.of("100.00", "EUR"),
                        Currency.getInstance("IDR"),
                        LocalDate.parse("2024-03-06")))
                .isEqualTo(Money.of(new BigDecimal("1716974.0000"), Currency.getInstance("IDR")));
    }

    @Test
    void ratesOfOneOrganisationDoNotServeAnother() {
        fixtures.importText(account, "exchange-rates.csv", template("exchange-rates.csv"));
        SellerAccount stranger = new FinanceFixtures(directory, imports, jdbc, folder).account(Marketplace.US);

        assertThat(rates.rate(stranger.organisationId(), USD, CNY, LocalDate.parse("2026-11-30")))
                .isEmpty();
    }

    static String template(String name) {
        try (InputStream in = CostImportTests.class.getClassLoader().getResourceAsStream("import-templates/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
