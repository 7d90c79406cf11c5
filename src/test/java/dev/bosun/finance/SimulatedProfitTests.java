package dev.bosun.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.Incident;
import dev.bosun.simulator.IncidentDay;
import dev.bosun.simulator.IncidentType;
import dev.bosun.simulator.SimulatedFile;
import dev.bosun.simulator.SimulatedStore;
import dev.bosun.simulator.SimulationSettings;
import dev.bosun.simulator.StoreSimulator;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.TestDatabase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A simulated store (24 SKUs, 90 days, US and DE, a fixed seed) goes through the real importer, and Bosun's profit
 * equals the simulation's own account of it ({@code truth.json}, worked out from what the simulator sold, charged,
 * refunded and spent, never from Bosun) to the cent, line by line, per SKU, per marketplace and per month. The last
 * weeks are not settled yet, so estimated fees are checked too; a planted FBA fee overcharge is in the fees charged.
 * Importing the settlements again changes neither a profit figure nor a reconciliation figure.
 */
@BosunTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulatedProfitTests {

    private static final List<Marketplace> MARKETPLACES = List.of(Marketplace.US, Marketplace.DE);
    private static final LocalDate START = LocalDate.of(2025, 11, 3);
    private static final int DAYS = 90;

    /** The profit lines compared: the truth's key, and Bosun's figure. */
    private static final Map<String, Function<ProfitFigures, BigDecimal>> LINES = new LinkedHashMap<>();

    static {
        LINES.put("orders", f -> BigDecimal.valueOf(f.orders()));
        LINES.put("units", f -> BigDecimal.valueOf(f.units()));
        LINES.put("unitsEstimated", f -> BigDecimal.valueOf(f.unitsEstimated()));
        LINES.put("unitsRefunded", f -> BigDecimal.valueOf(f.unitsRefunded()));
        LINES.put("unitsReturnedSellable", f -> BigDecimal.valueOf(f.unitsReturnedSellable()));
        LINES.put("sales", ProfitFigures::sales);
        LINES.put("promotions", ProfitFigures::promotions);
        LINES.put("refunds", ProfitFigures::refunds);
        LINES.put("referralFees", ProfitFigures::referralFees);
        LINES.put("fbaFees", ProfitFigures::fbaFees);
        LINES.put("otherFees", ProfitFigures::otherFees);
        LINES.put("storageFees", ProfitFigures::storageFees);
        LINES.put("reimbursements", ProfitFigures::reimbursements);
        LINES.put("adSpend", ProfitFigures::adSpend);
        LINES.put("cogs", ProfitFigures::cogs);
        LINES.put("freight", ProfitFigures::freight);
        LINES.put("duties", ProfitFigures::duties);
        LINES.put("pickPack", ProfitFigures::pickPack);
        LINES.put("estimatedFees", ProfitFigures::estimatedFees);
        LINES.put("profitBeforeAds", ProfitFigures::profitBeforeAds);
        LINES.put("grossProfit", ProfitFigures::grossProfit);
    }

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    ProfitLedger ledger;

    @Autowired
    SettlementReconciliation reconciliation;

    private Path folder;
    private SimulatedStore store;
    private JsonNode truth;
    private JsonNode overcharge;
    private final Map<Marketplace, Long> accounts = new EnumMap<>(Marketplace.class);

    @BeforeAll
    void simulateAndImport() throws Exception {
        folder = Files.createTempDirectory("simulated-profit");
        store = new StoreSimulator()
                .simulate(
                        new SimulationSettings(67, START, DAYS, 24, MARKETPLACES)
                                .withIncidents(List.of(Incident.of(
                                        IncidentType.FEE_OVERCHARGE, Marketplace.US, IncidentDay.daysBeforeEnd(40)))),
                        folder);
        truth = JsonMapper.builder()
                .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build()
                .readTree(store.truth().toFile());
        for (Marketplace marketplace : MARKETPLACES) {
            SellerAccount account = directory.create(
                    directory.defaultOrganisation(),
                    TestDatabase.unique("Simulated profit " + marketplace),
                    List.of(marketplace),
                    null);
            accounts.put(marketplace, account.id());
        }
        for (JsonNode incident : JsonMapper.builder()
                .build()
                .readTree(store.answerKey().toFile())
                .get("incidents")) {
            if (incident.get("type").asString().equals("fee-overcharge")) {
                overcharge = incident;
            }
        }
        importFiles(file -> true);
    }

    private void importFiles(java.util.function.Predicate<SimulatedFile> which) {
        for (SimulatedFile file : store.files()) {
            if (!which.test(file)) {
                continue;
            }
            ImportOptions options = new ImportOptions(
                    false, file.marketplace(), file.snapshotDay(), file.snapshotDay(), "simulated-profit-test");
            List<ImportResult> imported = imports.importFile(
                    accounts.get(file.marketplace()),
                    file.path(),
                    folder.relativize(file.path()).toString(),
                    options);
            assertThat(imported).as(file.path().toString()).hasSize(1);
            assertThat(imported.get(0).rejected()).as(file.path().toString()).isZero();
        }
    }

    @AfterAll
    void removeTheFiles() throws java.io.IOException {
        try (var walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Test
    void everySkusProfitEqualsTheTruthToTheCent() {
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (Marketplace marketplace : MARKETPLACES) {
            ProfitReport report = report(marketplace);
            Map<String, ProfitFigures> bySku = new LinkedHashMap<>();
            for (ProfitRow row : report.rows()) {
                bySku.put(row.sku(), row.local());
            }
            for (JsonNode sku : marketplace(marketplace).get("skus")) {
                String code = sku.get("sku").asString();
                ProfitFigures bosun = bySku.remove(code);
                differences.addAll(compare(marketplace + " " + code, sku.get("profit"), bosun));
                compared++;
            }
            bySku.values().removeIf(f -> f.units() == 0 && f.grossProfit().signum() == 0);
            assertThat(bySku.keySet())
                    .as(marketplace + " SKUs Bosun has that the simulation never sold")
                    .isEmpty();
        }
        assertThat(compared).isGreaterThanOrEqualTo(40);
        assertThat(differences)
                .as("profit lines where Bosun (first) and the truth (second) differ")
                .isEmpty();
    }

    @Test
    void eachMarketplacesTotalAndMonthEqualTheTruth() {
        List<String> differences = new ArrayList<>();
        for (Marketplace marketplace : MARKETPLACES) {
            JsonNode profit = marketplace(marketplace).get("profit");
            ProfitReport report = report(marketplace);
            assertThat(report.totals()).hasSize(1);
            differences.addAll(compare(
                    marketplace + " total", profit, report.totals().get(0).local()));
            for (JsonNode month : profit.get("months")) {
                YearMonth m = YearMonth.parse(month.get("month").asString());
                LocalDate from = m.atDay(1).isBefore(START) ? START : m.atDay(1);
                LocalDate to = m.atEndOfMonth();
                ProfitReport ofMonth = ledger.report(
                        accounts.get(marketplace), from, to, ProfitGrouping.MARKETPLACE, marketplace, null, null);
                differences.addAll(compare(
                        marketplace + " " + m, month, ofMonth.totals().get(0).local()));
            }
        }
        assertThat(differences)
                .as("profit lines where Bosun (first) and the truth (second) differ")
                .isEmpty();
        JsonNode us = marketplace(Marketplace.US).get("profit");
        assertThat(us.get("grossProfit").decimalValue()).isNotZero();
        assertThat(us.get("estimatedFees").decimalValue()).as("unsettled days").isNegative();
        assertThat(us.get("adSpendSpread").decimalValue())
                .as("brands and display spend")
                .isNegative();
        assertThat(us.get("freight").decimalValue()).isNegative();
        assertThat(us.get("refunds").decimalValue()).isNegative();
    }

    @Test
    void thePlantedOverchargeIsInTheFbaFeesOfItsSku() {
        String sku = overcharge.at("/subject/sku").asString();
        BigDecimal overcharged =
                overcharge.at("/figures/overchargedInClosedSettlements").decimalValue();
        assertThat(overcharged).isPositive();
        ProfitRow row = report(Marketplace.US).rows().stream()
                .filter(r -> r.sku().equals(sku))
                .findFirst()
                .orElseThrow();
        JsonNode truthOfSku = null;
        for (JsonNode s : marketplace(Marketplace.US).get("skus")) {
            if (s.get("sku").asString().equals(sku)) {
                truthOfSku = s.get("profit");
            }
        }
        assertThat(truthOfSku).isNotNull();
        // The FBA fees Amazon charged include the overcharge: profit counts what was charged, not what was due.
        assertThat(row.local().fbaFees().setScale(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo(truthOfSku.get("fbaFees").decimalValue());
        assertThat(row.local().fbaFees().negate()).isGreaterThan(overcharged);
    }

    @Test
    void reimportingTheSettlementsChangesNoProfitAndNoReconciliationFigure() {
        List<String> profitBefore = profitFigures();
        reconciliation.refresh(accounts.get(Marketplace.US));
        reconciliation.refresh(accounts.get(Marketplace.DE));
        List<String> reconciliationBefore = reconciliationFigures();
        assertThat(reconciliationBefore).hasSizeGreaterThan(100);

        importFiles(file -> file.report().startsWith("finance.settlement"));

        assertThat(reconciliation.current(accounts.get(Marketplace.US))).isFalse();
        reconciliation.refresh(accounts.get(Marketplace.US));
        reconciliation.refresh(accounts.get(Marketplace.DE));
        assertThat(profitFigures()).isEqualTo(profitBefore);
        assertThat(reconciliationFigures()).isEqualTo(reconciliationBefore);
    }

    /** Every profit row of both accounts, per SKU and per marketplace, as text. */
    private List<String> profitFigures() {
        List<String> figures = new ArrayList<>();
        for (Marketplace marketplace : MARKETPLACES) {
            ProfitReport report = report(marketplace);
            report.rows().forEach(r -> figures.add(marketplace + " " + r.sku() + " " + r.local()));
            report.totals().forEach(r -> figures.add(marketplace + " total " + r.local()));
        }
        return figures;
    }

    /** Every stored figure of both accounts' settlement reconciliation, line by line. */
    private List<String> reconciliationFigures() {
        List<String> figures = new ArrayList<>();
        for (long account : accounts.values()) {
            reconciliation
                    .settlements(account)
                    .forEach(s -> figures.add(s.settlementId() + " " + s.status() + " " + s.linesTotal() + " "
                            + s.overcharged() + " " + s.checkedLines() + "/" + s.feeLines()));
            reconciliation
                    .lines(account, null, false)
                    .forEach(l -> figures.add(l.settlementId() + "/" + l.lineNo() + " " + l.kind() + " " + l.status()
                            + " " + l.charged() + " " + l.expected()));
        }
        return figures;
    }

    @Test
    void thePnlsNetProfitEqualsTheTruth() {
        // The US account reports in US dollars, so the P&L's figures are the marketplace's.
        long account = accounts.get(Marketplace.US);
        JsonNode months = marketplace(Marketplace.US).get("profit").get("months");
        YearMonth first = YearMonth.from(START);
        YearMonth last = YearMonth.from(START.plusDays(DAYS - 1));
        ProfitStatement statement = ledger.statement(account, first, last, null);
        assertThat(statement.currency().getCurrencyCode()).isEqualTo("USD");
        List<String> differences = new ArrayList<>();
        for (JsonNode month : months) {
            int i = statement
                    .months()
                    .indexOf(YearMonth.parse(month.get("month").asString()));
            assertThat(i).isNotNegative();
            check(
                    differences,
                    "US " + month.get("month").asString() + " otherExpenses",
                    statement.expensesOf(i).negate(),
                    month.get("otherExpenses"));
            check(
                    differences,
                    "US " + month.get("month").asString() + " netProfit",
                    statement.netProfitOf(i),
                    month.get("netProfit"));
        }
        assertThat(differences).isEmpty();
    }

    private ProfitReport report(Marketplace marketplace) {
        return ledger.report(
                accounts.get(marketplace),
                START,
                START.plusDays(DAYS + 40),
                ProfitGrouping.SKU,
                marketplace,
                null,
                null);
    }

    private static List<String> compare(String what, JsonNode truth, ProfitFigures bosun) {
        List<String> differences = new ArrayList<>();
        if (bosun == null) {
            bosun = ProfitFigures.zero(java.util.Currency.getInstance("USD"));
        }
        for (Map.Entry<String, Function<ProfitFigures, BigDecimal>> line : LINES.entrySet()) {
            check(differences, what + " " + line.getKey(), line.getValue().apply(bosun), truth.get(line.getKey()));
        }
        return differences;
    }

    private static void check(List<String> differences, String what, BigDecimal bosun, JsonNode truth) {
        // Rounded once, to the cent (both marketplaces' currencies have cents), as the pages show it.
        BigDecimal expected = truth.decimalValue().setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal actual = bosun.setScale(2, RoundingMode.HALF_UP);
        if (actual.compareTo(expected) != 0) {
            differences.add(what + ": " + actual.toPlainString() + " ≠ " + expected.toPlainString() + " (off by "
                    + actual.subtract(expected).toPlainString() + ")");
        }
    }

    private JsonNode marketplace(Marketplace marketplace) {
        return truth.get("byMarketplace").get(marketplace.code());
    }
}
