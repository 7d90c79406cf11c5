package dev.bosun.inventory.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Forecasts the demand of many series at once and chooses a method per series by a rolling-origin backtest on
 * the history only (see docs/forecasting.md):
 *
 * <ol>
 *   <li>the history is divided by the known uplifts (seasonality, events); censored periods are left out;
 *   <li>every candidate method is fitted at up to {@code backtestWindows} origins (the end of the history minus
 *       one horizon, minus half a horizon more for each earlier one; at least 14 periods of training) and scored
 *       by RMSSE on the following horizon;
 *   <li>each series takes the method with the least blend of its own RMSSE and the catalogue's mean RMSSE
 *       ({@code poolWeight});
 *   <li>optionally the chosen forecasts are scaled by the factor that minimised the catalogue's backtest error;
 *   <li>the chosen method is refitted on the whole history, multiplied by the uplifts ahead, and given prediction
 *       intervals from the backtest's errors by period ahead.
 * </ol>
 *
 * Plain Java; thread-safe; series are fitted in parallel when there are many.
 */
public final class DemandForecaster {

    /** Fewest training periods before a backtest origin. */
    static final int MIN_TRAINING = 14;

    private static final double[] CALIBRATION_GRID = grid(0.30, 1.30, 21);

    /** Forecasts one series alone: its choice and intervals rest on its own backtest only. */
    public DemandForecast forecast(DemandHistory history, ForecastSettings settings) {
        return forecast(List.of(history), settings).get(0);
    }

    /** Forecasts every series; the result is in the order of {@code histories}. */
    public List<DemandForecast> forecast(List<DemandHistory> histories, ForecastSettings settings) {
        int horizon = settings.horizon();
        List<Series> series = new ArrayList<>(histories.size());
        for (DemandHistory history : histories) {
            series.add(new Series(history, settings));
        }
        double[][] catalogueProfiles = catalogueProfiles(series, settings);
        run(series, s -> s.backtest(catalogueProfiles));
        Map<ForecastMethod, Double> pool = poolScores(series);
        for (Series s : series) {
            s.choose(pool, settings.poolWeight());
        }
        double calibration = settings.calibrate() ? calibration(series) : 1;
        run(series, s -> s.finish(calibration, catalogueProfiles[settings.backtestWindows()], settings.errorWindows()));
        List<double[]> windows = new ArrayList<>();
        for (Series s : series) {
            windows.addAll(s.scaledErrors);
        }
        ForecastErrors errors = windows.isEmpty() ? ForecastErrors.none(horizon) : ForecastErrors.of(horizon, windows);
        List<DemandForecast> forecasts = new ArrayList<>(series.size());
        for (Series s : series) {
            forecasts.add(s.result(errors, settings.intervalLevels(), calibration));
        }
        return forecasts;
    }

    private static void run(List<Series> series, java.util.function.Consumer<Series> step) {
        IntStream indexes = IntStream.range(0, series.size());
        if (series.size() >= 32) {
            indexes = indexes.parallel();
        }
        indexes.forEach(i -> step.accept(series.get(i)));
    }

    /**
     * The catalogue's weekday profile at each backtest origin (index = window, 0 the latest) and at the end of the
     * history (index = windows): the mean of the daily series' own profiles, each measured only on data before
     * that cut, or the caller's profile for every cut.
     */
    private static double[][] catalogueProfiles(List<Series> series, ForecastSettings settings) {
        int cuts = settings.backtestWindows() + 1;
        double[][] profiles = new double[cuts][];
        if (settings.weekdayProfile() != null) {
            Arrays.fill(profiles, settings.weekdayProfile());
            return profiles;
        }
        for (int cut = 0; cut < cuts; cut++) {
            List<double[]> own = new ArrayList<>();
            for (Series s : series) {
                if (s.history.frequency() != Frequency.DAILY) {
                    continue;
                }
                int end = cut == settings.backtestWindows() ? s.n : s.originOfWindow(cut);
                if (end >= MIN_TRAINING && s.hasDemandBefore(end)) {
                    own.add(WeekdayProfile.of(s.y, end, s.firstDay));
                }
            }
            profiles[cut] = WeekdayProfile.mean(own);
        }
        return profiles;
    }

    private static Map<ForecastMethod, Double> poolScores(List<Series> series) {
        Map<ForecastMethod, double[]> sums = new EnumMap<>(ForecastMethod.class);
        for (Series s : series) {
            for (int m = 0; m < s.methods.size(); m++) {
                double score = s.rmsse[m];
                if (Double.isFinite(score)) {
                    double[] sum = sums.computeIfAbsent(s.methods.get(m), k -> new double[2]);
                    sum[0] += score;
                    sum[1]++;
                }
            }
        }
        Map<ForecastMethod, Double> pool = new EnumMap<>(ForecastMethod.class);
        sums.forEach((method, sum) -> pool.put(method, sum[0] / sum[1]));
        return pool;
    }

