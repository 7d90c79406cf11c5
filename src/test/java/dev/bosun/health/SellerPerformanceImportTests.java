package dev.bosun.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The seller performance report becomes one row per marketplace, reporting window and metric. */
@BosunTest
class SellerPerformanceImportTests {

    static final Path SAMPLES = Path.of("..", "shared", "amazon", "samples");

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    AccountHealth health;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void recordsEveryMetricWithAmazonsStatusAndTarget() throws IOException {
        long account = account(Marketplace.US, Marketplace.CA);

        ImportResult result = importOne(account, fixture("seller-performance.json"), strict());

        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("health.seller-performance");
        assertThat(result.inserted()).isEqualTo(13);
        assertThat(result.marketplaces()).containsExactly("US", "CA");
        Map<String, HealthMetric> us = byName(health.latest(account, Marketplace.US));
        assertThat(us.keySet())
                .containsExactlyInAnyOrder(
                        "accountStatus",
                        "orderDefectRate.mfn",
                        "orderDefectRate.afn",
                        "lateShipmentRate",
                        "preFulfillmentCancellationRate",
                        "validTrackingRate",
                        "onTimeDeliveryRate",
                        "invoiceDefectRate",
                        "accountHealthRating",
                        "listingPolicyViolations",
                        "warningStates.spammingSellerMessaging");

        HealthMetric odr = us.get("orderDefectRate.mfn");
        assertThat(odr.periodEnd()).isEqualTo(LocalDate.of(2026, 11, 4));
        assertThat(odr.reportingFrom()).isEqualTo(Instant.parse("2026-09-06T00:00:00Z"));
        assertThat(odr.reportingTo()).isEqualTo(Instant.parse("2026-11-04T23:59:00Z"));
        assertThat(odr.rate()).isEqualByComparingTo("0.0022");
        assertThat(odr.targetValue()).isEqualByComparingTo("0.01");
        assertThat(odr.targetCondition()).isEqualTo("LESS_THAN");
        assertThat(odr.status()).isEqualTo("GOOD");
        assertThat(List.of(odr.count(), odr.total(), odr.claims(), odr.chargebacks(), odr.negativeFeedback()))
                .containsExactly(12L, 5390L, 4L, 1L, 7L);
        assertThat(us.get("orderDefectRate.afn").total()).isEqualTo(20110L);

        HealthMetric late = us.get("lateShipmentRate");
        assertThat(late.status()).isEqualTo("BAD");
        assertThat(late.rate()).isEqualByComparingTo("0.0471");
        assertThat(List.of(late.count(), late.total())).containsExactly(41L, 870L);
        assertThat(late.meetsTarget()).contains(false);
        assertThat(us.get("preFulfillmentCancellationRate").count()).isEqualTo(1L);
        assertThat(us.get("validTrackingRate"))
                .extracting(HealthMetric::count, HealthMetric::total)
                .containsExactly(836L, 850L);
        assertThat(us.get("onTimeDeliveryRate"))
                .extracting(HealthMetric::count, HealthMetric::total)
                .containsExactly(790L, 836L);
        assertThat(us.get("invoiceDefectRate"))
                .extracting(HealthMetric::count, HealthMetric::missingInvoices, HealthMetric::lateInvoices)
                .containsExactly(2L, 1L, 1L);
        assertThat(us.get("accountHealthRating").status()).isEqualTo("GREAT");
        assertThat(us.get("listingPolicyViolations"))
                .extracting(HealthMetric::count, HealthMetric::status, HealthMetric::rate)
                .containsExactly(2L, "BAD", null);
        assertThat(us.get("warningStates.spammingSellerMessaging").status()).isEqualTo("BAD");
        assertThat(us.get("accountStatus"))
                .extracting(HealthMetric::status, HealthMetric::periodEnd)
                .containsExactly("NORMAL", LocalDate.of(2026, 11, 19));

        assertThat(health.missedTargets(account, Marketplace.US))
                .extracting(HealthMetric::metric)
                .containsExactly("lateShipmentRate", "listingPolicyViolations");
        assertThat(health.latest(account, Marketplace.CA))
                .extracting(HealthMetric::metric, HealthMetric::status, HealthMetric::periodEnd)
                .containsExactly(
                        tuple("accountStatus", "AT_RISK", LocalDate.of(2026, 11, 18)),
                        tuple("lateShipmentRate", "GOOD", LocalDate.of(2026, 11, 18)));
    }

    @Test
    void importingTheSameReportAgainChangesNothing() throws IOException {
        long account = account(Marketplace.US, Marketplace.CA);
        Path file = fixture("seller-performance.json");
        importOne(account, file, strict());

        ImportResult again = importOne(account, file, strict());

        assertThat(again.status()).isEqualTo("IMPORTED");
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(13);
    }

