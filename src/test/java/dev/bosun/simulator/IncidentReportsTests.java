package dev.bosun.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.domain.IncidentRejectedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Planted incidents as the written report files show them, the way Amazon would: an overcharged FBA fee in the
 * settlement against the fee preview of Bosun's calculator, a suppressed listing inactive in All Listings and
 * without sales in the Business Reports, a return spike in the returns report; and the answer key beside them.
 */
class IncidentReportsTests {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final List<Incident> INCIDENTS = List.of(
            Incident.of(IncidentType.FEE_OVERCHARGE, Marketplace.US, IncidentDay.daysBeforeEnd(45))
                    .withMagnitude(1.5),
            Incident.of(IncidentType.LISTING_SUPPRESSED, Marketplace.US, IncidentDay.daysBeforeEnd(10)),
            Incident.of(IncidentType.RETURN_SPIKE, Marketplace.US, IncidentDay.daysBeforeEnd(15))
                    .withDetail("DAMAGED_BY_CARRIER")
                    .withId("carrier"),
            Incident.of(IncidentType.CERTIFICATE_EXPIRING, Marketplace.US, IncidentDay.daysBeforeEnd(2)));

    @TempDir
    static Path dir;

    private static Path store;
    private static JsonNode key;

    @BeforeAll
    static void simulate() {
        store = dir.resolve("store");
        SimulatedStore written = new StoreSimulator().simulate(settings(), store);
        assertThat(written.answerKey()).isEqualTo(store.resolve("answer-key.json"));
        key = JsonMapper.builder().build().readTree(written.answerKey().toFile());
    }

    private static SimulationSettings settings() {
        return new SimulationSettings(5, LocalDate.of(2025, 9, 1), 90, 12, List.of(Marketplace.US))
                .withIncidents(INCIDENTS);
    }

    private static JsonNode answer(String type) {
        for (JsonNode incident : key.get("incidents")) {
            if (incident.get("type").asString().equals(type)) {
                return incident;
            }
        }
        throw new AssertionError("no " + type + " in the answer key");
    }

    @Test
    void theAnswerKeyNamesEachIncidentsRuleSubjectAndFirstVisibleDay() {
        assertThat(key.get("incidents")).hasSize(4);
        JsonNode fee = answer("fee-overcharge");
        assertThat(fee.get("id").asString()).isEqualTo("incident-1");
        assertThat(fee.get("area").asString()).isEqualTo("finance");
        assertThat(fee.get("rule").asString()).isEqualTo("finance.fee-overcharge");
        assertThat(fee.at("/subject/kind").asString()).isEqualTo("product");
        assertThat(fee.at("/subject/picked").asBoolean()).isTrue();
        assertThat(fee.get("start").asString()).isEqualTo("2025-10-15");
        assertThat(LocalDate.parse(fee.get("visibleFrom").asString())).isAfterOrEqualTo(LocalDate.of(2025, 10, 15));
        assertThat(fee.get("visibleIn").get(0).asString()).isEqualTo("US/finance/settlement-*.txt");
        assertThat(answer("return-spike").get("id").asString()).isEqualTo("carrier");
        JsonNode certificate = answer("certificate-expiring");
        assertThat(certificate.get("visibleFrom").isNull()).isTrue();
        assertThat(certificate.get("note").asString())
                .isEqualTo("not visible in Amazon reports; needs the compliance module");
        assertThat(certificate.get("visibleIn")).isEmpty();
        List<String> skus = new ArrayList<>();
        for (JsonNode sku : truth().at("/byMarketplace/US/skus")) {
            skus.add(sku.get("sku").asString());
        }
        for (JsonNode incident : key.get("incidents")) {
            assertThat(skus).contains(incident.at("/subject/sku").asString());
            assertThat(incident.get("finding").asString())
                    .contains(incident.at("/subject/sku").asString());
        }
    }

    @Test
    void theOverchargedFeeIsLargerInTheSettlementThanInTheFeePreviewAndTheKeyHasTheMoney() {
        String sku = answer("fee-overcharge").at("/subject/sku").asString();
        Map<String, BigDecimal> preview = new HashMap<>();
        for (Map<String, String> row : rows(store.resolve("US/finance/fba-fee-preview.txt"))) {
            preview.put(row.get("sku"), new BigDecimal(row.get("expected-fulfillment-fee-per-unit")));
        }
        BigDecimal overcharged = BigDecimal.ZERO;
        int overchargedRows = 0;
        for (Path settlement : files("US/finance", "settlement-")) {
            for (Map<String, String> row : rows(settlement)) {
                if (!"FBAPerUnitFulfillmentFee".equals(row.get("amount-description"))) {
                    continue;
                }
                BigDecimal perUnit = new BigDecimal(row.get("amount"))
                        .negate()
                        .divide(new BigDecimal(row.get("quantity-purchased")), 2, java.math.RoundingMode.HALF_UP);
                BigDecimal expected = preview.get(row.get("sku"));
                if (row.get("sku").equals(sku) && perUnit.compareTo(expected.multiply(new BigDecimal("1.3"))) > 0) {
                    overchargedRows++;
                    BigDecimal charged = new BigDecimal(row.get("amount")).negate();
                    overcharged = overcharged.add(
                            charged.subtract(charged.divide(new BigDecimal("1.5"), 2, java.math.RoundingMode.HALF_UP)));
                } else {
                    assertThat(perUnit)
                            .as(row.get("sku") + " in " + settlement.getFileName())
                            .isLessThanOrEqualTo(expected);
                }
            }
        }
        assertThat(overchargedRows).isGreaterThan(5);
        BigDecimal atStake = answer("fee-overcharge")
                .at("/figures/overchargedInClosedSettlements")
                .decimalValue();
        assertThat(atStake).isPositive();
        assertThat(atStake.subtract(overcharged).abs())
                .isLessThanOrEqualTo(new BigDecimal("0.01").multiply(BigDecimal.valueOf(overchargedRows)));
        assertThat(answer("fee-overcharge").at("/figures/expectedFeePerUnit").decimalValue())
                .isLessThan(answer("fee-overcharge")
                        .at("/figures/chargedFeePerUnit")
                        .decimalValue());
    }