    /** The factor on the grid with the least mean backtest RMSSE of the chosen forecasts, or 1 with few series. */
    private static double calibration(List<Series> series) {
        List<Series> scored = new ArrayList<>();
        for (Series s : series) {
            if (s.chosenIndex >= 0 && Double.isFinite(s.rmsse[s.chosenIndex])) {
                scored.add(s);
            }
        }
        if (scored.size() < ForecastSettings.CALIBRATION_MIN_SERIES) {
            return 1;
        }
        double best = 1;
        double bestScore = Double.POSITIVE_INFINITY;
        for (double k : CALIBRATION_GRID) {
            double sum = 0;
            for (Series s : scored) {
                sum += s.calibratedRmsse(k);
            }
            double score = sum / scored.size();
            if (score < bestScore - 1e-12) {
                bestScore = score;
                best = k;
            }
        }
        return best;
    }

    /** Fits {@code method} on {@code y[0, n)} and forecasts {@code horizon} periods (not floored). */
    static double[] fit(
            ForecastMethod method,
            double[] y,
            int n,
            int horizon,
            Frequency frequency,
            int firstDay,
            double[] catalogueProfile) {
        if (n == 0) {
            return new double[horizon];
        }
        return switch (method) {
            case ZERO -> new double[horizon];
            case SEASONAL_NAIVE -> seasonalNaive(y, n, horizon, frequency.seasonalPeriod());
            case SES -> ExponentialSmoothing.ses(y, n, horizon);
            case DAMPED_TREND -> ExponentialSmoothing.dampedTrend(y, n, horizon);
            case WEEKDAY_LEVEL -> WeekdayProfile.forecast(y, n, horizon, firstDay, catalogueProfile);
            case CROSTON -> IntermittentDemand.croston(y, n, horizon, false);
            case SBA -> IntermittentDemand.croston(y, n, horizon, true);
            case TSB -> IntermittentDemand.tsb(y, n, horizon);
        };
    }

    /**
     * The last season repeated; a censored period takes the same period a season earlier (or 0). With less than a
     * season of history, the last observed value.
     */
    static double[] seasonalNaive(double[] y, int n, int horizon, int period) {
        double[] forecast = new double[horizon];
        if (n < period) {
            double last = 0;
            for (int t = n - 1; t >= 0; t--) {
                if (!Double.isNaN(y[t])) {
                    last = y[t];
                    break;
                }
            }
            Arrays.fill(forecast, last);
            return forecast;
        }
        for (int i = 0; i < horizon; i++) {
            int t = n - period + (i % period);
            while (t >= 0 && Double.isNaN(y[t])) {
                t -= period;
            }
            forecast[i] = t >= 0 ? y[t] : 0;
        }
        return forecast;
    }

    private static double[] grid(double low, double high, int points) {
        double[] grid = new double[points];
        for (int i = 0; i < points; i++) {
            grid[i] = Math.round((low + i * (high - low) / (points - 1)) * 100) / 100.0;
        }
        return grid;
    }

    /** One series on its way through the forecaster. */
    private static final class Series {

        final DemandHistory history;
        final int horizon;
        final int windows;
        final double[] y;
        final int n;
        final int firstDay;
        final double scale;
        final int[] origins;
        final List<ForecastMethod> methods;
        final double[] rmsse;
        final double[][][] backtest;
        final double[] sse;
        final int[] count;
        int chosenIndex = -1;
        ForecastMethod chosen;
        double[] mean;
        double errorScale;
        List<double[]> scaledErrors = List.of();
        ForecastErrors ownErrors;