    @Test
    void aRestatedWindowIsReplacedAndANewWindowAddsHistory() throws IOException {
        long account = account(Marketplace.US, Marketplace.CA);
        String text = Files.readString(fixture("seller-performance.json"));
        importOne(account, write("first.json", text), strict());

        ImportResult restated = importOne(account, write("restated.json", text.replace("0.0471", "0.0472")), strict());
        ImportResult nextWindow = importOne(
                account,
                write(
                        "next.json",
                        text.replace(
                                        "\"rate\": 0.02,\n        \"targetValue\": 0.04",
                                        "\"rate\": 0.03,\n        \"targetValue\": 0.04")
                                .replace(
                                        "2026-11-18T23:59Z\" },\n        \"orderCount\": 50",
                                        "2026-11-25T23:59Z\" },\n        \"orderCount\": 50")),
                strict());

        assertThat(restated.inserted()).isZero();
        assertThat(restated.updated()).isEqualTo(1);
        assertThat(nextWindow.inserted()).isEqualTo(2);
        assertThat(health.history(account, Marketplace.CA, "lateShipmentRate"))
                .extracting(
                        HealthMetric::periodEnd,
                        m -> m.rate().stripTrailingZeros().toPlainString())
                .containsExactly(tuple(LocalDate.of(2026, 11, 18), "0.02"), tuple(LocalDate.of(2026, 11, 25), "0.03"));
        assertThat(health.latest(account, Marketplace.CA))
                .extracting(HealthMetric::metric, HealthMetric::periodEnd)
                .containsExactly(
                        tuple("accountStatus", LocalDate.of(2026, 11, 25)),
                        tuple("lateShipmentRate", LocalDate.of(2026, 11, 25)));
    }

    @Test
    void aMalformedValueRejectsItsMarketplaceEntryByPathAndRefusesTheReportUnlessLenient() throws IOException {
        long account = account(Marketplace.US, Marketplace.CA);
        String text = Files.readString(fixture("seller-performance.json")).replace("0.0471", "\"abc\"");
        Path file = write("bad.json", text);

        ImportResult strict = importOne(account, file, strict());

        assertThat(strict.status()).isEqualTo("REJECTED");
        assertThat(strict.rows()).isEqualTo(4);
        assertThat(strict.rejected()).isEqualTo(1);
        assertThat(strict.problems())
                .extracting(p -> p.describe("bad.json"))
                .containsExactly(
                        "bad.json:$.performanceMetrics[0].lateShipmentRate.rate: expected a number, found \"abc\"");
        assertThat(jdbc.queryForObject(
                        "select count(*) from health_account_metrics where account_id = ?", Long.class, account))
                .isZero();

        ImportResult lenient = importOne(account, file, new ImportOptions(true, null, null, null, "test"));

        assertThat(lenient.status()).isEqualTo("PARTIAL");
        assertThat(lenient.rejected()).isEqualTo(1);
        assertThat(lenient.inserted()).isEqualTo(3);
        assertThat(health.latest(account, Marketplace.US))
                .as("the US metrics entry is rejected whole; its account status is an element of its own")
                .extracting(HealthMetric::metric, HealthMetric::status)
                .containsExactly(tuple("accountStatus", "NORMAL"));
        assertThat(health.latest(account, Marketplace.CA))
                .extracting(HealthMetric::metric)
                .containsExactly("accountStatus", "lateShipmentRate");
    }

    @Test
    void aDocumentWithoutItsMetricsArrayIsRefusedEvenWhenLenient() {
        long account = account(Marketplace.US);
        Path file = write("no-array.json", """
                {"accountStatuses": [{"marketplaceId": "ATVPDKIKX0DER", "status": "NORMAL"}],
                 "performanceMetrics": {"lateShipmentRate": {"rate": 0.01}}}
                """);

        ImportResult lenient = importOne(account, file, new ImportOptions(true, null, null, null, "test"));

        assertThat(lenient.status()).isEqualTo("REJECTED");
        assertThat(lenient.problems())
                .extracting(p -> p.describe("no-array.json"))
                .containsExactly("no-array.json:$.performanceMetrics: expected an array, found an object");
        assertThat(jdbc.queryForObject(
                        "select count(*) from health_account_metrics where account_id = ?", Long.class, account))
                .isZero();
    }

