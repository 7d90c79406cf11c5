package dev.bosun.bench;

import dev.bosun.inventory.forecast.DemandForecast;
import dev.bosun.inventory.forecast.DemandForecaster;
import dev.bosun.inventory.forecast.DemandHistory;
import dev.bosun.inventory.forecast.ForecastSettings;
import dev.bosun.inventory.forecast.LeadTime;
import dev.bosun.inventory.forecast.LeadTimeStage;
import dev.bosun.inventory.forecast.OrderConstraints;
import dev.bosun.inventory.forecast.ReorderPolicy;
import dev.bosun.inventory.forecast.ReorderProposal;
import dev.bosun.inventory.forecast.ServiceLevel;
import dev.bosun.inventory.forecast.StockSituation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Forecasting and planning 5,000 SKUs (issue 7: at most 30 s on 2 cores): synthetic daily series of 400 days —
 * steady sellers with a weekday pattern and a trend, slow movers, lumpy items with big orders, items that stopped
 * selling and new items — through the automatic forecast (with the own-error windows the policy uses) and one
 * reorder proposal each. Prints the time; asserts nothing. Run by hand: {@code bench/run-forecast-benchmark.sh}.
 */
@Tag("bench")
class ReplenishmentSpeedBenchmark {

    static final int SKUS = Integer.getInteger("bench.skus", 5000);
    static final int DAYS = 400;
    static final LocalDate START = LocalDate.of(2025, 1, 6);

    @Test
    void forecastAndPlanFiveThousandSkus() {
        List<DemandHistory> histories = synthetic(SKUS, new Random(42));
        System.out.printf(
                "bench: %,d SKUs x %d days, %d processors%n",
                SKUS, DAYS, Runtime.getRuntime().availableProcessors());
        // One small run first so that the timing is not the JIT's warm-up.
        new DemandForecaster().forecast(histories.subList(0, 200), settings());

        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuStarted = os.getProcessCpuTime();
        long started = System.nanoTime();
        List<DemandForecast> forecasts = new DemandForecaster().forecast(histories, settings());
        long forecasted = System.nanoTime();
        ReorderPolicy policy = ReorderPolicy.of(7, ServiceLevel.cycle(0.98));
        LeadTime lead = new LeadTime(
                LeadTimeStage.learnedFrom(14, 16, 15, 19),
                LeadTimeStage.learnedFrom(30, 34, 41),
                LeadTimeStage.of(5, 2));
        long orders = 0;
        int warnings = 0;
        for (int s = 0; s < forecasts.size(); s++) {
            ReorderProposal proposal = policy.propose(
                    histories.get(s),
                    forecasts.get(s),
                    StockSituation.onHand(forecasts.get(s).total(0, 75)),
                    lead,
                    new OrderConstraints(50, 10));
            orders += proposal.orderQuantity();
            warnings += proposal.warning() ? 1 : 0;
        }
        long planned = System.nanoTime();
        ReorderPolicy fillRate = new ReorderPolicy(
                        7, ServiceLevel.fillRate(0.98), ReorderPolicy.SafetyStockMethod.CALIBRATED, 7)
                .calibratedOn(forecasts, java.util.Collections.nCopies(forecasts.size(), lead));
        long calibratedOrders = 0;
        for (int s = 0; s < forecasts.size(); s++) {
            calibratedOrders += fillRate.propose(
                            histories.get(s),
                            forecasts.get(s),
                            StockSituation.onHand(forecasts.get(s).total(0, 75)),
                            lead,
                            new OrderConstraints(50, 10))
                    .orderQuantity();
        }
        long calibrated = System.nanoTime();

        Map<dev.bosun.inventory.forecast.ForecastMethod, Integer> chosen =
                new EnumMap<>(dev.bosun.inventory.forecast.ForecastMethod.class);
        forecasts.forEach(f -> chosen.merge(f.method(), 1, Integer::sum));
        System.out.printf(
                "bench: forecast %.2f s, plan %.2f s, total %.2f s wall, %.2f s CPU; methods %s; %,d units ordered,"
                        + " %d warnings%n",
                (forecasted - started) / 1e9,
                (planned - forecasted) / 1e9,
                (planned - started) / 1e9,
                (os.getProcessCpuTime() - cpuStarted) / 1e9,
                chosen,
                orders,
                warnings);
        System.out.printf(
                "bench: fill rate 0.98, calibrated safety stock: calibration and planning %.2f s, factor %.2f,"
                        + " %,d units ordered%n",
                (calibrated - planned) / 1e9, fillRate.safetyFactor(), calibratedOrders);
    }

    public static void main(String[] args) {
        new ReplenishmentSpeedBenchmark().forecastAndPlanFiveThousandSkus();
    }

    static ForecastSettings settings() {
        return ForecastSettings.automatic(63).withErrorWindows(26);
    }

    static List<DemandHistory> synthetic(int skus, Random random) {
        double[] week = {1.1, 1.05, 1.0, 1.1, 1.2, 0.8, 0.75};
        List<DemandHistory> histories = new ArrayList<>();
        for (int s = 0; s < skus; s++) {
            double[] y = new double[DAYS];
            int kind = s % 5;
            double level = Math.exp(random.nextGaussian() + 1.5);
            double trend = random.nextGaussian() * 0.002;
            for (int t = 0; t < DAYS; t++) {
                double mean = level * Math.exp(trend * t) * week[(t) % 7];
                y[t] = switch (kind) {
                    case 0 -> poisson(random, mean);
                    case 1 -> poisson(random, mean / 10);
                    case 2 -> random.nextDouble() < 0.05 ? poisson(random, mean * 20) : poisson(random, mean / 4);
                    case 3 -> t < DAYS * 2 / 3 ? poisson(random, mean) : 0;
                    default -> t < DAYS - 60 ? 0 : poisson(random, mean);
                };
            }
            histories.add(DemandHistory.daily("SKU-" + s, START, y));
        }
        return histories;
    }

    static int poisson(Random random, double mean) {
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
