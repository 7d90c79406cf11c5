package dev.bosun.inventory.forecast;

/**
 * A prediction interval per forecast period: demand should fall between lower and upper with probability {@code
 * level}, as far as the backtest's errors tell. Lower bounds are never below 0.
 */
public record PredictionInterval(double level, double[] lower, double[] upper) {

    public PredictionInterval {
        if (lower.length != upper.length) {
            throw new IllegalArgumentException("lower and upper bounds differ in length");
        }
        lower = lower.clone();
        upper = upper.clone();
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }

    /** Lower bound of period {@code index}. */
    public double lowerAt(int index) {
        return lower[index];
    }

    /** Upper bound of period {@code index}. */
    public double upperAt(int index) {
        return upper[index];
    }
}
