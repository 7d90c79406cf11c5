package dev.bosun.inventory.forecast;

import java.util.Arrays;

/**
 * Day-of-week demand profiles and the weekday × level method. A profile holds seven factors, Monday first, with a
 * mean of 1: a Saturday factor of 0 says the item never sells on Saturdays, 1.4 that Thursdays sell 40 % above an
 * average day.
 */
final class WeekdayProfile {

    /** Days of history a profile is measured on: the last 26 weeks. */
    static final int WINDOW_DAYS = 26 * 7;
    /** Weight of the item's own profile against the catalogue's. */
    static final double OWN_WEIGHT = 0.3;
    /** Share of the history's days below the cap on adjusted sales. */
    static final double CAP_QUANTILE = 0.95;

    private static final double[] ALPHAS = grid(0.02, 0.6, 12);

    private WeekdayProfile() {}

    /**
     * The item's own profile from the last 26 weeks of {@code y[0, n)}; {@code firstDay} is the weekday of {@code
     * y[0]} (0 = Monday). A weekday without an observed day counts as average; an item that sold nothing has a
     * flat profile.
     */
    static double[] of(double[] y, int n, int firstDay) {
        double[] sums = new double[7];
        int[] counts = new int[7];
        for (int t = Math.max(0, n - WINDOW_DAYS); t < n; t++) {
            if (!Double.isNaN(y[t])) {
                int day = (firstDay + t) % 7;
                sums[day] += y[t];
                counts[day]++;
            }
        }
        double[] means = new double[7];
        double total = 0;
        int days = 0;
        for (int d = 0; d < 7; d++) {
            if (counts[d] > 0) {
                means[d] = sums[d] / counts[d];
                total += means[d];
                days++;
            }
        }
        double[] profile = new double[7];
        if (days == 0 || total <= 0) {
            Arrays.fill(profile, 1);
            return profile;
        }
        double average = total / days;
        for (int d = 0; d < 7; d++) {
            profile[d] = counts[d] > 0 ? means[d] / average : 1;
        }
        return normalised(profile);
    }

    /** The mean of several profiles (the catalogue's profile), or null when there are none. */
    static double[] mean(Iterable<double[]> profiles) {
        double[] sum = new double[7];
        int count = 0;
        for (double[] profile : profiles) {
            for (int d = 0; d < 7; d++) {
                sum[d] += profile[d];
            }
            count++;
        }
        if (count == 0) {
            return null;
        }
        for (int d = 0; d < 7; d++) {
            sum[d] /= count;
        }
        return normalised(sum);
    }

    static double[] normalised(double[] profile) {
        double total = 0;
        for (double factor : profile) {
            total += factor;
        }
        double[] result = new double[7];
        for (int d = 0; d < 7; d++) {
            result[d] = total > 0 ? profile[d] * 7 / total : 1;
        }
        return result;
    }

    /**
     * Weekday × level: the profile is 30 % the item's own and 70 % the catalogue's ({@code catalogue}, or the
     * item's alone when null); the sales divided by the profile are capped at their 95th percentile (one huge
     * order should not set the level for a month) and smoothed by SES (weight by least squared one-step error);
     * the forecast is the level times each future day's factor.
     */
    static double[] forecast(double[] y, int n, int horizon, int firstDay, double[] catalogue) {
        double[] own = of(y, n, firstDay);
        double[] profile = new double[7];
        for (int d = 0; d < 7; d++) {
            profile[d] = catalogue == null ? own[d] : OWN_WEIGHT * own[d] + (1 - OWN_WEIGHT) * catalogue[d];
        }
        double[] adjusted = new double[n];
        int observed = 0;
        for (int t = 0; t < n; t++) {
            double factor = profile[(firstDay + t) % 7];
            adjusted[t] = Double.isNaN(y[t]) || factor <= 0.05 ? Double.NaN : y[t] / factor;
            if (!Double.isNaN(adjusted[t])) {
                observed++;
            }
        }
        if (observed > 0) {
            double[] values = new double[observed];
            int i = 0;
            for (double value : adjusted) {
                if (!Double.isNaN(value)) {
                    values[i++] = value;
                }
            }
            double cap = quantile(values, CAP_QUANTILE);
            for (int t = 0; t < n; t++) {
                if (adjusted[t] > cap) {
                    adjusted[t] = cap;
                }
            }
        }
        double start = ExponentialSmoothing.initialLevel(adjusted, n);
        double bestAlpha = ALPHAS[0];
        double bestError = Double.POSITIVE_INFINITY;
        for (double alpha : ALPHAS) {
            double error = ExponentialSmoothing.sesErrors(adjusted, n, alpha, start);
            if (error < bestError) {
                bestError = error;
                bestAlpha = alpha;
            }
        }
        double level = ExponentialSmoothing.sesLevel(adjusted, n, bestAlpha, start);
        double[] forecast = new double[horizon];
        for (int i = 0; i < horizon; i++) {
            forecast[i] = level * profile[(firstDay + n + i) % 7];
        }
        return forecast;
    }

    /** The {@code p} quantile of {@code values} (sorted in place), interpolating between neighbours. */
    static double quantile(double[] values, double p) {
        Arrays.sort(values);
        double position = p * (values.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(values.length - 1, below + 1);
        return values[below] + (position - below) * (values[above] - values[below]);
    }

    private static double[] grid(double low, double high, int points) {
        double[] grid = new double[points];
        for (int i = 0; i < points; i++) {
            grid[i] = low + i * (high - low) / (points - 1);
        }
        return grid;
    }
}
