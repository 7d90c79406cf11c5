package dev.bosun.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.amazon.ImportOptions;
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
import dev.bosun.workflow.ActionItem;
import dev.bosun.workflow.DailyReview;
import dev.bosun.workflow.Evidence;
import dev.bosun.workflow.ItemFilter;
import dev.bosun.workflow.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Simulated stores through import, reconciliation, the daily review and the claims ledger: a planted FBA fee
 * overcharge is found on the right SKU with the answer key's figures to the cent and becomes one claim; importing the
 * settlements again changes no figure and makes no second claim; a healthy store in the US and in Germany reconciles
 * without a single discrepancy and gives no finance item above information.
 */
@BosunTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulatedStoreReconciliationTests {

    static final LocalDate START = LocalDate.of(2025, 10, 20);
    static final int DAYS = 56;

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    SettlementReconciliation reconciliation;

    @Autowired
    DailyReview review;

    @Autowired
    Claims claims;

    private final List<Path> folders = new ArrayList<>();
    private SimulatedStore planted;
    private long plantedAccount;
    private JsonNode overcharge;
    private SimulatedStore healthy;
    private long healthyUs;
    private long healthyDe;

    @BeforeAll
    void simulateAndImport() throws IOException {
        planted = simulate(new SimulationSettings(6, START, DAYS, 10, List.of(Marketplace.US))
                .withIncidents(List.of(
                        Incident.of(IncidentType.FEE_OVERCHARGE, Marketplace.US, IncidentDay.daysBeforeEnd(35)))));
        plantedAccount = account("Overcharged", Marketplace.US);
        importAll(planted, Map.of(Marketplace.US, plantedAccount), f -> true);
        for (JsonNode incident : JsonMapper.builder()
                .build()
                .readTree(planted.answerKey().toFile())
                .get("incidents")) {
            if (incident.get("type").asString().equals("fee-overcharge")) {
                overcharge = incident;
            }
        }
        healthy = simulate(new SimulationSettings(11, START, DAYS, 10, List.of(Marketplace.US, Marketplace.DE)));
        healthyUs = account("Healthy US", Marketplace.US);
        healthyDe = account("Healthy DE", Marketplace.DE);
        importAll(healthy, Map.of(Marketplace.US, healthyUs, Marketplace.DE, healthyDe), f -> true);
    }

    @AfterAll
    void removeTheFiles() throws IOException {
        for (Path folder : folders) {
            try (var walk = Files.walk(folder)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @Test
    void thePlantedOverchargeIsFoundOnItsSkuWithTheAnswerKeysFigures() {
        String sku = overcharge.at("/subject/sku").asString();
        LocalDate day = START.plusDays(DAYS);
        review.run(plantedAccount, day);
        List<ActionItem> items = review.items(plantedAccount, day, ItemFilter.open()).stream()
                .filter(i -> i.ruleId().equals("finance.fee-overcharge"))
                .toList();
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.subject().sku()).isEqualTo(sku);
            assertThat(item.severity()).isEqualTo(Severity.WARNING);
            assertThat(item.atStake().amount())
                    .as("the answer key's overcharge in closed settlements, to the cent")
                    .isEqualByComparingTo(overcharge
                            .at("/figures/overchargedInClosedSettlements")
                            .decimalValue());
            assertThat(figure(item, "charged-per-unit"))
                    .isEqualByComparingTo(
                            overcharge.at("/figures/chargedFeePerUnit").decimalValue());
            assertThat(figure(item, "expected-per-unit"))
                    .isEqualByComparingTo(
                            overcharge.at("/figures/expectedFeePerUnit").decimalValue());
            assertThat(figure(item, "units-overcharged"))
                    .isEqualByComparingTo(
                            overcharge.at("/figures/unitsOvercharged").decimalValue());
        });
        reconciliation.refresh(plantedAccount);
        BigDecimal overchargedInSettlements = reconciliation.settlements(plantedAccount).stream()
                .map(SettlementCheck::overcharged)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(overchargedInSettlements)
                .isEqualByComparingTo(
                        overcharge.at("/figures/overchargedInClosedSettlements").decimalValue());
        assertThat(reconciliation.settlements(plantedAccount))
                .allSatisfy(s -> assertThat(s.balanced()).isTrue());
    }

    @Test
    void theOverchargeBecomesOneClaimAndImportingTheSettlementsAgainChangesNothing() {
        String sku = overcharge.at("/subject/sku").asString();
        LocalDate day = START.plusDays(DAYS);
        claims.detect(plantedAccount, day);
        List<Claim> first = claims.ledger(plantedAccount, List.of());
        assertThat(first)
                .filteredOn(c -> c.kind() == ClaimKind.FEE_OVERCHARGE)
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.sku()).isEqualTo(sku);
                    assertThat(c.status()).isEqualTo(ClaimStatus.DETECTED);
                    assertThat(c.amountExpected())
                            .isEqualByComparingTo(overcharge
                                    .at("/figures/overchargedInClosedSettlements")
                                    .decimalValue());
                    assertThat(claims.text(c))
                            .contains("SKU " + sku)
                            .contains(c.amountExpected().toPlainString() + " USD")
                            .contains("SMALL_STANDARD");
                });
        reconciliation.refresh(plantedAccount);
        List<String> before = figures(plantedAccount);

        importAll(
                planted,
                Map.of(Marketplace.US, plantedAccount),
                f -> f.path().getFileName().toString().startsWith("settlement-"));
        assertThat(reconciliation.current(plantedAccount))
                .as("a new batch makes the stored result stale")
                .isFalse();
        assertThat(reconciliation.refresh(plantedAccount)).isTrue();
        assertThat(figures(plantedAccount)).isEqualTo(before);

        Claims.Detection again = claims.detect(plantedAccount, day);
        assertThat(again.added()).isZero();
        assertThat(claims.ledger(plantedAccount, List.of()))
                .extracting(Claim::id, Claim::amountExpected)
                .containsExactlyElementsOf(first.stream()
                        .map(c -> org.assertj.core.groups.Tuple.tuple(c.id(), c.amountExpected()))
                        .toList());
    }

    @Test
    void aHealthyStoreReconcilesWithoutDiscrepanciesAndGivesNoFinanceItemAboveInformation() {
        LocalDate day = START.plusDays(DAYS);
        for (long account : List.of(healthyUs, healthyDe)) {
            reconciliation.refresh(account);
            List<SettlementCheck> settlements = reconciliation.settlements(account);
            assertThat(settlements).isNotEmpty();
            assertThat(reconciliation.lines(account, null, true))
                    .as("discrepancies of account " + account)
                    .isEmpty();
            assertThat(settlements).allSatisfy(s -> {
                assertThat(s.balanced()).isTrue();
                assertThat(s.status()).isEqualTo(ReconciliationStatus.RECONCILED);
                assertThat(s.checkedLines()).isPositive();
            });
            review.run(account, day);
            assertThat(review.items(account, day, ItemFilter.open()).stream()
                            .filter(i -> i.ruleId().startsWith("finance."))
                            .filter(i -> i.severity().atLeast(Severity.WARNING))
                            .map(i -> i.ruleId() + " " + i.subject().key())
                            .toList())
                    .isEmpty();
        }
    }

    /** Every stored figure of an account's reconciliation, line by line. */
    private List<String> figures(long account) {
        List<String> figures = new ArrayList<>();
        reconciliation
                .settlements(account)
                .forEach(s -> figures.add(s.settlementId() + " " + s.status() + " " + s.linesTotal() + " "
                        + s.overcharged() + " " + s.checkedLines() + "/" + s.feeLines()));
        reconciliation
                .lines(account, null, false)
                .forEach(l -> figures.add(l.settlementId() + "/" + l.lineNo() + " " + l.kind() + " " + l.status() + " "
                        + l.charged() + " " + l.expected()));
        return figures;
    }

    private static BigDecimal figure(ActionItem item, String key) {
        return item.evidence().figures().stream()
                .filter(f -> f.key().equals(key))
                .map(Evidence.Figure::value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + key + " in "
                        + item.evidence().figures().stream()
                                .map(Evidence.Figure::key)
                                .collect(Collectors.joining(", "))));
    }

    private SimulatedStore simulate(SimulationSettings settings) throws IOException {
        Path folder = Files.createTempDirectory("reconciliation-store");
        folders.add(folder);
        return new StoreSimulator().simulate(settings, folder);
    }

    private long account(String name, Marketplace marketplace) {
        return directory
                .create(directory.defaultOrganisation(), TestDatabase.unique(name), List.of(marketplace), null)
                .id();
    }

    private void importAll(
            SimulatedStore store, Map<Marketplace, Long> accounts, java.util.function.Predicate<SimulatedFile> which) {
        Path folder = store.files().get(0).path();
        while (!folders.contains(folder)) {
            folder = folder.getParent();
        }
        for (SimulatedFile file : store.files()) {
            if (!which.test(file)) {
                continue;
            }
            var results = imports.importFile(
                    accounts.get(file.marketplace()),
                    file.path(),
                    folder.relativize(file.path()).toString(),
                    new ImportOptions(false, file.marketplace(), file.snapshotDay(), file.snapshotDay(), "recon-test"));
            assertThat(results)
                    .as(file.path().toString())
                    .allSatisfy(r -> assertThat(r.rejected()).isZero());
        }
    }
}
