package dev.bosun.inventory.forecast;

/**
 * The service a reorder policy aims for, as a fraction in (0, 1).
 *
 * @param target e.g. 0.98
 * @param kind what the fraction counts
 */
public record ServiceLevel(double target, Kind kind) {

    /** What a service level counts. */
    public enum Kind {
        /** Share of order cycles (review to review) that end without a stock-out. */
        CYCLE,
        /** Share of demand served from stock (fill rate); lost sales are the rest. */
        FILL_RATE
    }

    public ServiceLevel {
        if (!(target > 0 && target < 1)) {
            throw new IllegalArgumentException("a service level is a fraction between 0 and 1, got " + target);
        }
        if (kind == null) {
            throw new IllegalArgumentException("a service level needs a kind");
        }
    }

    public static ServiceLevel cycle(double target) {
        return new ServiceLevel(target, Kind.CYCLE);
    }

    public static ServiceLevel fillRate(double target) {
        return new ServiceLevel(target, Kind.FILL_RATE);
    }

    /**
     * This service level for an item of {@code unitPrice}, weighted by capital: the chance of a stock-out scales
     * with {@code (unitPrice ÷ referencePrice)^exponent}, so cheap items get more service and dear ones less for
     * the same capital. Exponent 1 is the textbook rule for the most units served per unit of capital (Silver,
     * Pyke &amp; Peterson, safety stock under a budget); 0 gives every item the same level. The result is kept in
     * [0.5, 0.9995].
     */
    public ServiceLevel weightedByPrice(double unitPrice, double referencePrice, double exponent) {
        if (exponent == 0 || !(unitPrice > 0) || !(referencePrice > 0)) {
            return this;
        }
        double chance = (1 - target) * Math.pow(unitPrice / referencePrice, exponent);
        return new ServiceLevel(Math.max(0.5, Math.min(0.9995, 1 - chance)), kind);
    }

    /** The standard normal quantile of the target: 1.645 for 0.95, 2.054 for 0.98. */
    public double z() {
        return normalQuantile(target);
    }

    /**
     * The standard normal quantile function, by Acklam's rational approximation (relative error below 1.2e-9).
     */
    static double normalQuantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("a probability in (0, 1) is needed, got " + p);
        }
        double[] a = {
            -3.969683028665376e+01,
            2.209460984245205e+02,
            -2.759285104469687e+02,
            1.383577518672690e+02,
            -3.066479806614716e+01,
            2.506628277459239e+00
        };
        double[] b = {
            -5.447609879822406e+01,
            1.615858368580409e+02,
            -1.556989798598866e+02,
            6.680131188771972e+01,
            -1.328068155288572e+01
        };
        double[] c = {
            -7.784894002430293e-03,
            -3.223964580411365e-01,
            -2.400758277161838e+00,
            -2.549732539343734e+00,
            4.374664141464968e+00,
            2.938163982698783e+00
        };
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        double low = 0.02425;
        if (p < low) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - low) {
            return -normalQuantile(1 - p);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5])
                * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
}
