package dev.bosun.advertising;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * What a change should do to the watched figures, so that the review can say afterwards whether it did.
 *
 * <p>{@link Direction#DOWN} and {@link Direction#UP} compare the figure per week after the change with the same
 * figure per week of the 14 days before it (the baseline); {@link Direction#AT_MOST} and {@link Direction#AT_LEAST}
 * hold it against {@code value}. Spend and orders are per week; ACoS is a fraction (0.25 is 25 %).
 *
 * @param metric the figure watched
 * @param direction how it should move
 * @param value the line for {@code AT_MOST}/{@code AT_LEAST}; for {@code DOWN}/{@code UP} the size of the move the
 *     proposal expects (e.g. the spend per week a negation saves), shown only
 */
public record ExpectedEffect(Metric metric, Direction direction, BigDecimal value) {

    public ExpectedEffect {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(direction, "direction");
        if ((direction == Direction.AT_MOST || direction == Direction.AT_LEAST) && value == null) {
            throw new IllegalArgumentException("an expected " + direction.code() + " needs its value");
        }
    }

    /** The watched figures. */
    public enum Metric {
        SPEND,
        ORDERS,
        SALES,
        ACOS;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Direction {
        DOWN,
        UP,
        AT_MOST,
        AT_LEAST;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
