package dev.bosun.advertising.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A keyword's or target's bid toward the target ACoS, with statistical caution. The bid that meets a target ACoS is
 * target ACoS × sales per click; a keyword's own sales per click over a few dozen clicks is mostly noise, so it is
 * shrunk toward its ad group's (empirical Bayes with a prior worth {@code priorClicks} clicks at the group's rate):
 * expected sales per click = (own sales + priorClicks × group sales per click) / (own clicks + priorClicks). No
 * proposal below {@code minClicks} clicks, none for a change smaller than {@code minChange}; one step moves the bid
 * at most {@code maxStep} either way (the rest follows on later days), never under Amazon's smallest bid.
 *
 * @param minClicks fewest clicks of the keyword in the window
 * @param priorClicks weight of the ad group's rate, in clicks
 * @param maxStep the largest change of one step, a fraction (0.20: ±20 %)
 * @param minChange the smallest change worth proposing, a fraction (0.05: 5 %)
 */
public record BidPolicy(int minClicks, int priorClicks, BigDecimal maxStep, BigDecimal minChange) {

    private static final MathContext MC = MathContext.DECIMAL64;

    public BidPolicy {
        if (minClicks < 1 || priorClicks < 0) {
            throw new IllegalArgumentException("min clicks is at least 1 and the prior weight not negative");
        }
        Objects.requireNonNull(maxStep, "maxStep");
        Objects.requireNonNull(minChange, "minChange");
        if (maxStep.signum() <= 0 || maxStep.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("the step limit is a fraction between 0 and 1");
        }
        if (minChange.signum() < 0 || minChange.compareTo(maxStep) > 0) {
            throw new IllegalArgumentException("the smallest change lies between 0 and the step limit");
        }
    }

    /** 20 clicks, a prior of 30 clicks, ±20 % a day, changes of 5 % or more. */
    public static BidPolicy defaults() {
        return new BidPolicy(20, 30, new BigDecimal("0.20"), new BigDecimal("0.05"));
    }

    /**
     * What a bid becomes.
     *
     * @param salesPerClick the keyword's expected sales per click after shrinking
     * @param ideal target ACoS × expected sales per click, before the step limit
     * @param proposed the bid proposed (step-limited, at least the smallest bid, rounded)
     * @param limited whether the step limit held the bid short of the ideal
     */
    public record Decision(BigDecimal salesPerClick, BigDecimal ideal, BigDecimal proposed, boolean limited) {}

    /**
     * The bid for a keyword or target.
     *
     * @param bid the bid now; no proposal when unknown
     * @param clicks the keyword's clicks in the window
     * @param sales the keyword's ad sales in the window (null: none reported)
     * @param groupClicks the ad group's clicks in the window (all its keywords and targets)
     * @param groupSales the ad group's ad sales in the window
     * @param targetAcos the target ACoS, a fraction
     * @param minBid Amazon's smallest bid in the marketplace
     * @param scale the decimals a bid is written with
     */
    public Optional<Decision> propose(
            BigDecimal bid,
            long clicks,
            BigDecimal sales,
            long groupClicks,
            BigDecimal groupSales,
            BigDecimal targetAcos,
            BigDecimal minBid,
            int scale) {
        if (bid == null || bid.signum() <= 0 || targetAcos == null || clicks < minClicks) {
            return Optional.empty();
        }
        BigDecimal own = sales == null ? BigDecimal.ZERO : sales;
        BigDecimal groupRate = groupClicks <= 0 || groupSales == null
                ? own.divide(BigDecimal.valueOf(clicks), MC)
                : groupSales.divide(BigDecimal.valueOf(groupClicks), MC);
        BigDecimal expected = own.add(groupRate.multiply(BigDecimal.valueOf(priorClicks), MC))
                .divide(BigDecimal.valueOf(clicks + priorClicks), MC);
        BigDecimal ideal = targetAcos.multiply(expected, MC);
        BigDecimal low = bid.multiply(BigDecimal.ONE.subtract(maxStep), MC);
        BigDecimal high = bid.multiply(BigDecimal.ONE.add(maxStep), MC);
        BigDecimal stepped = ideal.max(low).min(high);
        BigDecimal proposed = stepped.max(minBid).setScale(scale, RoundingMode.HALF_UP);
        if (proposed.compareTo(minBid) < 0) {
            proposed = minBid.setScale(scale, RoundingMode.UP);
        }
        BigDecimal change = proposed.subtract(bid).abs().divide(bid, MC);
        if (change.compareTo(minChange) < 0 || proposed.compareTo(bid) == 0) {
            return Optional.empty();
        }
        boolean limited = ideal.compareTo(low) < 0 || ideal.compareTo(high) > 0;
        return Optional.of(new Decision(expected, ideal, proposed, limited));
    }
}
