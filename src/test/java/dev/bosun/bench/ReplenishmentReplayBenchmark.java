package dev.bosun.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bosun.inventory.forecast.DemandFile;
import dev.bosun.inventory.forecast.ReorderPolicy.SafetyStockMethod;
import dev.bosun.inventory.forecast.ReplenishmentReplay;
import dev.bosun.inventory.forecast.ServiceLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The replenishment replay of issue 7 on the UCI online retail demand (lead time 21 days, an order every 7 days)
 * at several settings of both policies, to trace fill rate against stock: Bosun at several service levels, safety
 * stock methods and service types, and the rule of thumb at several factors (1.5 is the seeds' rule). Prints the
 * figures; asserts nothing. Run by hand: {@code bench/run-forecast-benchmark.sh}.
 */
@Tag("bench")
class ReplenishmentReplayBenchmark {

    record Run(SafetyStockMethod method, ServiceLevel service, double weighting, double ruleFactor) {}

    static final List<Run> RUNS = List.of(
            new Run(SafetyStockMethod.CALIBRATED, ServiceLevel.fillRate(0.95), 0, 1.5),
            new Run(SafetyStockMethod.CALIBRATED, ServiceLevel.fillRate(0.98), 0, 2.0),
            new Run(SafetyStockMethod.CALIBRATED, ServiceLevel.fillRate(0.99), 0, 2.5),
            new Run(SafetyStockMethod.CALIBRATED, ServiceLevel.fillRate(0.995), 0, 2.75),
            new Run(SafetyStockMethod.CALIBRATED, ServiceLevel.cycle(0.98), 0, 3.0),
            new Run(SafetyStockMethod.EMPIRICAL, ServiceLevel.cycle(0.98), 0, 3.4),
            new Run(SafetyStockMethod.EMPIRICAL, ServiceLevel.fillRate(0.98), 0, 4.0),
            new Run(SafetyStockMethod.NORMAL, ServiceLevel.cycle(0.999999), 0, 1.75));

    @Test
    void fillRateAgainstStockOnRealDemand() throws IOException {
        assumeTrue(Files.exists(ForecastBenchmark.UCI), "../shared/data is not here");
        DemandFile file = DemandFile.read(ForecastBenchmark.UCI);
        System.out.printf(
                "bench: replay of %d items, lead time 21, review 7, warm-up 91%n",
                file.items().size());
        for (Run run : RUNS) {
            long started = System.nanoTime();
            ReplenishmentReplay.Result result = new ReplenishmentReplay()
                    .run(
                            file,
                            new ReplenishmentReplay.Settings(
                                    21, 7, run.service(), run.method(), 91, run.ruleFactor(), run.weighting()));
            double seconds = (System.nanoTime() - started) / 1e9;
            print(
                    "Bosun " + run.method().name().toLowerCase() + " "
                            + run.service().kind().name().toLowerCase() + " "
                            + run.service().target()
                            + " weighting " + run.weighting(),
                    result.bosun());
            print("rule of thumb x " + run.ruleFactor(), result.ruleOfThumb());
            System.out.printf(
                    "bench:   (%.1f s, %s to %s, safety factors %s)%n",
                    seconds, result.from(), result.to(), result.safetyFactors());
        }
    }

    static void print(String label, ReplenishmentReplay.Outcome outcome) {
        System.out.printf(
                "bench: %-36s fill %6.2f %%  stock-out days %,7d  stock %,9.0f units  %,10.0f value%n",
                label,
                100 * outcome.fillRate(),
                outcome.stockoutDays(),
                outcome.averageStockUnits(),
                outcome.averageStockValue());
    }

    public static void main(String[] args) throws IOException {
        new ReplenishmentReplayBenchmark().fillRateAgainstStockOnRealDemand();
    }
}
