package dev.bosun.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.BosunApplication;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code bosun backtest-replenishment} on a small synthetic demand file: table, JSON contract, exit codes. */
class BacktestReplenishmentCommandTests {

    @TempDir
    static Path dir;

    static Path demand;

    record Run(int exitCode, String out, String err) {}

    static Run bosun(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BosunApplication.cli(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * 30 items over 160 days from Monday 2026-01-05: Poisson demand of 2 to 40 a day with a weekday pattern
     * (Saturdays half, Sundays a third), prices from 1 to 20.
     */
    @BeforeAll
    static void writeDemand() throws IOException {
        Random random = new Random(7);
        StringBuilder csv = new StringBuilder("sku,description,unit_price");
        LocalDate day = LocalDate.of(2026, 1, 5);
        for (int t = 0; t < 160; t++) {
            csv.append(',').append(day.plusDays(t));
        }
        csv.append('\n');
        double[] weekday = {1.1, 1.1, 1.1, 1.2, 1.2, 0.5, 0.33};
        for (int s = 0; s < 30; s++) {
            double mean = 2 + random.nextDouble() * 38;
            csv.append("SKU-").append(s).append(",\"Item ").append(s).append(", blue\",");
            csv.append(String.format(Locale.ROOT, "%.2f", 1 + random.nextDouble() * 19));
            for (int t = 0; t < 160; t++) {
                csv.append(',').append(poisson(random, mean * weekday[t % 7]));
            }
            csv.append('\n');
        }
        demand = dir.resolve("demand.csv");
        Files.writeString(demand, csv);
    }

    static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    @Test
    void printsBothPoliciesSideBySide() {
        Run run = bosun("backtest-replenishment", "--demand", demand.toString(), "--warm-up", "56");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Replayed 30 items from 2026-03-02 to 2026-06-13 (104 days): lead time 21 days, an order"
                        + " every 7 days.")
                .containsPattern("fill rate +\\d+\\.\\d\\d % +\\d+\\.\\d\\d %")
                .containsPattern("stock-out days +[\\d,]+ +[\\d,]+")
                .containsPattern("average stock, units +[\\d,]+ +[\\d,]+")
                .containsPattern("average stock, value +[\\d,]+ +[\\d,]+")
                .contains("Bosun: fill rate 0.98, calibrated safety stock.")
                .containsPattern("Calibrated safety factor: \\d+\\.\\d\\d to \\d+\\.\\d\\d over the reviews");
    }

    @Test
    void theOldCycleServiceIsStillThereOnRequest() {
        Run run = bosun(
                "backtest-replenishment",
                "--demand",
                demand.toString(),
                "--warm-up",
                "56",
                "--service-type",
                "cycle",
                "--safety-stock",
                "empirical");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Bosun: cycle service 0.98, empirical safety stock.")
                .doesNotContain("Calibrated safety factor");
    }

    @Test
    void printsOneJsonObjectAndOnSteadyDemandBosunServes98PercentWithLessStock() {
        Run run = bosun(
                "backtest-replenishment",
                "--demand",
                demand.toString(),
                "--lead-time",
                "21",
                "--review",
                "7",
                "--service",
                "0.98",
                "--warm-up",
                "56",
                "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(names(json)).containsExactly("items", "bosun", "rule_of_thumb");
        assertThat(json.get("items").asInt()).isEqualTo(30);
        for (String policy : List.of("bosun", "rule_of_thumb")) {
            JsonNode figures = json.get(policy);
            assertThat(names(figures))
                    .containsExactly("fill_rate", "stockout_days", "avg_stock_units", "avg_stock_value");
            assertThat(figures.get("fill_rate").isNumber()).isTrue();
            assertThat(figures.get("fill_rate").asDouble()).isBetween(0.0, 1.0);
            assertThat(figures.get("stockout_days").isIntegralNumber()).isTrue();
            assertThat(figures.get("avg_stock_units").asDouble()).isPositive();
            assertThat(figures.get("avg_stock_value").asDouble())
                    .isGreaterThan(figures.get("avg_stock_units").asDouble());
        }
        JsonNode bosun = json.get("bosun");
        JsonNode rule = json.get("rule_of_thumb");
        assertThat(bosun.get("fill_rate").asDouble()).isGreaterThanOrEqualTo(0.98);
        assertThat(bosun.get("avg_stock_units").asDouble())
                .isLessThan(rule.get("avg_stock_units").asDouble());
        assertThat(bosun.get("avg_stock_value").asDouble())
                .isLessThan(rule.get("avg_stock_value").asDouble());
    }

    @Test
    void aWrongArgumentIsAUsageError() {
        Run run = bosun("backtest-replenishment", "--demand", demand.toString(), "--service", "98");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--service must be between 0 and 1, like 0.98; got 98.0");
        assertThat(run.out()).isEmpty();

        Run type = bosun("backtest-replenishment", "--demand", demand.toString(), "--service-type", "units");
        assertThat(type.exitCode()).isEqualTo(2);
        assertThat(type.err()).contains("--service-type is fill-rate or cycle, got 'units'");

        Run weighted = bosun("backtest-replenishment", "--demand", demand.toString(), "--capital-weighting", "1");
        assertThat(weighted.exitCode()).isEqualTo(2);
        assertThat(weighted.err()).contains("--capital-weighting works with --safety-stock empirical or normal");
    }

    @Test
    void aMissingOrUnfitFileFails() throws IOException {
        Run missing = bosun(
                "backtest-replenishment", "--demand", dir.resolve("nothing.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("nothing.csv: no such file");

        Path monthly = dir.resolve("monthly.csv");
        Files.writeString(monthly, "id,2026-01,2026-02\nA,1,2\n");
        Run months = bosun("backtest-replenishment", "--demand", monthly.toString());
        assertThat(months.exitCode()).isEqualTo(1);
        assertThat(months.err()).contains("the replay needs one column per day");

        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "id,2026-01-01,2026-01-02\nA,1,x\n");
        Run bad = bosun("backtest-replenishment", "--demand", broken.toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("broken.csv, line 2, column 3: expected units sold in 2026-01-02");

        Run tooShort = bosun("backtest-replenishment", "--demand", demand.toString(), "--warm-up", "150");
        assertThat(tooShort.exitCode()).isEqualTo(1);
        assertThat(tooShort.err()).contains("the file has 160 days; the replay needs at least 178");
    }

    static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        Iterator<String> it = node.propertyNames().iterator();
        it.forEachRemaining(names::add);
        return names;
    }
}