    @Test
    void anEntryWithoutMarketplaceNeedsOneToBeKnown() throws IOException {
        long account = account(Marketplace.US, Marketplace.CA);
        Path file = write("no-marketplace.json", """
                {"accountStatuses": [],
                 "performanceMetrics": [{"lateShipmentRate": {"status": "GOOD", "rate": 0.01}}]}
                """);

        ImportResult unsaid = importOne(account, file, strict());
        ImportResult said = importOne(account, file, new ImportOptions(false, Marketplace.CA, null, null, "test"));

        assertThat(unsaid.status()).isEqualTo("REJECTED");
        assertThat(unsaid.problems().get(0).jsonPath()).isEqualTo("$.performanceMetrics[0].marketplaceId");
        assertThat(said.status()).isEqualTo("IMPORTED");
        assertThat(health.latest(account, Marketplace.CA))
                .extracting(HealthMetric::metric)
                .containsExactly("lateShipmentRate");
    }

    @Test
    void readsAirbytesSampleWithItsOlderSpellings() {
        Path sample = SAMPLES.resolve("airbyte/GET_V2_SELLER_PERFORMANCE_REPORT.json");
        assumeTrue(Files.exists(sample), "shared samples not present");
        long account = account(Marketplace.US);

        ImportResult result = importOne(account, sample, strict());

        assertThat(result.type()).isEqualTo("health.seller-performance");
        assertThat(result.status()).isEqualTo("IMPORTED");
        Map<String, HealthMetric> us = byName(health.latest(account, Marketplace.US));
        assertThat(us.keySet())
                .containsExactlyInAnyOrder(
                        "accountStatus",
                        "accountHealthRating",
                        "lateShipmentRate",
                        "orderDefectRate.afn",
                        "orderDefectRate.mfn",
                        "warningStates.listingPolicyViolations");
        assertThat(us.get("accountHealthRating"))
                .extracting(HealthMetric::status, HealthMetric::score)
                .containsExactly("GREEN", 1000);
        assertThat(us.get("lateShipmentRate").count()).isEqualTo(1L);
        assertThat(us.get("orderDefectRate.mfn"))
                .extracting(
                        HealthMetric::periodEnd,
                        m -> m.rate().stripTrailingZeros().toPlainString(),
                        HealthMetric::reportingTo)
                .containsExactly(LocalDate.of(2026, 7, 24), "0.01", null);
        assertThat(us.get("warningStates.listingPolicyViolations"))
                .extracting(HealthMetric::count, HealthMetric::targetCondition)
                .containsExactly(0L, "LESS_THAN_OR_EQUAL");
    }

    @Test
    void readsTheExampleOfAmazonsSchema() throws IOException {
        Path schema = SAMPLES.resolve("spapi-schemas/accountHealthReport-2020-11-18.json");
        assumeTrue(Files.exists(schema), "shared samples not present");
        var mapper = JsonMapper.builder().build();
        Path example = write(
                "example.json",
                mapper.readTree(schema.toFile()).path("examples").get(0).toString());
        long account = account(Marketplace.US);

        ImportResult result = importOne(account, example, strict());

        assertThat(result.status()).isEqualTo("IMPORTED");
        Map<String, HealthMetric> us = byName(health.latest(account, Marketplace.US));
        assertThat(us.get("preFulfillmentCancellationRate"))
                .extracting(
                        m -> m.rate().stripTrailingZeros().toPlainString(), HealthMetric::count, HealthMetric::total)
                .containsExactly("0.005", 551L, 17197L);
        assertThat(us.get("documentRequests").count()).isEqualTo(8L);
        assertThat(us.get("accountHealthRating").status()).isEqualTo("WARNED");
        assertThat(us.get("warningStates.spammingSellerMessaging").status()).isEqualTo("BAD");
        assertThat(us.get("productSafetyCustomerComplaints"))
                .extracting(HealthMetric::count, HealthMetric::periodEnd)
                .containsExactly(165L, LocalDate.of(2020, 11, 17));
        assertThat(us.get("accountStatus").status()).isEqualTo("AT_RISK");
        assertThat(health.latest(account, Marketplace.MX))
                .extracting(HealthMetric::metric, HealthMetric::status)
                .containsExactly(tuple("accountStatus", "SUSPENDED"));
    }

    private static Map<String, HealthMetric> byName(List<HealthMetric> metrics) {
        return metrics.stream().collect(Collectors.toMap(HealthMetric::metric, Function.identity()));
    }

    private ImportResult importOne(long account, Path file, ImportOptions options) {
        List<ImportResult> results =
                imports.importFile(account, file, file.getFileName().toString(), options);
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private static ImportOptions strict() {
        return ImportOptions.strict("test");
    }

    private Path fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/reports/health/" + name)) {
            return write(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long account(Marketplace... marketplaces) {
        return directory
                .create(directory.defaultOrganisation(), TestDatabase.unique("Health"), List.of(marketplaces), null)
                .id();
    }
}
