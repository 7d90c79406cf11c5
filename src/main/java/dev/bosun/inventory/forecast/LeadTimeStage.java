package dev.bosun.inventory.forecast;

/**
 * One stage of a lead time in days: supplier production, forwarder transit or FBA check-in, with its mean and
 * standard deviation.
 *
 * @param meanDays mean duration, not below 0
 * @param deviationDays standard deviation, not below 0
 * @param observations how many actual durations it was learnt from (0 = entered by hand)
 */
public record LeadTimeStage(double meanDays, double deviationDays, int observations) {

    /**
     * Spread assumed when few durations are known: a coefficient of variation of 25 %, worth two observations in
     * the estimate (see {@link #learnedFrom}).
     */
    public static final double ASSUMED_VARIATION = 0.25;

    private static final double PRIOR_WEIGHT = 2;

    public LeadTimeStage {
        if (!(meanDays >= 0) || Double.isInfinite(meanDays)) {
            throw new IllegalArgumentException("a lead time stage needs a mean of days not below 0, got " + meanDays);
        }
        if (!(deviationDays >= 0) || Double.isInfinite(deviationDays)) {
            throw new IllegalArgumentException(
                    "a lead time stage needs a standard deviation not below 0, got " + deviationDays);
        }
        if (observations < 0) {
            throw new IllegalArgumentException("observations cannot be negative");
        }
    }

    /** A stage entered by hand. */
    public static LeadTimeStage of(double meanDays, double deviationDays) {
        return new LeadTimeStage(meanDays, deviationDays, 0);
    }

    /** A stage that always takes {@code days}. */
    public static LeadTimeStage fixed(double days) {
        return new LeadTimeStage(days, 0, 0);
    }

    /**
     * Learns a stage from actual durations (days from PO to goods ready, from pick-up to arrival, from arrival to
     * available at FBA): the mean of the durations and a standard deviation that blends their sample deviation
     * with an assumed 25 % of the mean, weighted as two observations, so that two lucky shipments do not promise
     * a lead time without spread.
     */
    public static LeadTimeStage learnedFrom(double... observedDays) {
        if (observedDays.length == 0) {
            throw new IllegalArgumentException("at least one observed duration is needed to learn a lead time stage");
        }
        double sum = 0;
        for (double days : observedDays) {
            if (!(days >= 0) || Double.isInfinite(days)) {
                throw new IllegalArgumentException("observed durations must be days not below 0, got " + days);
            }
            sum += days;
        }
        int n = observedDays.length;
        double mean = sum / n;
        double squares = 0;
        for (double days : observedDays) {
            squares += (days - mean) * (days - mean);
        }
        double prior = ASSUMED_VARIATION * mean;
        double variance = (squares + PRIOR_WEIGHT * prior * prior) / (n - 1 + PRIOR_WEIGHT);
        return new LeadTimeStage(mean, Math.sqrt(variance), n);
    }
}
