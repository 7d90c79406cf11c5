package dev.bosun.inventory.forecast;

import java.util.Arrays;

/**
 * Methods for intermittent demand (many periods without a sale): Croston, the Syntetos–Boylan approximation and
 * Teunter–Syntetos–Babai. Censored periods (NaN) are skipped: they neither count as a period without demand nor
 * update the sizes.
 */
final class IntermittentDemand {

    static final double CROSTON_ALPHA = 0.1;
    static final double TSB_SIZE_ALPHA = 0.2;
    static final double TSB_PROBABILITY_BETA = 0.1;

    private IntermittentDemand() {}

    /**
     * Croston's demand per period: smoothed size over smoothed interval, both starting at the first demand; with
     * {@code debiased} the Syntetos–Boylan factor (1 − α/2). No demand at all gives 0.
     */
    static double[] croston(double[] y, int n, int horizon, boolean debiased) {
        double alpha = CROSTON_ALPHA;
        double size = 0;
        double interval = 1;
        int sinceLast = 1;
        boolean started = false;
        for (int t = 0; t < n; t++) {
            double value = y[t];
            if (Double.isNaN(value)) {
                continue;
            }
            if (value > 0) {
                if (!started) {
                    size = value;
                    interval = sinceLast;
                    started = true;
                } else {
                    size += alpha * (value - size);
                    interval += alpha * (sinceLast - interval);
                }
                sinceLast = 1;
            } else {
                sinceLast++;
            }
        }
        double rate = started ? size / interval : 0;
        if (debiased) {
            rate *= 1 - alpha / 2;
        }
        double[] forecast = new double[horizon];
        Arrays.fill(forecast, rate);
        return forecast;
    }

    /**
     * TSB: demand size (weight 0.2) times the probability of a demand in a period (weight 0.1, updated every
     * observed period). Both start from the whole history: the mean size of the demands and the share of periods
     * with a demand.
     */
    static double[] tsb(double[] y, int n, int horizon) {
        int periods = 0;
        int withDemand = 0;
        double sizes = 0;
        for (int t = 0; t < n; t++) {
            if (!Double.isNaN(y[t])) {
                periods++;
                if (y[t] > 0) {
                    withDemand++;
                    sizes += y[t];
                }
            }
        }
        double probability = periods == 0 ? 0 : (double) withDemand / periods;
        double size = withDemand == 0 ? 0 : sizes / withDemand;
        for (int t = 0; t < n; t++) {
            double value = y[t];
            if (Double.isNaN(value)) {
                continue;
            }
            if (value > 0) {
                size += TSB_SIZE_ALPHA * (value - size);
                probability += TSB_PROBABILITY_BETA * (1 - probability);
            } else {
                probability -= TSB_PROBABILITY_BETA * probability;
            }
        }
        double[] forecast = new double[horizon];
        Arrays.fill(forecast, size * probability);
        return forecast;
    }
}
