package dev.bosun.inventory.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replay's rules for items launched after the warm-up. */
class ReplenishmentReplayTests {

    @TempDir
    Path dir;

    static final int DAYS = 200;

    /** Item A sells from day 0, item B from day 100, item C only from day 190; Poisson demand of 10 a day. */
    DemandFile launches() throws IOException {
        Random random = new Random(11);
        StringBuilder csv = new StringBuilder("sku,unit_price");
        LocalDate day = LocalDate.of(2026, 1, 5);
        for (int t = 0; t < DAYS; t++) {
            csv.append(',').append(day.plusDays(t));
        }
        csv.append('\n');
        int[] firstDays = {0, 100, 190};
        for (int s = 0; s < firstDays.length; s++) {
            csv.append((char) ('A' + s)).append(",2.50");
            for (int t = 0; t < DAYS; t++) {
                csv.append(',').append(t < firstDays[s] ? 0 : poisson(random, 10));
            }
            csv.append('\n');
        }
        Path file = dir.resolve("launches.csv");
        Files.writeString(file, csv);
        return DemandFile.read(file);
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
    void anItemLaunchedAfterTheWarmUpEntersAtTheFirstReviewFourWeeksAfterItsFirstSale() throws IOException {
        DemandFile file = launches();
        double[][] demand = new double[3][];
        for (int s = 0; s < 3; s++) {
            demand[s] = file.items().get(s).units();
        }
        ReplenishmentReplay.Settings settings = ReplenishmentReplay.Settings.of(21, 7, ServiceLevel.cycle(0.98));
        ReplenishmentReplay.Settings shortWarmUp = new ReplenishmentReplay.Settings(
                21, 7, ServiceLevel.cycle(0.98), ReorderPolicy.SafetyStockMethod.EMPIRICAL, 56, 1.5, 0);

        // warm-up 91: A from day 91; B first sold on day 100, enters at the first review from day 128: 91 + 6 × 7
        assertThat(ReplenishmentReplay.entryDays(demand, settings)).containsExactly(91, 133, Integer.MAX_VALUE);
        assertThat(ReplenishmentReplay.entryDays(demand, shortWarmUp)).containsExactly(56, 133, Integer.MAX_VALUE);
    }

    @Test
    void bothPoliciesServeALaunchedItemOnceItEntersAndItsDemandBeforeDoesNotCount() throws IOException {
        DemandFile file = launches();
        double[] b = file.items().get(1).units();
        double fromEntry = 0;
        double all = 0;
        double a = 0;
        for (int t = 91; t < DAYS; t++) {
            all += b[t];
            fromEntry += t >= 133 ? b[t] : 0;
            a += file.items().get(0).units()[t];
        }

        ReplenishmentReplay.Result result =
                new ReplenishmentReplay().run(file, ReplenishmentReplay.Settings.of(21, 7, ServiceLevel.cycle(0.98)));

        assertThat(fromEntry).isLessThan(all);
        for (ReplenishmentReplay.Outcome outcome :
                new ReplenishmentReplay.Outcome[] {result.bosun(), result.ruleOfThumb()}) {
            assertThat(outcome.demanded()).isEqualTo(a + fromEntry);
            // without entries B would start with nothing, sell nothing and so never be ordered
            assertThat(outcome.fillRate()).isGreaterThan(0.85);
        }
        assertThat(result.safetyFactors()).hasSize(16).allMatch(f -> f.isNaN());
    }
}
