package dev.bosun.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bosun.shared.Marketplace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The incidents file: what it accepts, and how it says what is wrong (file, line, entry, what was expected). */
class IncidentFileTests {

    @TempDir
    Path dir;

    @Test
    void readsEveryPartOfAnIncident() throws IOException {
        Path file = dir.resolve("plan.yaml");
        Files.writeString(file, """
                # the demo week
                incidents:
                  - id: bad-batch
                    type: return-spike
                    marketplace: DE
                    day: 2025-12-01
                    days: 7
                    sku: NOR-KS-01-3PIE
                    magnitude: 4
                    reason: quality_unacceptable
                  - type: HARVEST
                    daysBeforeEnd: 3
                    campaign: Knife Set Classic | SP | Auto
                    term: knife set with block
                  - type: certificate-expiring
                    daysBeforeEnd: 0
                    asin: B0ABCDEFGH
                    certificate: CE declaration of conformity
                """);
        IncidentFile read = IncidentFile.read(file);
        assertThat(read.incidents()).hasSize(3);
        assertThat(read.lines()).containsExactly(3, 11, 15);
        assertThat(read.where(1)).isEqualTo(file + ", line 11");
        Incident spike = read.incidents().get(0);
        assertThat(spike)
                .isEqualTo(Incident.of(
                                IncidentType.RETURN_SPIKE, Marketplace.DE, IncidentDay.on(LocalDate.of(2025, 12, 1)))
                        .withId("bad-batch")
                        .withDays(7)
                        .withSku("NOR-KS-01-3PIE")
                        .withMagnitude(4)
                        .withDetail("quality_unacceptable"));
        Incident harvest = read.incidents().get(1);
        assertThat(harvest.type()).isEqualTo(IncidentType.HARVEST);
        assertThat(harvest.marketplace()).isNull();
        assertThat(harvest.start()).isEqualTo(IncidentDay.daysBeforeEnd(3));
        assertThat(harvest.start().resolve(LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2025, 12, 28));
        assertThat(harvest.campaign()).isEqualTo("Knife Set Classic | SP | Auto");
        assertThat(harvest.term()).isEqualTo("knife set with block");
        assertThat(harvest.magnitudeOrDefault()).isEqualTo(IncidentType.HARVEST.defaultMagnitude());
        assertThat(read.incidents().get(2).sku()).isEqualTo("B0ABCDEFGH");
        assertThat(read.incidents().get(2).detail()).isEqualTo("CE declaration of conformity");
    }

    @Test
    void readsJsonAndABareList() {
        IncidentFile json = IncidentFile.parse(
                "plan.json",
                "{\"incidents\": [{\"type\": \"odr-breach\", \"daysBeforeEnd\": 4, \"magnitude\": 0.03}]}");
        assertThat(json.incidents().get(0).magnitude()).isEqualTo(0.03);
        IncidentFile list = IncidentFile.parse("plan.yaml", "- type: zombie-listing\n  daysBeforeEnd: 40\n");
        assertThat(list.incidents().get(0).type()).isEqualTo(IncidentType.ZOMBIE_LISTING);
    }

