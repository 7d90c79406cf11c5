package dev.bosun.advertising.domain;

import dev.bosun.advertising.AdFigures;
import dev.bosun.advertising.ExpectedEffect;
import dev.bosun.advertising.ExpectedEffect.Direction;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Whether a change moved its watched figure as its proposal expected, from the figures of the 14 days before the
 * change (the baseline) and of the days after it. Spend, orders and sales are compared per week, so a 7-day and a
 * 14-day check read alike; ACoS is compared as the fraction of each window.
 *
 * <p>{@link Direction#DOWN} and {@link Direction#UP} ask for a move of at least {@link #LEAST_MOVE} of the baseline
 * (10 %), so that noise does not count as an effect. An ACoS without sales is undefined: after a change it fails an
 * "at most" when money was spent (the spend sold nothing), and is {@link Verdict#UNDEFINED} when nothing was spent.
 *
 * @param days the length of the after window (7 or 14)
 * @param from first day after the change
 * @param to last day of the window
 * @param before the watched figure in the baseline (per week, or the ACoS), null when undefined
 * @param after the watched figure after the change, null when undefined
 * @param figures the after window's figures
 */
public record ChangeOutcome(
        int days,
        LocalDate from,
        LocalDate to,
        BigDecimal before,
        BigDecimal after,
        AdFigures figures,
        Verdict verdict) {

    /** The least relative move that counts as one (10 %). */
    public static final BigDecimal LEAST_MOVE = new BigDecimal("0.10");

    public ChangeOutcome {
        Objects.requireNonNull(verdict, "verdict");
    }

    public enum Verdict {
        AS_EXPECTED,
        NOT_AS_EXPECTED,
        /** The figure cannot be measured (ACoS without spend or sales, a baseline of zero). */
        UNDEFINED;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * Judges the after window against the expected effect.
     *
     * @param baseline the watched figures of the 14 days before the change
     * @param baselineDays the baseline's length in days (14)
     * @param after the watched figures of the window after the change
     */
    public static ChangeOutcome judge(
            ExpectedEffect expected,
            AdFigures baseline,
            int baselineDays,
            AdFigures after,
            LocalDate from,
            LocalDate to) {
        int days = (int) (to.toEpochDay() - from.toEpochDay() + 1);
        if (days <= 0 || baselineDays <= 0) {
            throw new IllegalArgumentException("windows have at least one day");
        }
        BigDecimal before = value(expected.metric(), baseline, baselineDays);
        BigDecimal now = value(expected.metric(), after, days);
        Verdict verdict = switch (expected.direction()) {
            case AT_MOST -> {
                if (now == null) {
                    yield after.spend().signum() > 0 ? Verdict.NOT_AS_EXPECTED : Verdict.UNDEFINED;
                }
                yield now.compareTo(expected.value()) <= 0 ? Verdict.AS_EXPECTED : Verdict.NOT_AS_EXPECTED;
            }
            case AT_LEAST -> {
                if (now == null) {
                    yield after.spend().signum() > 0 ? Verdict.AS_EXPECTED : Verdict.UNDEFINED;
                }
                yield now.compareTo(expected.value()) >= 0 ? Verdict.AS_EXPECTED : Verdict.NOT_AS_EXPECTED;
            }
            case DOWN, UP -> {
                if (before == null || now == null || before.signum() == 0) {
                    yield Verdict.UNDEFINED;
                }
                BigDecimal move = now.subtract(before).divide(before, MathContext.DECIMAL64);
                boolean moved = expected.direction() == Direction.DOWN
                        ? move.compareTo(LEAST_MOVE.negate()) <= 0
                        : move.compareTo(LEAST_MOVE) >= 0;
                yield moved ? Verdict.AS_EXPECTED : Verdict.NOT_AS_EXPECTED;
            }
        };
        return new ChangeOutcome(days, from, to, before, now, after, verdict);
    }

    /** The figure per week (spend, orders, sales) or as a fraction (ACoS); null when undefined. */
    static BigDecimal value(ExpectedEffect.Metric metric, AdFigures f, int days) {
        BigDecimal perWeek = BigDecimal.valueOf(7).divide(BigDecimal.valueOf(days), MathContext.DECIMAL64);
        return switch (metric) {
            case SPEND -> f.spend().multiply(perWeek).setScale(2, RoundingMode.HALF_UP);
            case SALES -> f.sales() == null ? null : f.sales().multiply(perWeek).setScale(2, RoundingMode.HALF_UP);
            case ORDERS ->
                f.orders() == null
                        ? null
                        : BigDecimal.valueOf(f.orders()).multiply(perWeek).setScale(2, RoundingMode.HALF_UP);
            case ACOS -> f.acos().map(a -> a.setScale(4, RoundingMode.HALF_UP)).orElse(null);
        };
    }
}
