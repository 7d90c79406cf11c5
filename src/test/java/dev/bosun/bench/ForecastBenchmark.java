package dev.bosun.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bosun.inventory.forecast.DemandFile;
import dev.bosun.inventory.forecast.DemandForecast;
import dev.bosun.inventory.forecast.DemandForecaster;
import dev.bosun.inventory.forecast.DemandHistory;
import dev.bosun.inventory.forecast.ForecastAccuracy;
import dev.bosun.inventory.forecast.ForecastMethod;
import dev.bosun.inventory.forecast.ForecastSettings;
import dev.bosun.inventory.forecast.TradingDays;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Forecast accuracy on the two datasets of issue 7, split as in the reference run of R's forecast package: the UCI
 * online retail file (551 items, last 28 days held out) and carparts (2,493 complete monthly series with a
 * non-zero scale, last 12 months held out). Prints mean RMSSE, mean bias and time per method and for the automatic
 * choice; asserts nothing. Run by hand: {@code bench/run-forecast-benchmark.sh}.
 */
@Tag("bench")
class ForecastBenchmark {

    static final Path DATA = Path.of("../shared/data");
    static final Path UCI = DATA.resolve("uci_online_retail_daily_units_551items.csv");
    static final Path CARPARTS = DATA.resolve("carparts_monthly_wide.csv");

    record Split(String name, List<DemandHistory> training, List<double[]> rawTraining, List<double[]> actual) {}

    @Test
    void accuracyOnUciAndCarparts() throws IOException {
        assumeTrue(Files.exists(UCI) && Files.exists(CARPARTS), "../shared/data is not here");
        report(
                uci(),
                28,
                List.of(
                        ForecastMethod.ZERO,
                        ForecastMethod.SEASONAL_NAIVE,
                        ForecastMethod.SES,
                        ForecastMethod.DAMPED_TREND,
                        ForecastMethod.WEEKDAY_LEVEL,
                        ForecastMethod.CROSTON,
                        ForecastMethod.SBA,
                        ForecastMethod.TSB));
        report(
                carparts(),
                12,
                List.of(
                        ForecastMethod.ZERO,
                        ForecastMethod.SEASONAL_NAIVE,
                        ForecastMethod.SES,
                        ForecastMethod.DAMPED_TREND,
                        ForecastMethod.CROSTON,
                        ForecastMethod.SBA,
                        ForecastMethod.TSB));
    }

    public static void main(String[] args) throws IOException {
        new ForecastBenchmark().accuracyOnUciAndCarparts();
    }

    /** UCI: first 346 days to train (the shop's closed days censored), last 28 to score. */
    static Split uci() throws IOException {
        DemandFile file = DemandFile.read(UCI);
        int training = file.periods() - 28;
        List<DemandHistory> histories = new ArrayList<>();
        List<double[]> raw = new ArrayList<>();
        List<double[]> actual = new ArrayList<>();
        for (DemandFile.Item item : file.items()) {
            DemandHistory all = item.history(file.frequency(), file.start());
            histories.add(all.firstPeriods(training));
            raw.add(Arrays.copyOf(item.units(), training));
            actual.add(Arrays.copyOfRange(item.units(), training, file.periods()));
        }
        boolean[] closed = TradingDays.closedDays(histories);
        List<DemandHistory> censored = new ArrayList<>();
        for (DemandHistory history : histories) {
            boolean[] observed = new boolean[training];
            for (int t = 0; t < training; t++) {
                observed[t] = !closed[t];
            }
            censored.add(history.withObserved(observed));
        }
        return new Split("uci", censored, raw, actual);
    }

    /** Carparts: the complete series with a non-zero scale; first 39 months to train, last 12 to score. */
    static Split carparts() throws IOException {
        DemandFile file = DemandFile.read(CARPARTS);
        int training = file.periods() - 12;
        List<DemandHistory> histories = new ArrayList<>();
        List<double[]> raw = new ArrayList<>();
        List<double[]> actual = new ArrayList<>();
        for (DemandFile.Item item : file.items()) {
            if (!item.complete()) {
                continue;
            }
            double[] train = Arrays.copyOf(item.units(), training);
            if (!(ForecastAccuracy.scale(train) > 0)) {
                continue;
            }
            histories.add(item.history(file.frequency(), file.start()).firstPeriods(training));
            raw.add(train);
            actual.add(Arrays.copyOfRange(item.units(), training, file.periods()));
        }
        return new Split("carparts", histories, raw, actual);
    }

    static void report(Split split, int horizon, List<ForecastMethod> methods) {
        DemandForecaster forecaster = new DemandForecaster();
        System.out.printf(
                "bench: %s, %d series, horizon %d%n",
                split.name(), split.training().size(), horizon);
        System.out.printf("bench: %-16s %8s %9s %9s%n", "method", "RMSSE", "bias", "seconds");
        for (ForecastMethod method : methods) {
            ForecastSettings settings =
                    ForecastSettings.automatic(horizon).only(method).withCalibration(false);
            score(split, method.label(), forecaster, settings);
        }
        score(
                split,
                "auto, no calib.",
                forecaster,
                ForecastSettings.automatic(horizon).withCalibration(false));
        List<DemandForecast> auto = score(split, "auto", forecaster, ForecastSettings.automatic(horizon));
        Map<ForecastMethod, Integer> chosen = new EnumMap<>(ForecastMethod.class);
        for (DemandForecast forecast : auto) {
            chosen.merge(forecast.method(), 1, Integer::sum);
        }
        System.out.printf(
                "bench: %s auto chose %s, calibration %.2f%n",
                split.name(), chosen, auto.get(0).calibration());
        for (double level : new double[] {0.8, 0.95}) {
            int inside = 0;
            int points = 0;
            for (int s = 0; s < auto.size(); s++) {
                double[] actual = split.actual().get(s);
                for (int i = 0; i < actual.length; i++) {
                    var interval = auto.get(s).interval(level);
                    if (actual[i] >= interval.lowerAt(i) && actual[i] <= interval.upperAt(i)) {
                        inside++;
                    }
                    points++;
                }
            }
            System.out.printf(
                    "bench: %s auto %.0f %% interval holds %.1f %% of held-out periods%n",
                    split.name(), level * 100, 100.0 * inside / points);
        }
    }

    static List<DemandForecast> score(
            Split split, String label, DemandForecaster forecaster, ForecastSettings settings) {
        long started = System.nanoTime();
        List<DemandForecast> forecasts = forecaster.forecast(split.training(), settings);
        double seconds = (System.nanoTime() - started) / 1e9;
        double rmsse = 0;
        double bias = 0;
        int series = 0;
        for (int s = 0; s < forecasts.size(); s++) {
            double value = ForecastAccuracy.rmsse(
                    split.rawTraining().get(s),
                    split.actual().get(s),
                    forecasts.get(s).mean());
            if (Double.isFinite(value)) {
                rmsse += value;
                bias += ForecastAccuracy.bias(
                        split.actual().get(s), forecasts.get(s).mean());
                series++;
            }
        }
        System.out.printf(
                "bench: %-16s %8.4f %9.3f %9.2f   (%s, %d series)%n",
                label, rmsse / series, bias / series, seconds, split.name(), series);
        return forecasts;
    }
}
