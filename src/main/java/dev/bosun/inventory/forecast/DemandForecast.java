package dev.bosun.inventory.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The forecast of one series: expected units per period from {@code start}, prediction intervals, the method the
 * backtest chose and what every candidate scored there.
 *
 * @param id the series' key
 * @param frequency period length
 * @param start first day of the first forecast period
 * @param method the chosen method
 * @param calibration factor applied to the method's forecast (1 = none)
 * @param mean expected units per period, not below 0
 * @param intervals one interval per requested level
 * @param backtestRmsse per candidate, its backtest RMSSE on this series (root mean squared error over the
 *     backtest windows divided by the root mean squared one-step change of the history); empty without backtest
 * @param errorScale root mean squared backtest error of the chosen method, in units per period (0 when unknown)
 * @param errors the backtest errors pooled over the catalogue, in units of {@code errorScale}
 * @param ownErrors this series' own errors at weekly rolling origins ({@link ForecastSettings#errorWindows}), in
 *     units of {@code errorScale}, or null when not measured
 */
public record DemandForecast(
        String id,
        Frequency frequency,
        LocalDate start,
        ForecastMethod method,
        double calibration,
        double[] mean,
        List<PredictionInterval> intervals,
        Map<ForecastMethod, Double> backtestRmsse,
        double errorScale,
        ForecastErrors errors,
        ForecastErrors ownErrors) {

    /** Fewest own windows before safety stock rests on the series' own errors rather than the catalogue's. */
    public static final int OWN_ERROR_WINDOWS = 12;

    /** Days between the origins of a daily series' own error windows. */
    public static final int OWN_ERROR_STEP_DAYS = 7;

    public DemandForecast {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        mean = mean.clone();
        intervals = List.copyOf(intervals);
        backtestRmsse = backtestRmsse.isEmpty() ? Map.of() : new EnumMap<>(backtestRmsse);
    }

    /** Periods forecast. */
    public int horizon() {
        return mean.length;
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    /**
     * Expected units in period {@code index}; beyond the horizon the last season is repeated (the last week of a
     * daily forecast), or the mean of the forecast when it is shorter than a season.
     */
    public double meanAt(int index) {
        if (index < mean.length) {
            return mean[index];
        }
        int period = frequency.seasonalPeriod();
        if (mean.length >= period) {
            int offset = (index - mean.length) % period;
            return mean[mean.length - period + offset];
        }
        double sum = 0;
        for (double value : mean) {
            sum += value;
        }
        return mean.length == 0 ? 0 : sum / mean.length;
    }

    /** Expected units over {@code periods} periods from period {@code from}. */
    public double total(int from, int periods) {
        double sum = 0;
        for (int i = from; i < from + periods; i++) {
            sum += meanAt(i);
        }
        return sum;
    }

    /** First day of forecast period {@code index}. */
    public LocalDate periodStart(int index) {
        return frequency.plus(start, index);
    }

    /** The interval of coverage {@code level}, if one was asked for. */
    public PredictionInterval interval(double level) {
        for (PredictionInterval interval : intervals) {
            if (Math.abs(interval.level() - level) < 1e-9) {
                return interval;
            }
        }
        throw new IllegalArgumentException("no " + level + " interval; have " + intervals.size());
    }

    /**
     * The errors safety stock rests on: the series' own when at least {@link #OWN_ERROR_WINDOWS} of its windows
     * reach {@code periods} periods ahead, the catalogue's otherwise. In units of {@link #errorScale()}.
     */
    public ForecastErrors errorsOver(int periods) {
        if (ownErrors != null && ownErrors.windowsReaching(periods) >= OWN_ERROR_WINDOWS) {
            return ownErrors;
        }
        return errors;
    }

    /** The {@code p} quantile of the error summed over the first {@code periods} periods, in units. */
    public double cumulativeErrorQuantile(int periods, double p) {
        return errorsOver(periods).cumulativeQuantile(periods, p) * errorScale;
    }

    /** This forecast with a person's overrides applied in order. */
    public DemandForecast overriddenBy(List<ForecastOverride> overrides) {
        double[] adjusted = mean.clone();
        List<double[]> lows = new ArrayList<>();
        List<double[]> highs = new ArrayList<>();
        for (PredictionInterval interval : intervals) {
            lows.add(interval.lower());
            highs.add(interval.upper());
        }
        for (ForecastOverride override : overrides) {
            for (int i = 0; i < adjusted.length; i++) {
                if (!override.covers(periodStart(i))) {
                    continue;
                }
                double before = adjusted[i];
                double after = override.apply(before);
                adjusted[i] = after;
                for (int j = 0; j < lows.size(); j++) {
                    double[] low = lows.get(j);
                    double[] high = highs.get(j);
                    if (override.kind() == ForecastOverride.Kind.MULTIPLY) {
                        low[i] *= override.value();
                        high[i] *= override.value();
                    } else {
                        low[i] = Math.max(0, after + (low[i] - before));
                        high[i] = after + (high[i] - before);
                    }
                }
            }
        }
        List<PredictionInterval> moved = new ArrayList<>();
        for (int j = 0; j < intervals.size(); j++) {
            moved.add(new PredictionInterval(intervals.get(j).level(), lows.get(j), highs.get(j)));
        }
        return new DemandForecast(
                id,
                frequency,
                start,
                method,
                calibration,
                adjusted,
                moved,
                backtestRmsse,
                errorScale,
                errors,
                ownErrors);
    }
}
