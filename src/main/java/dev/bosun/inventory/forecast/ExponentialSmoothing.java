package dev.bosun.inventory.forecast;

/**
 * Simple exponential smoothing and Holt's damped trend on a series with gaps (NaN = censored period: no update,
 * no error). Weights are fitted by the sum of squared one-step errors: a grid, then a local search. Both start
 * from the mean of the first two weeks' worth of observed values (14 periods) and a zero trend.
 */
final class ExponentialSmoothing {

    private static final int START_PERIODS = 14;

    private ExponentialSmoothing() {}

    /** Mean of the observed values among the first 14 of {@code y[0, n)}, or 0 when none is observed. */
    static double initialLevel(double[] y, int n) {
        double sum = 0;
        int count = 0;
        for (int t = 0; t < Math.min(n, START_PERIODS); t++) {
            if (!Double.isNaN(y[t])) {
                sum += y[t];
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    /** Sum of squared one-step errors of SES with weight {@code alpha} on {@code y[0, n)}. */
    static double sesErrors(double[] y, int n, double alpha, double start) {
        double level = start;
        double sse = 0;
        for (int t = 0; t < n; t++) {
            double value = y[t];
            if (Double.isNaN(value)) {
                continue;
            }
            double error = value - level;
            if (t > 0) {
                sse += error * error;
            }
            level += alpha * error;
        }
        return sse;
    }

    /** The SES level after {@code y[0, n)}. */
    static double sesLevel(double[] y, int n, double alpha, double start) {
        double level = start;
        for (int t = 0; t < n; t++) {
            if (!Double.isNaN(y[t])) {
                level += alpha * (y[t] - level);
            }
        }
        return level;
    }

    /**
     * The SES weight in [{@code low}, {@code high}] with the least squared one-step error: a grid of {@code
     * points} values, then a golden-section search between the best point's neighbours.
     */
    static double fitSes(double[] y, int n, double low, double high, int points, double start) {
        double step = (high - low) / (points - 1);
        double best = low;
        double bestError = Double.POSITIVE_INFINITY;
        for (int i = 0; i < points; i++) {
            double alpha = low + i * step;
            double error = sesErrors(y, n, alpha, start);
            if (error < bestError) {
                bestError = error;
                best = alpha;
            }
        }
        double a = Math.max(low, best - step);
        double b = Math.min(high, best + step);
        double ratio = (Math.sqrt(5) - 1) / 2;
        double c = b - ratio * (b - a);
        double d = a + ratio * (b - a);
        double fc = sesErrors(y, n, c, start);
        double fd = sesErrors(y, n, d, start);
        for (int i = 0; i < 12; i++) {
            if (fc < fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - ratio * (b - a);
                fc = sesErrors(y, n, c, start);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + ratio * (b - a);
                fd = sesErrors(y, n, d, start);
            }
        }
        double refined = fc < fd ? c : d;
        return Math.min(fc, fd) < bestError ? refined : best;
    }

    /** SES forecast: the fitted level, flat over the horizon. */
    static double[] ses(double[] y, int n, int horizon) {
        double start = initialLevel(y, n);
        double alpha = fitSes(y, n, 0.01, 0.99, 25, start);
        double level = sesLevel(y, n, alpha, start);
        double[] forecast = new double[horizon];
        java.util.Arrays.fill(forecast, level);
        return forecast;
    }

    private static final double[] ALPHAS = {0.02, 0.05, 0.1, 0.2, 0.3, 0.5};
    private static final double[] BETAS = {0.01, 0.05, 0.1, 0.3};
    private static final double[] PHIS = {0.8, 0.9, 0.98};
    private static final double[] LOW = {0.01, 0.001, 0.8};
    private static final double[] HIGH = {0.9, 1.0, 0.98};

    /**
     * Sum of squared one-step errors of Holt's damped trend; {@code p} = (alpha, beta, phi) where the trend moves by
     * {@code alpha × beta × error} (beta relative to alpha, as in ETS).
     */
    static double holtErrors(double[] y, int n, double[] p, double start, double[] state) {
        double alpha = p[0];
        double beta = p[1];
        double phi = p[2];
        double level = start;
        double trend = 0;
        double sse = 0;
        for (int t = 0; t < n; t++) {
            double expected = level + phi * trend;
            double value = y[t];
            if (Double.isNaN(value)) {
                level = expected;
                trend = phi * trend;
                continue;
            }
            double error = value - expected;
            if (t > 0) {
                sse += error * error;
            }
            level = expected + alpha * error;
            trend = phi * trend + alpha * beta * error;
        }
        if (state != null) {
            state[0] = level;
            state[1] = trend;
        }
        return sse;
    }

    /** Damped-trend forecast: level plus the trend damped by phi per period ahead. */
    static double[] dampedTrend(double[] y, int n, int horizon) {
        double start = initialLevel(y, n);
        double[] best = new double[3];
        double bestError = Double.POSITIVE_INFINITY;
        double[] p = new double[3];
        for (double alpha : ALPHAS) {
            for (double beta : BETAS) {
                for (double phi : PHIS) {
                    p[0] = alpha;
                    p[1] = beta;
                    p[2] = phi;
                    double error = holtErrors(y, n, p, start, null);
                    if (error < bestError) {
                        bestError = error;
                        System.arraycopy(p, 0, best, 0, 3);
                    }
                }
            }
        }
        // Local search around the grid's best: move one weight at a time, halve the steps when nothing improves.
        double[] steps = {0.05, 0.05, 0.04};
        for (int round = 0; round < 6; round++) {
            boolean improved = false;
            for (int k = 0; k < 3; k++) {
                for (int sign = -1; sign <= 1; sign += 2) {
                    System.arraycopy(best, 0, p, 0, 3);
                    p[k] = Math.max(LOW[k], Math.min(HIGH[k], best[k] + sign * steps[k]));
                    double error = holtErrors(y, n, p, start, null);
                    if (error < bestError) {
                        bestError = error;
                        System.arraycopy(p, 0, best, 0, 3);
                        improved = true;
                    }
                }
            }
            if (!improved) {
                for (int k = 0; k < 3; k++) {
                    steps[k] /= 2;
                }
            }
        }
        double[] state = new double[2];
        holtErrors(y, n, best, start, state);
        double[] forecast = new double[horizon];
        double damping = 0;
        double power = 1;
        for (int i = 0; i < horizon; i++) {
            power *= best[2];
            damping += power;
            forecast[i] = state[0] + damping * state[1];
        }
        return forecast;
    }
}
