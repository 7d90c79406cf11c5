package dev.bosun.inventory.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The backtest's forecast errors (actual − forecast) of the chosen methods, pooled over the series forecast
 * together. Each series' errors are divided by its own error scale (the root mean squared error of its backtest)
 * so that series of any size pool; a series' quantile is the pooled quantile times its scale.
 *
 * <p>Two views: errors per period ahead (for prediction intervals) and errors summed over the first k periods of a
 * window (for safety stock: how far the demand over lead time and review period can exceed its forecast).
 */
public final class ForecastErrors {

    private final int horizon;
    private final double[][] byStep;
    private final double[][] cumulative;
    private final double[][] tailSums;
    private final double[][] ordered;
    private final double[][] orderedBounds;
    private final Map<Double, double[]> stepQuantiles = new ConcurrentHashMap<>();

    private ForecastErrors(
            int horizon, double[][] byStep, double[][] cumulative, double[][] ordered, double[][] orderedBounds) {
        this.horizon = horizon;
        this.byStep = byStep;
        this.cumulative = cumulative;
        this.ordered = ordered;
        this.orderedBounds = orderedBounds;
        this.tailSums = new double[horizon][];
        for (int k = 0; k < horizon; k++) {
            double[] values = cumulative[k];
            double[] tail = new double[values.length + 1];
            for (int i = values.length - 1; i >= 0; i--) {
                tail[i] = tail[i + 1] + values[i];
            }
            tailSums[k] = tail;
        }
    }

    /** No errors known: every quantile is 0. */
    static ForecastErrors none(int horizon) {
        double[][] empty = new double[horizon][0];
        return new ForecastErrors(horizon, empty, empty, new double[0][], new double[0][]);
    }

    /**
     * @param windows one row per backtest window of any series: scaled errors per period ahead, NaN where the
     *     period was censored; rows may be shorter than the horizon
     */
    static ForecastErrors of(int horizon, List<double[]> windows) {
        List<List<Double>> steps = new ArrayList<>();
        List<List<Double>> sums = new ArrayList<>();
        for (int k = 0; k < horizon; k++) {
            steps.add(new ArrayList<>());
            sums.add(new ArrayList<>());
        }
        double[][] ordered = new double[windows.size()][];
        for (int w = 0; w < windows.size(); w++) {
            double[] window = windows.get(w);
            double sum = 0;
            ordered[w] = new double[Math.min(horizon, window.length)];
            for (int k = 0; k < Math.min(horizon, window.length); k++) {
                if (!Double.isNaN(window[k])) {
                    steps.get(k).add(window[k]);
                    sum += window[k];
                }
                sums.get(k).add(sum);
                ordered[w][k] = sum;
            }
        }
        double[][] byStep = new double[horizon][];
        double[][] cumulative = new double[horizon][];
        for (int k = 0; k < horizon; k++) {
            byStep[k] = sorted(steps.get(k));
            cumulative[k] = sorted(sums.get(k));
        }
        return new ForecastErrors(horizon, byStep, cumulative, ordered, ordered);
    }

