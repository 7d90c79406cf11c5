package dev.bosun.catalog.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Sales-drop diagnosis of one ASIN: the units of the last window against the window before, and when they fell by
 * more than the limit, which part of the funnel fell. Units are sessions times conversion (unit session rate), so
 * the fall splits exactly into a traffic part and a conversion part (as logarithms); the larger part names the
 * cause, unless the Buy Box share fell by more than its own limit, which comes first (without the Buy Box the
 * sessions no longer convert into our sales).
 *
 * <p>A week of a slow or even a steady seller often sells a third less than the week before by chance alone. So a
 * fall counts only when chance explains it rarely: if both weeks had the same rate of orders, the orders of the two
 * weeks together would split between them like coin tosses, and the probability of the latest week getting as few
 * as it did or fewer ({@link #chance}) must lie below a small limit. Order items are counted rather than units, since
 * the units of one order (a two-pack bought twice) do not come independently; where the sessions fell by the limit as
 * well, their fall may show it instead, being many more.
 */
public final class SalesDrop {

    private SalesDrop() {}

    /** Which part of the funnel fell. */
    public enum Cause {
        TRAFFIC_LOSS,
        CONVERSION_LOSS,
        BUY_BOX_LOSS
    }

    /**
     * An ASIN's figures over a window; sessions, Buy Box share and sales may be unknown (null).
     *
     * @param buyBoxShare the share of page views with our offer in the Buy Box, a fraction
     */
    public record Window(long units, Long sessions, BigDecimal buyBoxShare, BigDecimal sales, Long orderItems) {

        /** A window without its count of order items. */
        public Window(long units, Long sessions, BigDecimal buyBoxShare, BigDecimal sales) {
            this(units, sessions, buyBoxShare, sales, null);
        }

        /** The orders counted for the test against chance: order items when known, else units. */
        public long orders() {
            return orderItems != null ? orderItems : units;
        }

        /** Units per session, or null without sessions. */
        public BigDecimal conversion() {
            return sessions == null || sessions == 0
                    ? null
                    : BigDecimal.valueOf(units).divide(BigDecimal.valueOf(sessions), 4, RoundingMode.HALF_UP);
        }

        /** Sales per unit, or null. */
        public BigDecimal averagePrice() {
            return sales == null || units == 0
                    ? null
                    : sales.divide(BigDecimal.valueOf(units), 2, RoundingMode.HALF_UP);
        }
    }

    /**
     * @param unitsChange relative change of units (negative: a fall), a fraction
     * @param sessionsChange relative change of sessions, or null when unknown
     * @param conversionChange relative change of units per session, or null when unknown
     * @param cause the part of the funnel that fell
     * @param severe whether units fell by at least twice the limit
     * @param chance the probability of a fall this deep or deeper by chance alone ({@link #chance}), of the order
     *     items or, where the sessions fell by the limit as well, of the sessions when smaller
     */
    public record Diagnosis(
            BigDecimal unitsChange,
            BigDecimal sessionsChange,
            BigDecimal conversionChange,
            Cause cause,
            boolean severe,
            double chance) {}

    /**
     * As {@link #diagnose(Window, Window, BigDecimal, long, BigDecimal)}, and the fall must also be beyond chance: at
     * most {@code maxChance} likely if nothing had changed, judged on the order items, or on the sessions when they
     * fell by the limit too (a traffic loss shows first and clearest in the sessions, which are many more). A fall of
     * the Buy Box share by its limit needs no such test: the share is measured over all page views and holds steady
     * while nobody else wins the Buy Box.
     */
    public static Optional<Diagnosis> diagnose(
            Window before,
            Window after,
            BigDecimal dropLimit,
            long minUnits,
            BigDecimal buyBoxDrop,
            BigDecimal maxChance) {
        return diagnose(before, after, dropLimit, minUnits, buyBoxDrop).flatMap(d -> {
            double chance = d.chance();
            if (d.sessionsChange() != null && d.sessionsChange().negate().compareTo(dropLimit) >= 0) {
                chance = Math.min(chance, chance(before.sessions(), after.sessions()));
            }
            return chance <= maxChance.doubleValue() || d.cause() == Cause.BUY_BOX_LOSS
                    ? Optional.of(new Diagnosis(
                            d.unitsChange(), d.sessionsChange(), d.conversionChange(), d.cause(), d.severe(), chance))
                    : Optional.empty();
        });
    }

    /**
     * The probability that a week gets {@code after} orders or fewer when the week before got {@code before} and both
     * had the same rate: the lower tail of a binomial distribution with {@code before + after} trials of one half.
     * Exact up to 400 orders, beyond by the normal approximation with continuity correction.
     */
    public static double chance(long before, long after) {
        long n = before + after;
        return n == 0 ? 1 : binomialLowerTail(after, n);
    }

    private static double binomialLowerTail(long k, long n) {
        if (n > 400) {
            double z = (k + 0.5 - n / 2.0) / Math.sqrt(n / 4.0);
            return normalCdf(z);
        }
        double term = Math.pow(0.5, n);
        double sum = 0;
        for (long i = 0; i <= k; i++) {
            sum += term;
            term = term * (n - i) / (i + 1);
        }
        return Math.min(1, sum);
    }

    /** The standard normal distribution function (Zelen and Severo's approximation, error below 1e-7). */
    private static double normalCdf(double z) {
        if (z < 0) {
            return 1 - normalCdf(-z);
        }
        double t = 1 / (1 + 0.2316419 * z);
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return 1 - Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) * poly;
    }

    /**
     * @param before the earlier window
     * @param after the latest window
     * @param dropLimit the fall of units that counts, a fraction (0.3 = 30 %)
     * @param minUnits the fewest units in the earlier window for a fall to count
     * @param buyBoxDrop the fall of the Buy Box share (in fraction points) that makes it the cause
     * @return the diagnosis, or empty when units did not fall enough
     */
    public static Optional<Diagnosis> diagnose(
            Window before, Window after, BigDecimal dropLimit, long minUnits, BigDecimal buyBoxDrop) {
        if (before.units() < Math.max(1, minUnits)) {
            return Optional.empty();
        }
        BigDecimal unitsChange = change(before.units(), after.units());
        if (unitsChange.negate().compareTo(dropLimit) < 0) {
            return Optional.empty();
        }
        BigDecimal sessionsChange = before.sessions() == null || after.sessions() == null || before.sessions() == 0
                ? null
                : change(before.sessions(), after.sessions());
        BigDecimal conversionChange = null;
        if (before.conversion() != null && before.conversion().signum() > 0 && after.sessions() != null) {
            BigDecimal afterConversion = after.conversion() == null ? BigDecimal.ZERO : after.conversion();
            conversionChange =
                    afterConversion.subtract(before.conversion()).divide(before.conversion(), 4, RoundingMode.HALF_UP);
        }
        Cause cause;
        if (before.buyBoxShare() != null
                && after.buyBoxShare() != null
                && before.buyBoxShare().subtract(after.buyBoxShare()).compareTo(buyBoxDrop) >= 0) {
            cause = Cause.BUY_BOX_LOSS;
        } else if (sessionsChange == null || conversionChange == null) {
            cause = sessionsChange != null && sessionsChange.signum() < 0 ? Cause.TRAFFIC_LOSS : Cause.CONVERSION_LOSS;
        } else {
            cause = logRatio(sessionsChange) <= logRatio(conversionChange) ? Cause.TRAFFIC_LOSS : Cause.CONVERSION_LOSS;
        }
        boolean severe = unitsChange.negate().compareTo(dropLimit.multiply(BigDecimal.valueOf(2))) >= 0;
        return Optional.of(new Diagnosis(
                unitsChange, sessionsChange, conversionChange, cause, severe, chance(before.orders(), after.orders())));
    }

    private static BigDecimal change(long before, long after) {
        return BigDecimal.valueOf(after - before).divide(BigDecimal.valueOf(before), 4, RoundingMode.HALF_UP);
    }

    /** ln(1 + change); minus infinity for a fall to nothing. */
    private static double logRatio(BigDecimal change) {
        double ratio = 1 + change.doubleValue();
        return ratio <= 0 ? Double.NEGATIVE_INFINITY : Math.log(ratio);
    }
}
