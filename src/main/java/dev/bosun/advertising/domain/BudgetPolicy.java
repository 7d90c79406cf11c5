package dev.bosun.advertising.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A campaign's daily budget from its recent days. Raise: the campaign ran out of budget (within one bid of it,
 * {@link BudgetCap}) on at least {@code minCappedDays} days while its ACoS stayed at or under target; it is raised by
 * the share of days it was capped (capped on 3 of 7 days: +43 %), at most {@code maxRaise}. The reports have no
 * hour of the day, so the spend lost is estimated as the raise spent on each capped day. Lower: the campaign spends
 * most of its budget ({@code minUse} of it on average), and the spend is waste: at least {@code minClicks} clicks
 * and no order, or an ACoS above break-even (when finance knows it) or above {@code farAbove} × target. It is lowered
 * to the spend that would have met the target (no order: by the largest cut), at most {@code maxCut} in one step,
 * never under Amazon's smallest budget. A campaign that spends well under its budget is left alone: the budget is not
 * what limits it, its bids are.
 *
 * @param minCappedDays fewest days out of budget in the window for a raise
 * @param maxRaise the largest raise of one step, a fraction
 * @param maxCut the largest cut of one step, a fraction
 * @param farAbove how many times the target ACoS makes the spend wasteful when break-even is unknown
 * @param minClicks fewest clicks in the window before a campaign without orders counts as wasteful
 * @param minUse the share of the budget the campaign spends on average before a cut is proposed
 */
public record BudgetPolicy(
        int minCappedDays,
        BigDecimal maxRaise,
        BigDecimal maxCut,
        BigDecimal farAbove,
        int minClicks,
        BigDecimal minUse) {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal WEEK = BigDecimal.valueOf(7);

    public BudgetPolicy {
        Objects.requireNonNull(maxRaise, "maxRaise");
        Objects.requireNonNull(maxCut, "maxCut");
        Objects.requireNonNull(farAbove, "farAbove");
        Objects.requireNonNull(minUse, "minUse");
        if (minCappedDays < 1 || minClicks < 1) {
            throw new IllegalArgumentException("capped days and clicks are at least 1");
        }
        if (maxRaise.signum() <= 0 || maxCut.signum() <= 0 || maxCut.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("the raise is positive and the cut a fraction below 1");
        }
        if (farAbove.compareTo(BigDecimal.ONE) <= 0) {
            throw new IllegalArgumentException("far above the target is more than once the target");
        }
    }

    /** 2 capped days, raises up to 50 %, cuts up to 30 %, twice the target, 20 clicks, 70 % of the budget used. */
    public static BudgetPolicy defaults() {
        return new BudgetPolicy(
                2, new BigDecimal("0.50"), new BigDecimal("0.30"), BigDecimal.valueOf(2), 20, new BigDecimal("0.70"));
    }

    public enum Direction {
        RAISE,
        LOWER
    }

    /** Why a budget is lowered; null for a raise. */
    public enum Waste {
        NO_ORDERS,
        ABOVE_BREAK_EVEN,
        FAR_ABOVE_TARGET
    }

    /**
     * A budget change and what to expect of it, per week.
     *
     * @param proposed the new daily budget
     * @param spendChangePerWeek the spend expected to be added (raise, the spend lost estimate) or saved (lower,
     *     negative)
     * @param salesChangePerWeek sales expected to be added or lost at the window's ACoS (negative when lost; 0
     *     when the campaign sold nothing)
     */
    public record Decision(
            Direction direction,
            Waste waste,
            BigDecimal proposed,
            BigDecimal spendChangePerWeek,
            BigDecimal salesChangePerWeek) {}

    /**
     * The budget of a campaign.
     *
     * @param budget the daily budget now; no proposal when unknown
     * @param days days with figures in the window
     * @param cappedDays of those, days out of budget
     * @param clicks clicks in the window
     * @param spend spend in the window
     * @param sales ad sales in the window (null: none reported)
     * @param orders orders in the window (null: none reported)
     * @param targetAcos the target ACoS
     * @param breakEven break-even ACoS, or null when unknown
     * @param minBudget Amazon's smallest daily budget in the marketplace
     * @param scale decimals of a budget
     */
    public Optional<Decision> propose(
            BigDecimal budget,
            int days,
            int cappedDays,
            long clicks,
            BigDecimal spend,
            BigDecimal sales,
            Long orders,
            BigDecimal targetAcos,
            BigDecimal breakEven,
            BigDecimal minBudget,
            int scale) {
        if (budget == null || budget.signum() <= 0 || days <= 0 || targetAcos == null) {
            return Optional.empty();
        }
        BigDecimal sold = sales == null ? BigDecimal.ZERO : sales;
        long ordered = orders == null ? 0 : orders;
        BigDecimal acos = sold.signum() == 0 ? null : spend.divide(sold, MC);
        BigDecimal perWeek = WEEK.divide(BigDecimal.valueOf(days), MC);
        if (cappedDays >= minCappedDays && acos != null && acos.compareTo(targetAcos) <= 0) {
            BigDecimal share = BigDecimal.valueOf(cappedDays).divide(BigDecimal.valueOf(days), MC);
            BigDecimal raise = share.min(maxRaise);
            BigDecimal proposed = budget.multiply(BigDecimal.ONE.add(raise), MC).setScale(scale, RoundingMode.HALF_UP);
            if (proposed.compareTo(budget) <= 0) {
                return Optional.empty();
            }
            BigDecimal lost = proposed.subtract(budget)
                    .multiply(BigDecimal.valueOf(cappedDays), MC)
                    .multiply(perWeek, MC);
            return Optional.of(new Decision(
                    Direction.RAISE,
                    null,
                    proposed,
                    lost.setScale(2, RoundingMode.HALF_UP),
                    lost.divide(acos, MC).setScale(2, RoundingMode.HALF_UP)));
        }
        BigDecimal averageSpend = spend.divide(BigDecimal.valueOf(days), MC);
        if (averageSpend.compareTo(budget.multiply(minUse, MC)) < 0) {
            return Optional.empty();
        }
        Waste waste = null;
        if (ordered == 0 && sold.signum() == 0) {
            waste = clicks >= minClicks ? Waste.NO_ORDERS : null;
        } else if (acos != null && clicks >= minClicks) {
            if (breakEven != null && acos.compareTo(breakEven) > 0) {
                waste = Waste.ABOVE_BREAK_EVEN;
            } else if (acos.compareTo(targetAcos.multiply(farAbove, MC)) > 0) {
                waste = Waste.FAR_ABOVE_TARGET;
            }
        }
        if (waste == null) {
            return Optional.empty();
        }
        BigDecimal floor = budget.multiply(BigDecimal.ONE.subtract(maxCut), MC);
        BigDecimal wanted = waste == Waste.NO_ORDERS
                ? floor
                : averageSpend.multiply(targetAcos, MC).divide(acos, MC);
        BigDecimal proposed = wanted.max(floor).max(minBudget).setScale(scale, RoundingMode.HALF_UP);
        if (proposed.compareTo(budget) >= 0) {
            return Optional.empty();
        }
        BigDecimal saved =
                averageSpend.min(budget).subtract(proposed).max(BigDecimal.ZERO).multiply(WEEK, MC);
        BigDecimal salesLost = acos == null ? BigDecimal.ZERO : saved.divide(acos, MC);
        return Optional.of(new Decision(
                Direction.LOWER,
                waste,
                proposed,
                saved.negate().setScale(2, RoundingMode.HALF_UP),
                salesLost.negate().setScale(2, RoundingMode.HALF_UP)));
    }
}
