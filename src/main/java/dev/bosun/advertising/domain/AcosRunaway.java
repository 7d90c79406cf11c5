package dev.bosun.advertising.domain;

import dev.bosun.advertising.AdFigures;
import java.util.Optional;

/**
 * A campaign's ACoS running away: the last 7 days against the 21 before. ACoS = CPC / (CVR × order value), so its
 * change splits exactly into the changes of those three (in logarithms); the driver is the one that moved it most.
 * A rise counts when ACoS went up by at least {@code rise} (0.5: half again) and it is not chance: either the clicks
 * brought fewer orders than the earlier conversion rate makes likely (Poisson, at most {@code chance}), or the clicks
 * themselves got dearer (CPC up by at least half the rise), which no luck explains. Campaigns with fewer than
 * {@code minClicks} clicks in the week say too little.
 */
public final class AcosRunaway {

    private AcosRunaway() {}

    /** What moved ACoS most. */
    public enum Driver {
        CPC,
        CVR,
        ORDER_VALUE
    }

    /**
     * @param ratio ACoS of the week / ACoS of the weeks before; infinite when the week sold nothing
     * @param chance how likely so few orders were at the earlier conversion rate
     * @param cpcChange relative change of the cost per click (0.3 is +30 %)
     * @param cvrChange relative change of the conversion rate
     * @param orderValueChange relative change of the sales per order; NaN when the week had no order
     */
    public record Diagnosis(
            double ratio, Driver driver, double chance, double cpcChange, double cvrChange, double orderValueChange) {}

    public static Optional<Diagnosis> diagnose(
            AdFigures before, AdFigures week, double rise, int minClicks, double chance) {
        long ordersBefore = before.orders() == null ? 0 : before.orders();
        long ordersWeek = week.orders() == null ? 0 : week.orders();
        if (before.clicks() == 0 || ordersBefore == 0 || before.acos().isEmpty() || week.clicks() < minClicks) {
            return Optional.empty();
        }
        double acosBefore = before.acos().get().doubleValue();
        double spendWeek = week.spend().doubleValue();
        double salesWeek = week.sales() == null ? 0 : week.sales().doubleValue();
        double ratio = salesWeek <= 0 ? Double.POSITIVE_INFINITY : (spendWeek / salesWeek) / acosBefore;
        if (ratio < 1 + rise) {
            return Optional.empty();
        }
        double cpcBefore = before.spend().doubleValue() / before.clicks();
        double cpcWeek = spendWeek / week.clicks();
        double cvrBefore = ordersBefore / (double) before.clicks();
        double cvrWeek = ordersWeek / (double) week.clicks();
        double aovBefore = before.sales().doubleValue() / ordersBefore;
        double aovWeek = ordersWeek == 0 ? Double.NaN : salesWeek / ordersWeek;
        double expected = cvrBefore * week.clicks();
        double p = poissonAtMost(ordersWeek, expected);
        double cpcChange = cpcWeek / cpcBefore - 1;
        if (p > chance && cpcChange < rise / 2) {
            return Optional.empty();
        }
        double cpcPart = Math.log(cpcWeek / cpcBefore);
        double cvrPart = ordersWeek == 0 ? Double.POSITIVE_INFINITY : -Math.log(cvrWeek / cvrBefore);
        double aovPart = ordersWeek == 0 ? Double.NEGATIVE_INFINITY : -Math.log(aovWeek / aovBefore);
        Driver driver = Driver.CPC;
        double most = cpcPart;
        if (cvrPart > most) {
            driver = Driver.CVR;
            most = cvrPart;
        }
        if (aovPart > most) {
            driver = Driver.ORDER_VALUE;
        }
        return Optional.of(new Diagnosis(
                ratio,
                driver,
                p,
                cpcChange,
                cvrWeek / cvrBefore - 1,
                ordersWeek == 0 ? Double.NaN : aovWeek / aovBefore - 1));
    }

    /** P(X ≤ k) for X Poisson with mean {@code mean}. */
    static double poissonAtMost(long k, double mean) {
        if (mean <= 0) {
            return 1;
        }
        double term = Math.exp(-mean);
        double sum = term;
        for (long i = 1; i <= k; i++) {
            term *= mean / i;
            sum += term;
        }
        return Math.min(1, sum);
    }
}
