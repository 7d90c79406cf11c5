package dev.bosun.advertising.domain;

/**
 * How many clicks without an order it takes before "this term does not sell" is more than bad luck. A term that
 * converted like its product (conversion rate {@code p} per click) goes {@code n} clicks without an order with
 * chance {@code (1 - p)^n}; the smallest {@code n} that makes that chance at most {@code 1 - confidence} is the
 * clicks by which a sale was expected with that confidence. At 10 % conversion and 90 % confidence: 22 clicks; at
 * 5 %: 45 clicks.
 *
 * <p>Caution: a term that converts at half its product's rate still goes 22 clicks without an order one time in
 * three (0.95^22); the limit says "the evidence contradicts the product's rate", not "the term never sells". Terms
 * are many, so a few healthy ones cross any limit by chance; the floor and the confidence keep that rare.
 */
public final class ClicksWithoutSale {

    private ClicksWithoutSale() {}

    /**
     * @param conversionRate orders per click of the product (or ad group) the term leads to, a fraction; zero or
     *     negative when unknown (then the ceiling applies)
     * @param confidence e.g. 0.9
     * @param floor the fewest clicks ever asked for
     * @param ceiling the most clicks ever asked for (also for products that hardly convert)
     */
    public static int limit(double conversionRate, double confidence, int floor, int ceiling) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must lie between 0 and 1: " + confidence);
        }
        if (conversionRate <= 0 || Double.isNaN(conversionRate)) {
            return ceiling;
        }
        if (conversionRate >= 1) {
            return floor;
        }
        double n = Math.log(1 - confidence) / Math.log(1 - conversionRate);
        int clicks = (int) Math.ceil(n - 1e-9);
        return Math.max(floor, Math.min(ceiling, clicks));
    }

    /** The chance that {@code clicks} clicks at {@code conversionRate} bring no order at all. */
    public static double chanceOfNone(double conversionRate, long clicks) {
        if (conversionRate <= 0) {
            return 1;
        }
        return Math.pow(1 - Math.min(1, conversionRate), clicks);
    }
}
