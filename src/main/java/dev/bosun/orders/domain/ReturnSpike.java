package dev.bosun.orders.domain;

import dev.bosun.orders.ReturnReason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a SKU's returns are out of line: units returned over units sold in the same window above the limit, with
 * at least a minimum of returned units so that two returns of a slow seller do not ring the bell. The dominant
 * reason is the one with most units (ties: the reason code first in alphabetical order); it tells where the fix
 * is (product quality, listing, packaging, size chart).
 *
 * <p>A rate over the limit alone may be the product's usual rate. A spike ({@link #burst}) is a reason's returns of
 * the last days coming back far faster than that SKU's usual pace for the reason: at least a minimum of orders, a
 * multiple of the expected number, and a number chance alone would reach rarely (a Poisson tail below a small
 * limit). The usual pace is the SKU's returns of the reason over a longer baseline, drawn towards the account's mix of
 * reasons (a reason a SKU never had is not thereby impossible), and scaled up when the SKU now sells faster than in
 * the baseline. Orders are counted rather than units: the units of one order come back together.
 */
public final class ReturnSpike {

    private ReturnSpike() {}

    /**
     * @param rate returned over sold units in the window
     * @param previousRate the same for the window before, or null when nothing was sold then
     * @param topReason the dominant reason
     * @param topUnits its units
     * @param topShare its share of the returned units
     * @param severe whether the rate is at least twice the limit
     */
    public record Reading(
            BigDecimal rate,
            BigDecimal previousRate,
            ReturnReason topReason,
            long topUnits,
            BigDecimal topShare,
            boolean severe) {}

    /**
     * @param sold units sold in the window
     * @param byReason units returned in the window, by reason
     * @param previousSold units sold in the window before
     * @param previousReturned units returned in the window before
     * @param limit the highest acceptable return rate (a fraction)
     * @param minReturns the fewest returned units that can make a spike
     * @return the reading when the SKU's returns are out of line, else empty
     */
    public static Optional<Reading> read(
            long sold,
            Map<ReturnReason, Long> byReason,
            long previousSold,
            long previousReturned,
            BigDecimal limit,
            long minReturns) {
        long returned = byReason.values().stream().mapToLong(Long::longValue).sum();
        if (sold <= 0 || returned < minReturns || returned == 0) {
            return Optional.empty();
        }
        Reading reading = describe(sold, byReason, previousSold, previousReturned, limit);
        return reading.rate().compareTo(limit) <= 0 ? Optional.empty() : Optional.of(reading);
    }

    /**
     * The reading of a SKU's returns whatever its rate: for a SKU with a {@link #burst} under the limit.
     *
     * @param sold units sold in the window, more than 0
     * @param byReason units returned in the window, by reason; not empty
     */
    public static Reading describe(
            long sold, Map<ReturnReason, Long> byReason, long previousSold, long previousReturned, BigDecimal limit) {
        if (sold <= 0 || byReason.isEmpty()) {
            throw new IllegalArgumentException("a return rate needs units sold and returned");
        }
        long returned = byReason.values().stream().mapToLong(Long::longValue).sum();
        BigDecimal rate = ratio(returned, sold);
        Map.Entry<ReturnReason, Long> top = byReason.entrySet().stream()
                .max(Comparator.comparingLong((Map.Entry<ReturnReason, Long> e) -> e.getValue())
                        .thenComparing(e -> e.getKey().code(), Comparator.reverseOrder()))
                .orElseThrow();
        return new Reading(
                rate,
                previousSold > 0 ? ratio(previousReturned, previousSold) : null,
                top.getKey(),
                top.getValue(),
                returned == 0 ? BigDecimal.ZERO : ratio(top.getValue(), returned),
                rate.compareTo(limit.multiply(BigDecimal.valueOf(2))) >= 0);
    }