        Series(DemandHistory history, ForecastSettings settings) {
            this.history = history;
            this.horizon = settings.horizon();
            this.windows = settings.backtestWindows();
            this.n = history.length();
            this.y = new double[n];
            boolean neutral = history.uplifts().isNeutral();
            for (int t = 0; t < n; t++) {
                if (!history.observedAt(t)) {
                    y[t] = Double.NaN;
                } else {
                    double factor = neutral ? 1 : history.uplifts().factor(history.frequency(), history.periodStart(t));
                    y[t] = history.unitsAt(t) / factor;
                }
            }
            this.firstDay = history.frequency() == Frequency.DAILY
                    ? history.start().getDayOfWeek().getValue() - 1
                    : 0;
            this.scale = naiveScale(y, n);
            int step = (horizon + 1) / 2;
            int[] found = new int[windows];
            int k = 0;
            for (int j = 0; j < windows; j++) {
                int origin = n - horizon - j * step;
                if (origin >= MIN_TRAINING) {
                    found[k++] = origin;
                }
            }
            this.origins = Arrays.copyOf(found, k);
            this.methods = new ArrayList<>();
            for (ForecastMethod method : ForecastMethod.values()) {
                if (settings.candidates().contains(method)
                        && (method != ForecastMethod.WEEKDAY_LEVEL || history.frequency() == Frequency.DAILY)) {
                    methods.add(method);
                }
            }
            if (methods.isEmpty()) {
                methods.add(ForecastMethod.SES);
            }
            this.rmsse = new double[methods.size()];
            Arrays.fill(rmsse, Double.NaN);
            this.sse = new double[methods.size()];
            this.count = new int[methods.size()];
            this.backtest = new double[methods.size()][origins.length][];
        }

        /** Origin of backtest window {@code j} (0 = the latest), whether or not it is long enough. */
        int originOfWindow(int j) {
            return n - horizon - j * ((horizon + 1) / 2);
        }

        boolean hasDemandBefore(int end) {
            for (int t = 0; t < end; t++) {
                if (y[t] > 0) {
                    return true;
                }
            }
            return false;
        }

        void backtest(double[][] catalogueProfiles) {
            for (int m = 0; m < methods.size(); m++) {
                for (int j = 0; j < origins.length; j++) {
                    int origin = origins[j];
                    int window = originIndex(origin);
                    double[] forecast = fit(
                            methods.get(m),
                            y,
                            origin,
                            horizon,
                            history.frequency(),
                            firstDay,
                            catalogueProfiles[window]);
                    for (int i = 0; i < horizon; i++) {
                        forecast[i] = Math.max(0, forecast[i]);
                        double actual = y[origin + i];
                        if (!Double.isNaN(actual)) {
                            double error = actual - forecast[i];
                            sse[m] += error * error;
                            count[m]++;
                        }
                    }
                    backtest[m][j] = forecast;
                }
                if (count[m] > 0 && scale > 0) {
                    rmsse[m] = Math.sqrt(sse[m] / count[m] / scale);
                }
            }
        }

        private int originIndex(int origin) {
            return (n - horizon - origin) / ((horizon + 1) / 2);
        }

        void choose(Map<ForecastMethod, Double> pool, double poolWeight) {
            int best = -1;
            double bestScore = Double.POSITIVE_INFINITY;
            for (int m = 0; m < methods.size(); m++) {
                double own = rmsse[m];
                Double catalogue = pool.get(methods.get(m));
                double score;
                if (Double.isFinite(own)) {
                    score = catalogue == null ? own : (1 - poolWeight) * own + poolWeight * catalogue;
                } else if (catalogue != null && !hasAnyScore()) {
                    score = catalogue;
                } else {
                    continue;
                }
                if (score < bestScore) {
                    bestScore = score;
                    best = m;
                }
            }
            if (best < 0) {
                best = methods.contains(ForecastMethod.SES) ? methods.indexOf(ForecastMethod.SES) : 0;
            }
            chosenIndex = best;
            chosen = methods.get(best);
        }

        private boolean hasAnyScore() {
            for (double score : rmsse) {
                if (Double.isFinite(score)) {
                    return true;
                }
            }
            return false;
        }

        double calibratedRmsse(double k) {
            double squares = 0;
            int points = 0;
            for (int j = 0; j < origins.length; j++) {
                double[] forecast = backtest[chosenIndex][j];
                for (int i = 0; i < horizon; i++) {
                    double actual = y[origins[j] + i];
                    if (!Double.isNaN(actual)) {
                        double error = actual - k * forecast[i];
                        squares += error * error;
                        points++;
                    }
                }
            }
            return Math.sqrt(squares / points / scale);
        }

