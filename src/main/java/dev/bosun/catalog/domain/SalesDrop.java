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
    public record Window(long units, Long sessions, BigDecimal buyBoxShare, BigDecimal sales) {

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
     */
    public record Diagnosis(
            BigDecimal unitsChange,
            BigDecimal sessionsChange,
            BigDecimal conversionChange,
            Cause cause,
            boolean severe) {}

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
        return Optional.of(new Diagnosis(unitsChange, sessionsChange, conversionChange, cause, severe));
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
