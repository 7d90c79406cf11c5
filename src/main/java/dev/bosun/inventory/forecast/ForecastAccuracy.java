package dev.bosun.inventory.forecast;

/**
 * Accuracy of a forecast against what happened, as the M5 competition and issue 7 measure it. RMSSE = √(mean
 * squared error over the horizon ÷ mean squared one-step naive error in the training part); forecasts are floored
 * at 0 first. Below 1 a forecast beats, on the holdout, what the naive forecast did in the training part.
 */
public final class ForecastAccuracy {

    private ForecastAccuracy() {}

    /** Mean squared change between neighbouring training values; 0 for a constant series. */
    public static double scale(double[] training) {
        double squares = 0;
        for (int t = 1; t < training.length; t++) {
            double change = training[t] - training[t - 1];
            squares += change * change;
        }
        return training.length < 2 ? 0 : squares / (training.length - 1);
    }

    /** RMSSE of {@code forecast} against {@code actual}; NaN when the training part has no change (scale 0). */
    public static double rmsse(double[] training, double[] actual, double[] forecast) {
        double scale = scale(training);
        if (!(scale > 0)) {
            return Double.NaN;
        }
        return Math.sqrt(meanSquaredError(actual, forecast) / scale);
    }

    /** Mean squared error of the floored forecast. */
    public static double meanSquaredError(double[] actual, double[] forecast) {
        check(actual, forecast);
        double squares = 0;
        for (int i = 0; i < actual.length; i++) {
            double error = actual[i] - Math.max(0, forecast[i]);
            squares += error * error;
        }
        return squares / actual.length;
    }

    /** Mean of (floored forecast − actual): above 0 the forecast runs high. */
    public static double bias(double[] actual, double[] forecast) {
        check(actual, forecast);
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            sum += Math.max(0, forecast[i]) - actual[i];
        }
        return sum / actual.length;
    }

    private static void check(double[] actual, double[] forecast) {
        if (actual.length != forecast.length || actual.length == 0) {
            throw new IllegalArgumentException("need as many forecasts as actuals (at least one), got "
                    + forecast.length + " and " + actual.length);
        }
    }
}