    @Test
    void theSuppressedListingIsInactiveAndSellsNothingFromItsDay() {
        JsonNode suppressed = answer("listing-suppressed");
        String sku = suppressed.at("/subject/sku").asString();
        List<String> active = new ArrayList<>();
        for (Map<String, String> row : rows(store.resolve("US/listings/all-listings.txt"))) {
            if (row.get("seller-sku").equals(sku)) {
                assertThat(row.get("status")).isEqualTo("Inactive");
            } else if (row.get("status").equals("Active")) {
                active.add(row.get("seller-sku"));
            }
        }
        assertThat(active).hasSizeGreaterThan(5);
        LocalDate from = LocalDate.parse(suppressed.get("start").asString());
        int before = 0;
        for (LocalDate day = from.minusDays(10); day.isBefore(LocalDate.of(2025, 11, 30)); day = day.plusDays(1)) {
            for (Map<String, String> row :
                    csvRows(store.resolve("US/business-reports/BusinessReport-" + day + ".csv"))) {
                if (row.get("SKU").equals(sku)) {
                    int units = Integer.parseInt(row.get("Units Ordered"));
                    if (day.isBefore(from)) {
                        before += units;
                    } else {
                        assertThat(units).as(day.toString()).isZero();
                        assertThat(row.get("Featured Offer (Buy Box) Percentage"))
                                .isEqualTo("0.00%");
                    }
                }
            }
        }
        assertThat(before).isPositive();
    }

    @Test
    void theReturnSpikeShowsInTheReturnsReportWithItsReason() {
        JsonNode spike = answer("return-spike");
        String sku = spike.at("/subject/sku").asString();
        LocalDate from = LocalDate.parse(spike.get("start").asString());
        int since = 0;
        for (Map<String, String> row : rows(store.resolve("US/returns/fba-customer-returns.txt"))) {
            LocalDate day = java.time.OffsetDateTime.parse(row.get("return-date"))
                    .atZoneSameInstant(Marketplace.US.zone())
                    .toLocalDate();
            if (row.get("sku").equals(sku) && row.get("reason").equals("DAMAGED_BY_CARRIER") && !day.isBefore(from)) {
                since += Integer.parseInt(row.get("quantity"));
            }
        }
        assertThat(since)
                .isEqualTo(spike.at("/figures/returnsWithReasonSince").asInt())
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void theAnswerKeyIsNotAReportAndTheManifestDoesNotListIt() throws IOException {
        assertThat(Files.readString(store.resolve("manifest.json"))).doesNotContain("answer-key");
    }

    @Test
    void theSameIncidentsWriteTheSameBytes() {
        Path again = dir.resolve("again");
        new StoreSimulator().simulate(settings(), again);
        Map<String, byte[]> first = contents(store);
        Map<String, byte[]> second = contents(again);
        assertThat(second.keySet()).isEqualTo(first.keySet()).contains("answer-key.json");
        for (String file : first.keySet()) {
            assertThat(second.get(file)).as(file).isEqualTo(first.get(file));
        }
    }

    @Test
    void anIncidentThatCannotBePlantedWritesNothing() {
        Path none = dir.resolve("none");
        SimulationSettings bad = settings()
                .withIncidents(
                        List.of(Incident.of(IncidentType.ZOMBIE_LISTING, Marketplace.US, IncidentDay.daysBeforeEnd(3))
                                .withSku("NO-SUCH-SKU")));
        assertThatThrownBy(() -> new StoreSimulator().simulate(bad, none))
                .isInstanceOf(IncidentRejectedException.class)
                .hasMessageContaining("'NO-SUCH-SKU'");
        assertThat(none).doesNotExist();
    }

    // ------------------------------------------------------------------------------------------------------------

    private static JsonNode truth() {
        return JsonMapper.builder().build().readTree(store.resolve("truth.json").toFile());
    }

    private static List<Path> files(String folder, String prefix) {
        try (Stream<Path> list = Files.list(store.resolve(folder))) {
            return list.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of a tab-separated flat file by header (the settlement's summary row included). */
    private static List<Map<String, String>> rows(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, WINDOWS_1252);
            String[] header = lines.get(0).split("\t", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length && i < cells.length; i++) {
                    row.put(header[i], cells[i]);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of a Business Report CSV (US: plain numbers, quoted cells). */
    private static List<Map<String, String>> csvRows(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            List<String> header = cells(lines.get(0));
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                List<String> cells = cells(line);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), cells.get(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static Map<String, byte[]> contents(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