    /**
     * A reason whose returns come back far faster than usual.
     *
     * @param reason the reason
     * @param orders orders returned for it in the recent days
     * @param expected the orders expected in those days at the SKU's usual pace
     * @param chance the probability of that many or more by chance at the usual pace
     */
    public record Burst(ReturnReason reason, long orders, BigDecimal expected, double chance) {}

    /** How a SKU's returns of one reason stand: in the recent days and in the baseline before them. */
    public record ReasonReturns(long recentOrders, long baselineOrders) {}

    /**
     * The reason whose returns burst the most (smallest chance), if any does.
     *
     * @param byReason the SKU's returned orders by reason, recent and baseline
     * @param accountShares each reason's share of all the account's returned orders in the baseline; reasons not
     *     given count with a share of 0
     * @param recentDays days of the recent window
     * @param baselineDays days of the baseline window
     * @param salesRatio the SKU's recent daily sales over its daily sales in the baseline (at least 1 is used)
     * @param minOrders the fewest recent returned orders of a reason that can burst
     * @param factor how many times the expected number a burst must reach
     * @param maxChance the largest chance a burst may have
     */
    public static Optional<Burst> burst(
            Map<ReturnReason, ReasonReturns> byReason,
            Map<ReturnReason, BigDecimal> accountShares,
            int recentDays,
            int baselineDays,
            double salesRatio,
            long minOrders,
            BigDecimal factor,
            BigDecimal maxChance) {
        long skuBaseline = byReason.values().stream()
                .mapToLong(ReasonReturns::baselineOrders)
                .sum();
        double scale = Math.max(1, salesRatio);
        Burst worst = null;
        for (Map.Entry<ReturnReason, ReasonReturns> e : byReason.entrySet()) {
            long recent = e.getValue().recentOrders();
            if (recent < Math.max(1, minOrders)) {
                continue;
            }
            double share =
                    accountShares.getOrDefault(e.getKey(), BigDecimal.ZERO).doubleValue();
            double prior = Math.max(share * skuBaseline, PRIOR_FLOOR);
            double usual = (e.getValue().baselineOrders() + PRIOR_WEIGHT * prior) / (1 + PRIOR_WEIGHT);
            double expected = recentDays * Math.max(usual, PRIOR_FLOOR) / baselineDays * scale;
            if (recent < factor.doubleValue() * expected) {
                continue;
            }
            double chance = poissonUpperTail(recent, expected);
            if (chance > maxChance.doubleValue()) {
                continue;
            }
            if (worst == null || chance < worst.chance()) {
                worst = new Burst(
                        e.getKey(), recent, BigDecimal.valueOf(expected).setScale(2, RoundingMode.HALF_UP), chance);
            }
        }
        return Optional.ofNullable(worst);
    }

    /**
     * Whether {@code returned} of {@code sold} units lie over the limit by more than chance explains: at the limit's
     * rate, that many returns or more would come at most with probability {@code maxChance} (Poisson).
     */
    public static boolean beyondLimit(long sold, long returned, BigDecimal limit, BigDecimal maxChance) {
        return sold > 0 && poissonUpperTail(returned, sold * limit.doubleValue()) <= maxChance.doubleValue();
    }

    /** Weight of the account's mix of reasons against the SKU's own baseline of a reason, in baselines. */
    static final double PRIOR_WEIGHT = 3;

    /** The fewest returned orders a baseline is taken to hold, so that an empty baseline expects some returns. */
    static final double PRIOR_FLOOR = 0.5;

    /** P(X ≥ k) for X Poisson with mean {@code mean}. */
    static double poissonUpperTail(long k, double mean) {
        if (k <= 0) {
            return 1;
        }
        if (mean <= 0) {
            return 0;
        }
        double term = Math.exp(-mean);
        double below = 0;
        for (long i = 0; i < k; i++) {
            below += term;
            term = term * mean / (i + 1);
        }
        return Math.max(0, 1 - below);
    }

    private static BigDecimal ratio(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