        void finish(double calibration, double[] catalogueProfile, int errorWindows) {
            double[] forecast = fit(chosen, y, n, horizon, history.frequency(), firstDay, catalogueProfile);
            boolean neutral = history.uplifts().isNeutral();
            mean = new double[horizon];
            for (int i = 0; i < horizon; i++) {
                double factor = neutral
                        ? 1
                        : history.uplifts()
                                .factor(history.frequency(), history.frequency().plus(history.end(), i));
                mean[i] = Math.max(0, forecast[i] * calibration) * factor;
            }
            double squares = 0;
            int points = 0;
            List<double[]> errors = new ArrayList<>();
            for (int j = 0; j < origins.length; j++) {
                double[] window = new double[horizon];
                double[] backtested = backtest[chosenIndex][j];
                for (int i = 0; i < horizon; i++) {
                    double actual = y[origins[j] + i];
                    window[i] = Double.isNaN(actual) ? Double.NaN : actual - calibration * backtested[i];
                    if (!Double.isNaN(actual)) {
                        squares += window[i] * window[i];
                        points++;
                    }
                }
                errors.add(window);
            }
            errorScale = points > 0 ? Math.sqrt(squares / points) : 0;
            if (errorScale == 0 && scale > 0) {
                errorScale = Math.sqrt(scale);
            }
            if (errorScale > 0) {
                for (double[] window : errors) {
                    for (int i = 0; i < horizon; i++) {
                        window[i] /= errorScale;
                    }
                }
                scaledErrors = errors;
                if (errorWindows > 0) {
                    ownErrors = ownErrors(calibration, catalogueProfile, errorWindows);
                }
            }
        }

        /** The chosen method refitted at rolling origins a week (or a period) apart; errors scaled. */
        private ForecastErrors ownErrors(double calibration, double[] catalogueProfile, int errorWindows) {
            int step = history.frequency() == Frequency.DAILY ? DemandForecast.OWN_ERROR_STEP_DAYS : 1;
            List<double[]> windows = new ArrayList<>();
            List<double[]> bounds = new ArrayList<>();
            boolean neutral = history.uplifts().isNeutral();
            for (int j = 0; j < errorWindows; j++) {
                int origin = n - horizon - j * step;
                if (origin < MIN_TRAINING) {
                    break;
                }
                double[] forecast = fit(chosen, y, origin, horizon, history.frequency(), firstDay, catalogueProfile);
                double[] window = new double[horizon];
                double[] bound = new double[horizon];
                for (int i = 0; i < horizon; i++) {
                    double actual = y[origin + i];
                    double expected = calibration * Math.max(0, forecast[i]);
                    window[i] = Double.isNaN(actual) ? Double.NaN : (actual - expected) / errorScale;
                    if (Double.isNaN(actual)) {
                        double factor = neutral
                                ? 1
                                : history.uplifts().factor(history.frequency(), history.periodStart(origin + i));
                        bound[i] = Math.max(0, history.unitsAt(origin + i) / factor - expected) / errorScale;
                    } else {
                        bound[i] = window[i];
                    }
                }
                windows.add(window);
                bounds.add(bound);
            }
            return windows.isEmpty()
                    ? null
                    : ForecastErrors.of(horizon, windows).withCensoredBounds(bounds);
        }

        DemandForecast result(ForecastErrors errors, double[] levels, double calibration) {
            boolean neutral = history.uplifts().isNeutral();
            List<PredictionInterval> intervals = new ArrayList<>();
            for (double level : levels) {
                double[] lower = new double[horizon];
                double[] upper = new double[horizon];
                for (int i = 0; i < horizon; i++) {
                    double factor = neutral
                            ? 1
                            : history.uplifts()
                                    .factor(
                                            history.frequency(),
                                            history.frequency().plus(history.end(), i));
                    double low = errors.stepQuantile(i, (1 - level) / 2) * errorScale * factor;
                    double high = errors.stepQuantile(i, 1 - (1 - level) / 2) * errorScale * factor;
                    lower[i] = Math.max(0, mean[i] + low);
                    upper[i] = Math.max(lower[i], mean[i] + high);
                }
                intervals.add(new PredictionInterval(level, lower, upper));
            }
            Map<ForecastMethod, Double> scores = new EnumMap<>(ForecastMethod.class);
            for (int m = 0; m < methods.size(); m++) {
                if (Double.isFinite(rmsse[m])) {
                    scores.put(methods.get(m), rmsse[m]);
                }
            }
            return new DemandForecast(
                    history.id(),
                    history.frequency(),
                    history.end(),
                    chosen,
                    calibration,
                    mean,
                    intervals,
                    scores,
                    errorScale,
                    errors,
                    ownErrors);
        }

        /** Mean squared change between neighbouring observed periods; NaN when there is no such pair. */
        static double naiveScale(double[] y, int n) {
            double squares = 0;
            int pairs = 0;
            for (int t = 1; t < n; t++) {
                if (!Double.isNaN(y[t]) && !Double.isNaN(y[t - 1])) {
                    double change = y[t] - y[t - 1];
                    squares += change * change;
                    pairs++;
                }
            }
            return pairs == 0 ? Double.NaN : squares / pairs;
        }
    }
}
