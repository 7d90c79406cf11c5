package dev.bosun.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.BosunApplication;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code bosun simulate} as {@code main} runs it: no database, exit codes of the CLI contract. */
class SimulateCommandTests {

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BosunApplication.cli(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void writesTheStoreTruthAndManifest() throws IOException {
        Path out = dir.resolve("store");
        Run run = run(
                "simulate",
                "--out",
                out.toString(),
                "--seed",
                "3",
                "--days",
                "20",
                "--skus",
                "5",
                "--marketplaces",
                "US,JP",
                "--start",
                "2025-11-20");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Simulated seed 3: 5 SKUs, 20 days from 2025-11-20, in US,JP");
        assertThat(out.resolve("US/orders/all-orders.txt")).isRegularFile();
        assertThat(out.resolve("JP/business-reports/BusinessReport-2025-12-09.csv"))
                .isRegularFile();
        JsonNode truth =
                JsonMapper.builder().build().readTree(out.resolve("truth.json").toFile());
        assertThat(truth.get("days").asInt()).isEqualTo(20);
        assertThat(truth.at("/byMarketplace/US/skus").size()).isEqualTo(5);
        JsonNode manifest = JsonMapper.builder()
                .build()
                .readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.get("files").size()).isGreaterThan(40);
        assertThat(manifest.get("files").get(0).get("marketplace").asString()).isIn("US", "JP");
    }

    @Test
    void plantsTheIncidentsOfAFileAndWritesTheAnswerKey() throws IOException {
        Path plan = dir.resolve("plan.yaml");
        Files.writeString(plan, """
                incidents:
                  - type: traffic-loss
                    daysBeforeEnd: 13
                    magnitude: 0.8
                  - type: odr-breach
                    marketplace: DE
                    daysBeforeEnd: 5
                  - type: certificate-expiring
                    day: 2025-12-20
                    certificate: CE declaration of conformity
                """);
        Path out = dir.resolve("store");
        Run run = run(
                "simulate",
                "--out",
                out.toString(),
                "--seed",
                "8",
                "--days",
                "45",
                "--skus",
                "8",
                "--marketplaces",
                "US,DE",
                "--start",
                "2025-11-10",
                "--incidents",
                plan.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("answer key: " + out.resolve("answer-key.json") + " (3 incidents planted)");
        JsonNode key = JsonMapper.builder()
                .build()
                .readTree(out.resolve("answer-key.json").toFile());
        JsonNode incidents = key.get("incidents");
        assertThat(incidents).hasSize(3);
        assertThat(incidents.get(0).get("rule").asString()).isEqualTo("catalog.sales-drop");
        assertThat(incidents.get(0).get("cause").asString()).isEqualTo("traffic");
        assertThat(incidents.get(0).get("marketplace").asString()).isEqualTo("US");
        assertThat(incidents.get(0).get("start").asString()).isEqualTo("2025-12-11");
        assertThat(incidents.get(0).get("visibleFrom").asString())
                .as("the morning a whole week after the start sets against the week before")
                .isEqualTo("2025-12-18");
        assertThat(incidents.get(0).at("/figures/sessionsPerDayAfter").asDouble())
                .isLessThan(incidents.get(0).at("/figures/sessionsPerDayBefore").asDouble());
        assertThat(incidents.get(1).get("rule").asString()).isEqualTo("health.order-defect-rate");
        assertThat(incidents.get(1).get("marketplace").asString()).isEqualTo("DE");
        assertThat(incidents.get(2).at("/figures/certificate").asString()).isEqualTo("CE declaration of conformity");
        assertThat(incidents.get(2).at("/figures/expires").asString()).isEqualTo("2026-01-19");
    }

    @Test
    void namesTheLineOfAnIncidentThatCannotBePlanted() throws IOException {
        Path plan = dir.resolve("plan.yaml");
        Files.writeString(plan, """
                incidents:
                  - type: traffic-loss
                    daysBeforeEnd: 6
                  - type: return-spike
                    daysBeforeEnd: 3
                    sku: NO-SUCH-SKU
                """);
        Path out = dir.resolve("store");
        Run run =
                run("simulate", "--out", out.toString(), "--days", "20", "--skus", "4", "--incidents", plan.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains(plan + ", line 4: incident 'incident-2' (return-spike): the store has no SKU or ASIN"
                        + " 'NO-SUCH-SKU' in US");
        Files.writeString(plan, "incidents:\n  - type: traffic-loss\n    daysBeforeEnd: soon\n");
        Run bad = run("simulate", "--out", out.toString(), "--incidents", plan.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err())
                .contains(plan + ", line 3 (incidents[1].daysBeforeEnd): expected a whole number, not 'soon'");
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesAFolderThatHoldsFiles() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Run run = run("simulate", "--out", dir.toString(), "--days", "5", "--skus", "2");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is not empty");
        assertThat(dir.resolve("truth.json")).doesNotExist();
    }

    @Test
    void refusesWrongArgumentsAsUsageErrors() {
        Path out = dir.resolve("x");
        assertThat(run("simulate", "--out", out.toString(), "--marketplaces", "US,XX")
                        .err())
                .contains("unknown marketplace code 'XX'");
        assertThat(run("simulate", "--out", out.toString(), "--days", "0").exitCode())
                .isEqualTo(2);
        assertThat(run("simulate", "--out", out.toString(), "--start", "tomorrow")
                        .exitCode())
                .isEqualTo(2);
        Run incidents = run("simulate", "--out", out.toString(), "--incidents", "no-such-plan.yaml");
        assertThat(incidents.exitCode()).isEqualTo(2);
        assertThat(incidents.err()).contains("no-such-plan.yaml: no such file");
        assertThat(run("simulate").exitCode()).isEqualTo(2);
        assertThat(out).doesNotExist();
    }
}