    private static double[] sorted(List<Double> values) {
        double[] array = new double[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        Arrays.sort(array);
        return array;
    }

    /** Periods ahead the errors were measured for. */
    public int horizon() {
        return horizon;
    }

    /** Number of backtest windows that reach {@code periods} periods ahead. */
    public int windowsReaching(int periods) {
        return cumulative[Math.min(periods, horizon) - 1].length;
    }

    /**
     * The {@code p} quantile of scaled errors at {@code step} periods ahead (0 = the first), pooled over the steps
     * within an eighth of the horizon around it, which smooths the intervals along the horizon.
     */
    public double stepQuantile(int step, double p) {
        return stepQuantiles.computeIfAbsent(p, this::stepQuantiles)[Math.min(step, horizon - 1)];
    }

    private double[] stepQuantiles(double p) {
        double[] quantiles = new double[horizon];
        int reach = Math.max(1, horizon / 8);
        for (int step = 0; step < horizon; step++) {
            int from = Math.max(0, step - reach);
            int to = Math.min(horizon - 1, step + reach);
            int size = 0;
            for (int k = from; k <= to; k++) {
                size += byStep[k].length;
            }
            if (size == 0) {
                continue;
            }
            double[] values = new double[size];
            int at = 0;
            for (int k = from; k <= to; k++) {
                System.arraycopy(byStep[k], 0, values, at, byStep[k].length);
                at += byStep[k].length;
            }
            quantiles[step] = WeekdayProfile.quantile(values, p);
        }
        return quantiles;
    }

    /**
     * The {@code p} quantile of scaled errors summed over the first {@code periods} periods of a window. Beyond the
     * horizon the quantile at the horizon grows with the square root of the periods.
     */
    public double cumulativeQuantile(int periods, double p) {
        if (periods <= 0) {
            return 0;
        }
        int k = Math.min(periods, horizon);
        double[] values = cumulative[k - 1];
        if (values.length == 0) {
            return 0;
        }
        double q = quantileOfSorted(values, p);
        return periods <= horizon ? q : q * Math.sqrt((double) periods / horizon);
    }

    /** Mean and standard deviation of the scaled errors summed over the first {@code periods} periods. */
    public double[] cumulativeMeanAndDeviation(int periods) {
        int k = Math.min(Math.max(periods, 1), horizon);
        double[] values = cumulative[k - 1];
        if (values.length < 2) {
            return new double[] {0, 0};
        }
        double mean = 0;
        for (double value : values) {
            mean += value;
        }
        mean /= values.length;
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        double deviation = Math.sqrt(squares / (values.length - 1));
        double stretch = periods <= horizon ? 1 : Math.sqrt((double) periods / horizon);
        return new double[] {mean * stretch, deviation * stretch};
    }

    /**
     * These errors with, for each window in the same order, the errors of its censored periods (out of stock: the
     * demand is not known) at their lower bound {@code max(0, sold − forecast)} instead of left out.
     *
     * @param bounds one row per window, as given to {@link #of}, with no NaN
     */
    ForecastErrors withCensoredBounds(List<double[]> bounds) {
        if (bounds.size() != ordered.length) {
            throw new IllegalArgumentException(ordered.length + " windows but " + bounds.size() + " rows of bounds");
        }
        double[][] sums = new double[bounds.size()][];
        for (int w = 0; w < sums.length; w++) {
            double[] window = bounds.get(w);
            sums[w] = new double[Math.min(horizon, window.length)];
            double sum = 0;
            for (int k = 0; k < sums[w].length; k++) {
                sum += window[k];
                sums[w][k] = sum;
            }
        }
        return new ForecastErrors(horizon, byStep, cumulative, ordered, sums);
    }

    /**
     * The scaled errors summed over the first {@code periods} periods of each window that reaches that far, in the
     * order the windows were measured (a series' own errors: the latest origin first, each a week before the one
     * before it). Beyond the horizon the sums at the horizon grow with the square root of the periods.
     */
    public double[] windowSums(int periods) {
        return windowSums(ordered, periods);
    }

    /**
     * The same with censored periods at their lower bound ({@link #withCensoredBounds}): what a stock-out hid is
     * counted as far as the sales show it. Without bounds, {@link #windowSums}.
     */
    public double[] windowSumsWithCensoredBounds(int periods) {
        return windowSums(orderedBounds, periods);
    }

    private double[] windowSums(double[][] windows, int periods) {
        int k = Math.min(Math.max(periods, 1), horizon);
        double stretch = periods <= horizon ? 1 : Math.sqrt((double) periods / horizon);
        double[] sums = new double[windows.length];
        int count = 0;
        for (double[] window : windows) {
            if (window.length >= k) {
                sums[count++] = window[k - 1] * stretch;
            }
        }
        return Arrays.copyOf(sums, count);
    }

    /**
     * Expected shortfall {@code E[max(0, X − s)]} of the scaled errors X summed over {@code periods} periods, for a
     * buffer of {@code s} scaled units: how much demand, on average, the buffer fails to cover.
     */
    public double cumulativeShortfall(int periods, double s) {
        int k = Math.min(Math.max(periods, 1), horizon);
        double[] values = cumulative[k - 1];
        if (values.length == 0) {
            return 0;
        }
        double stretch = periods <= horizon ? 1 : Math.sqrt((double) periods / horizon);
        double threshold = s / stretch;
        double[] tail = tailSums[k - 1];
        int first = Arrays.binarySearch(values, threshold);
        if (first < 0) {
            first = -first - 1;
        }
        while (first > 0 && values[first - 1] > threshold) {
            first--;
        }
        while (first < values.length && values[first] <= threshold) {
            first++;
        }
        double above = tail[first];
        int count = values.length - first;
        return stretch * (above - threshold * count) / values.length;
    }

    private static double quantileOfSorted(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