    @Test
    void everyTypeHasAFileNameARuleAndSaneDefaults() {
        for (IncidentType type : IncidentType.values()) {
            assertThat(IncidentType.named(type.fileName())).contains(type);
            assertThat(type.rule()).matches("[a-z]+\\.[a-z-]+").startsWith(type.area() + ".");
            assertThat(type.defaultMagnitude()).isBetween(type.minimumMagnitude(), type.maximumMagnitude());
        }
        assertThat(IncidentType.TRAFFIC_LOSS.rule()).isEqualTo("catalog.sales-drop");
        assertThat(IncidentType.BUY_BOX_LOSS.cause()).isEqualTo("buy-box");
        assertThat(IncidentType.ODR_BREACH.rule()).isEqualTo("health.order-defect-rate");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty                 | ''                                                                  | plan.yaml: is empty; expected 'incidents:'
            not YAML              | 'incidents:\\n  - type: [odr'                                       | plan.yaml, line 2: not valid YAML: expected ',' or ']'
            a single value        | 'odr-breach'                                                        | plan.yaml, line 1: expected 'incidents:' with a list of incidents, not a single value
            other top entry       | 'incident:\\n  - type: odr-breach'                                  | plan.yaml, line 1 (incident): unknown entry; expected only 'incidents'
            incidents not a list  | 'incidents: odr-breach'                                             | plan.yaml, line 1 (incidents): expected a list of incidents
            no type               | 'incidents:\\n  - daysBeforeEnd: 3'                                 | plan.yaml, line 2 (incidents[1]): the entry 'type' is missing; one of stock-out-risk, traffic-loss
            unknown type          | 'incidents:\\n  - type: hijack\\n    daysBeforeEnd: 3'             | plan.yaml, line 2 (incidents[1].type): unknown incident type 'hijack'; expected one of stock-out-risk
            unknown entry         | 'incidents:\\n  - type: odr-breach\\n    daysBeforeEnd: 3\\n    size: 3' | plan.yaml, line 4 (incidents[1].size): unknown entry; expected id, type, marketplace, day, daysBeforeEnd
            no day                | 'incidents:\\n  - type: odr-breach'                                 | plan.yaml, line 2 (incidents[1]): give the first day: 'day: YYYY-MM-DD' or 'daysBeforeEnd: N'
            two days              | 'incidents:\\n  - type: odr-breach\\n    day: 2025-01-01\\n    daysBeforeEnd: 3' | plan.yaml, line 4 (incidents[1].daysBeforeEnd): give either 'day' or 'daysBeforeEnd', not both
            bad date              | 'incidents:\\n  - type: odr-breach\\n    day: 2025-13-01'          | plan.yaml, line 3 (incidents[1].day): expected a date YYYY-MM-DD, not '2025-13-01'
            negative days before  | 'incidents:\\n  - type: odr-breach\\n    daysBeforeEnd: -2'        | plan.yaml, line 3 (incidents[1].daysBeforeEnd): expected 0 (the last day) or more, not -2
            days not a number     | 'incidents:\\n  - type: odr-breach\\n    daysBeforeEnd: 1\\n    days: week' | plan.yaml, line 4 (incidents[1].days): expected a whole number, not 'week'
            no days               | 'incidents:\\n  - type: odr-breach\\n    daysBeforeEnd: 1\\n    days: 0' | plan.yaml, line 4 (incidents[1].days): expected 1 or more days, not 0
            magnitude a word      | 'incidents:\\n  - type: traffic-loss\\n    daysBeforeEnd: 1\\n    magnitude: lots' | plan.yaml, line 4 (incidents[1].magnitude): expected a number (share of organic sessions lost), not 'lots'
            magnitude too big     | 'incidents:\\n  - type: traffic-loss\\n    daysBeforeEnd: 1\\n    magnitude: 2' | plan.yaml, line 4 (incidents[1].magnitude): expected share of organic sessions lost from 0.05 to 0.95, not 2
            magnitude of a zombie | 'incidents:\\n  - type: zombie-listing\\n    daysBeforeEnd: 40\\n    magnitude: 1' | plan.yaml, line 4 (incidents[1].magnitude): 'zombie-listing' takes no magnitude
            unknown marketplace   | 'incidents:\\n  - type: odr-breach\\n    daysBeforeEnd: 1\\n    marketplace: XX' | plan.yaml, line 4 (incidents[1].marketplace): unknown marketplace code 'XX'
            sku of a campaign     | 'incidents:\\n  - type: acos-runaway\\n    daysBeforeEnd: 1\\n    sku: A-1' | plan.yaml, line 4 (incidents[1].sku): 'acos-runaway' is about a campaign; give 'campaign' instead
            campaign of a product | 'incidents:\\n  - type: traffic-loss\\n    daysBeforeEnd: 1\\n    campaign: X' | plan.yaml, line 4 (incidents[1].campaign): 'traffic-loss' is not about a campaign
            term of a campaign    | 'incidents:\\n  - type: acos-runaway\\n    daysBeforeEnd: 1\\n    term: x' | plan.yaml, line 4 (incidents[1].term): 'acos-runaway' is not about a search term
            sku and asin          | 'incidents:\\n  - type: traffic-loss\\n    daysBeforeEnd: 1\\n    sku: A\\n    asin: B' | plan.yaml, line 5 (incidents[1].asin): give either 'sku' or 'asin', not both
            reason elsewhere      | 'incidents:\\n  - type: traffic-loss\\n    daysBeforeEnd: 1\\n    reason: DEFECTIVE' | plan.yaml, line 4 (incidents[1].reason): only 'return-spike' takes 'reason'
            a list as value       | 'incidents:\\n  - type: traffic-loss\\n    daysBeforeEnd: [1, 2]'   | plan.yaml, line 3 (incidents[1].daysBeforeEnd): expected a single value
            twice the same key    | 'incidents:\\n  - type: traffic-loss\\n    type: harvest\\n    daysBeforeEnd: 1' | plan.yaml, line 3 (incidents[1]): 'type' is given twice
            an entry not a map    | 'incidents:\\n  - traffic-loss'                                     | plan.yaml, line 2 (incidents[1]): expected an incident with 'type:'
            """)
    void saysWhereAndWhatIsWrong(String problem, String text, String message) {
        String yaml = text.replace("\\n", "\n");
        assertThatThrownBy(() -> IncidentFile.parse("plan.yaml", yaml))
                .as(problem)
                .isInstanceOf(IncidentFileException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void theDocumentedExamplePlantsInAStore() {
        IncidentFile example = IncidentFile.read(Path.of("docs/examples/incidents.yaml"));
        assertThat(example.incidents()).hasSize(8);
        SimulatedStore store = new StoreSimulator()
                .simulate(
                        new SimulationSettings(
                                        2, LocalDate.of(2025, 10, 1), 60, 12, List.of(Marketplace.US, Marketplace.DE))
                                .withIncidents(example.incidents()),
                        dir.resolve("store"));
        tools.jackson.databind.JsonNode key = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(store.answerKey().toFile());
        assertThat(key.get("incidents")).hasSize(8);
        assertThat(key.at("/incidents/0/id").asString()).isEqualTo("shelf-runs-empty");
        assertThat(key.at("/incidents/3/subject/searchTerm").asString()).isEqualTo("free shipping gadget");
    }

    @Test
    void aMissingOrBinaryFileIsNamed() throws IOException {
        assertThatThrownBy(() -> IncidentFile.read(dir.resolve("none.yaml")))
                .hasMessage(dir.resolve("none.yaml") + ": no such file");
        Path binary = dir.resolve("plan.bin");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
        assertThatThrownBy(() -> IncidentFile.read(binary)).hasMessage(binary + ": is not UTF-8 text");
    }
}
