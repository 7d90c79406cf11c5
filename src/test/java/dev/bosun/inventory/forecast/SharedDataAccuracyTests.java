package dev.bosun.inventory.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The accuracy bar of issue 7 on the real data in ../shared/data (skipped when it is not there): the automatic
 * choice beats the best method of the reference run of R's forecast package on both datasets. Not timed; the
 * figures and times are in docs/benchmarks.md ({@code bench/run-forecast-benchmark.sh}).
 */
class SharedDataAccuracyTests {

    static final Path DATA = Path.of("../shared/data");

    @Test
    void onlineRetailDailyDemandBeatsEtsOnTheLast28Days() throws IOException {
        Path path = DATA.resolve("uci_online_retail_daily_units_551items.csv");
        assumeTrue(Files.exists(path), "../shared/data is not here");
        DemandFile file = DemandFile.read(path);
        int training = file.periods() - 28;
        List<DemandHistory> histories = new ArrayList<>();
        for (DemandFile.Item item : file.items()) {
            histories.add(item.history(file.frequency(), file.start()).firstPeriods(training));
        }
        boolean[] closed = TradingDays.closedDays(histories);
        boolean[] open = new boolean[training];
        for (int t = 0; t < training; t++) {
            open[t] = !closed[t];
        }
        List<DemandHistory> censored = new ArrayList<>();
        for (DemandHistory history : histories) {
            censored.add(history.withObserved(open));
        }

        List<DemandForecast> forecasts = new DemandForecaster().forecast(censored, ForecastSettings.automatic(28));

        double mean = meanRmsse(file, training, forecasts);
        assertThat(mean).as("mean RMSSE, R's ETS: 0.750").isLessThan(0.750);
    }

    @Test
    void carPartsMonthlyDemandBeatsTheZeroForecastOnTheLast12Months() throws IOException {
        Path path = DATA.resolve("carparts_monthly_wide.csv");
        assumeTrue(Files.exists(path), "../shared/data is not here");
        DemandFile file = DemandFile.read(path);
        int training = file.periods() - 12;
        List<DemandFile.Item> kept = new ArrayList<>();
        List<DemandHistory> histories = new ArrayList<>();
        for (DemandFile.Item item : file.items()) {
            if (item.complete() && ForecastAccuracy.scale(Arrays.copyOf(item.units(), training)) > 0) {
                kept.add(item);
                histories.add(item.history(file.frequency(), file.start()).firstPeriods(training));
            }
        }
        assertThat(kept).hasSize(2493);

        List<DemandForecast> forecasts = new DemandForecaster().forecast(histories, ForecastSettings.automatic(12));

        double mean = meanRmsse(new DemandFile(file.frequency(), file.start(), kept), training, forecasts);
        assertThat(mean).as("mean RMSSE, R's best (zero): 0.721").isLessThan(0.721);
    }

    static double meanRmsse(DemandFile file, int training, List<DemandForecast> forecasts) {
        double sum = 0;
        int series = 0;
        for (int s = 0; s < forecasts.size(); s++) {
            double[] units = file.items().get(s).units();
            double value = ForecastAccuracy.rmsse(
                    Arrays.copyOf(units, training),
                    Arrays.copyOfRange(units, training, units.length),
                    forecasts.get(s).mean());
            if (Double.isFinite(value)) {
                sum += value;
                series++;
            }
        }
        return sum / series;
    }
}
