package dev.bosun.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.BosunApplication;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.ReviewFixtures;
import dev.bosun.testing.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bosun review} end to end through the command line: an account made with {@code accounts add}, a report
 * imported with {@code import}, the review as a table and as the JSON of the CLI contract, and the exit codes.
 */
class ReviewCommandTests {

    record Run(int exitCode, String out, String err) {}

    @TempDir
    Path dir;

    @BeforeAll
    static void sharedDatabase() {
        TestDatabase.get();
    }

    static Run bosun(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BosunApplication.cli(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void reviewsAnAccountForADateAsATableAndAsJson() throws IOException {
        String name = TestDatabase.unique("Cli Review");
        LocalDate day = LocalDate.of(2026, 11, 12);
        assertThat(bosun("accounts", "add", name, "--marketplaces", "US").exitCode())
                .isZero();
        Path report = Files.writeString(
                dir.resolve("performance.json"),
                ReviewFixtures.sellerPerformance(Marketplace.US, day.minusDays(2), "0.004", "0.045", "0.005", "0.99"));
        Run imported = bosun("import", "--account", name, report.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        Run table = bosun("review", "--account", name, "--date", day.toString());

        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out())
                .contains("Daily review of " + name + " for 2026-11-12: 1 items (1 new, 0 resolved)")
                .contains("CRITICAL health      Late shipment rate in US is 4.5 %, at or over the 4 % line")
                .contains("rule health.late-shipment · account ")
                .contains("Rate: 4.5 %")
                .contains("→ Confirm shipment of every seller-fulfilled order in US");

        Run json = bosun("review", "--account", name, "--date", day.toString(), "--json", "--lang", "zh");

        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(json.out());
        assertThat(root.path("account").asString()).isEqualTo(name);
        assertThat(root.path("date").asString()).isEqualTo("2026-11-12");
        JsonNode item = root.path("items").get(0);
        assertThat(item.path("key").asString()).startsWith("health.late-shipment/account:US:");
        assertThat(item.path("area").asString()).isEqualTo("health");
        assertThat(item.path("severity").asString()).isEqualTo("critical");
        assertThat(item.path("rule").asString()).isEqualTo("health.late-shipment");
        assertThat(item.path("subject").path("type").asString()).isEqualTo("account");
        assertThat(item.path("title").asString()).isEqualTo("US 站迟发率为 4.5 %，已达到或超过 4 % 红线");
        assertThat(item.path("evidence").path("figures").isArray()).isTrue();
        assertThat(item.path("action").asString()).contains("确认发货");
        assertThat(item.path("role").asString()).isEqualTo("assistant");
        assertThat(item.path("times_seen").asInt())
                .as("the same date reviewed twice counts once")
                .isEqualTo(1);
    }

    @Test
    void namesWhatIsWrongWithExitCodes() {
        assertThat(bosun("review", "--date", "12.11.2026").exitCode()).isEqualTo(2);
        assertThat(bosun("review", "--lang", "fr").exitCode()).isEqualTo(2);
        Run unknown = bosun("review", "--account", TestDatabase.unique("Nobody"), "--date", "2026-11-12");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no seller account named");
    }
}
