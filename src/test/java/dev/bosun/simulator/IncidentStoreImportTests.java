package dev.bosun.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Region;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.TestDatabase;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A store with incidents planted goes through the report importer like any other: no file is refused, no row
 * rejected, and what the answer key says is in the tables (a suppressed listing inactive, the order defect rate of
 * the last seller performance report, overcharged FBA fees in the settlement lines, late buyer messages).
 */
@BosunTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentStoreImportTests {

    private static final List<Marketplace> MARKETPLACES = List.of(Marketplace.US, Marketplace.DE);

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    private Path folder;
    private SimulatedStore store;
    private JsonNode key;
    private final Map<Marketplace, Long> accounts = new EnumMap<>(Marketplace.class);
    private final Map<SimulatedFile, ImportResult> results = new HashMap<>();

    @BeforeAll
    void simulateAndImport() throws Exception {
        folder = Files.createTempDirectory("incident-store");
        List<Incident> incidents = List.of(
                Incident.of(IncidentType.FEE_OVERCHARGE, Marketplace.US, IncidentDay.daysBeforeEnd(35)),
                Incident.of(IncidentType.LISTING_SUPPRESSED, Marketplace.US, IncidentDay.daysBeforeEnd(8)),
                Incident.of(IncidentType.ODR_BREACH, Marketplace.US, IncidentDay.daysBeforeEnd(5)),
                Incident.of(IncidentType.MESSAGE_SLA, Marketplace.US, IncidentDay.daysBeforeEnd(4)),
                Incident.of(IncidentType.SEARCH_TERM_WASTE, Marketplace.US, IncidentDay.daysBeforeEnd(12)),
                Incident.of(IncidentType.STOCK_OUT_RISK, Marketplace.US, IncidentDay.daysBeforeEnd(14)),
                Incident.of(IncidentType.RETURN_SPIKE, Marketplace.DE, IncidentDay.daysBeforeEnd(10)),
                Incident.of(IncidentType.NEGATIVE_REVIEW_BURST, Marketplace.DE, IncidentDay.daysBeforeEnd(6)),
                Incident.of(IncidentType.STORAGE_OVER_CAPACITY, Marketplace.DE, IncidentDay.daysBeforeEnd(6)),
                Incident.of(IncidentType.ZOMBIE_LISTING, Marketplace.DE, IncidentDay.daysBeforeEnd(40)));
        store = new StoreSimulator()
                .simulate(
                        new SimulationSettings(6, LocalDate.of(2025, 10, 20), 56, 10, MARKETPLACES)
                                .withIncidents(incidents),
                        folder);
        key = JsonMapper.builder().build().readTree(store.answerKey().toFile());
        Map<Region, SellerAccount> byRegion = new EnumMap<>(Region.class);
        for (Marketplace marketplace : MARKETPLACES) {
            SellerAccount account = byRegion.computeIfAbsent(
                    marketplace.region(),
                    region -> directory.create(
                            directory.defaultOrganisation(),
                            TestDatabase.unique("Incidents " + region),
                            List.of(marketplace),
                            null));
            accounts.put(marketplace, account.id());
        }
        for (SimulatedFile file : store.files()) {
            ImportOptions options = new ImportOptions(
                    false, file.marketplace(), file.snapshotDay(), file.snapshotDay(), "incident-test");
            List<ImportResult> imported = imports.importFile(
                    accounts.get(file.marketplace()),
                    file.path(),
                    folder.relativize(file.path()).toString(),
                    options);
            assertThat(imported).as(file.path().toString()).hasSize(1);
            results.put(file, imported.get(0));
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

    private JsonNode answer(String type) {
        for (JsonNode incident : key.get("incidents")) {
            if (incident.get("type").asString().equals(type)) {
                return incident;
            }
        }
        throw new AssertionError("no " + type + " in the answer key");
    }

    @Test
    void everyFileIsImportedWithoutARejectedRow() {
        assertThat(results).hasSize(store.files().size());
        for (Map.Entry<SimulatedFile, ImportResult> entry : results.entrySet()) {
            ImportResult result = entry.getValue();
            assertThat(result.problems())
                    .as(entry.getKey().path() + " problems")
                    .isEmpty();
            assertThat(result.status()).as(entry.getKey().path().toString()).isEqualTo("IMPORTED");
            assertThat(result.type())
                    .as(entry.getKey().path().toString())
                    .isEqualTo(entry.getKey().report());
            assertThat(result.rejected()).as(entry.getKey().path().toString()).isZero();
        }
        assertThat(key.get("incidents")).hasSize(10);
    }

    @Test
    void theSuppressedListingIsInactiveInTheCatalog() {
        String sku = answer("listing-suppressed").at("/subject/sku").asString();
        assertThat(jdbc.queryForObject(
                        "select status from listings where account_id = ? and marketplace = 'US' and sku = ?",
                        String.class,
                        accounts.get(Marketplace.US),
                        sku))
                .isEqualTo("Inactive");
    }

    @Test
    void theSuppressedListingsUnitsAreStranded() {
        String sku = answer("listing-suppressed").at("/subject/sku").asString();
        assertThat(jdbc.queryForList(
                        "select sku from inventory_stranded_listings where account_id = ? and marketplace = 'US'"
                                + " and snapshot_date = (select max(snapshot_date) from inventory_stranded_listings"
                                + " where account_id = ? and marketplace = 'US')",
                        String.class,
                        accounts.get(Marketplace.US),
                        accounts.get(Marketplace.US)))
                .containsExactly(sku);
        assertThat(answer("listing-suppressed").get("visibleIn").toString()).contains("stranded-inventory-*.txt");
    }

    @Test
    void theLastSellerPerformanceReportHasTheBreachTheKeyNames() {
        BigDecimal afn = jdbc.queryForObject(
                "select rate from health_account_metrics where account_id = ? and marketplace = 'US'"
                        + " and metric = 'orderDefectRate.afn' order by period_end desc limit 1",
                BigDecimal.class,
                accounts.get(Marketplace.US));
        JsonNode odr = answer("odr-breach");
        assertThat(afn.doubleValue()).isGreaterThanOrEqualTo(0.01);
        assertThat(afn.doubleValue() * 100)
                .isCloseTo(odr.at("/figures/ratePercentageAtEnd").asDouble(), within(0.01));
        assertThat(odr.get("visibleFrom").asString())
                .as("the last day's report")
                .isEqualTo("2025-12-14");
    }

    @Test
    void theOverchargedFeesAreInTheSettlementLines() {
        JsonNode fee = answer("fee-overcharge");
        String sku = fee.at("/subject/sku").asString();
        BigDecimal charged = jdbc.queryForObject(
                "select max(-amount / quantity_purchased) from finance_settlement_lines where account_id = ?"
                        + " and sku = ? and amount_description = 'FBAPerUnitFulfillmentFee'",
                BigDecimal.class,
                accounts.get(Marketplace.US),
                sku);
        BigDecimal expected = jdbc.queryForObject(
                "select min(-amount / quantity_purchased) from finance_settlement_lines where account_id = ?"
                        + " and sku = ? and amount_description = 'FBAPerUnitFulfillmentFee' and posted_date < ?",
                BigDecimal.class,
                accounts.get(Marketplace.US),
                sku,
                LocalDate.parse(fee.get("start").asString()));
        assertThat(charged).isGreaterThan(expected);
        assertThat(fee.at("/figures/chargedFeePerUnit").decimalValue())
                .isGreaterThan(fee.at("/figures/expectedFeePerUnit").decimalValue())
                .isLessThanOrEqualTo(charged);
        assertThat(fee.at("/figures/overchargedInClosedSettlements").decimalValue())
                .isPositive();
    }

    @Test
    void lateBuyerMessagesAreInTheInbox() {
        JsonNode sla = answer("message-sla");
        Long late = jdbc.queryForObject(
                "select count(*) from buyer_messages where account_id = ? and marketplace = 'US'"
                        + " and received_at >= ? and (answered_at is null or answered_at > received_at + interval '24 hours')",
                Long.class,
                accounts.get(Marketplace.US),
                java.sql.Timestamp.from(LocalDate.parse(sla.get("start").asString())
                        .atStartOfDay(Marketplace.US.zone())
                        .toInstant()));
        assertThat(late)
                .isEqualTo(sla.at("/figures/answeredLate").asLong()
                        + sla.at("/figures/notAnswered").asLong())
                .isGreaterThanOrEqualTo(5);
    }
}
