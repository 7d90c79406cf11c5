package dev.bosun.workflow;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a figure in an item's evidence is measured, and so how it is shown. */
public enum Unit {
    /** A fraction shown as a percentage: 0.0125 is shown {@code 1.25 %}. */
    RATE,
    /** A count of things (orders, messages, sessions, units). */
    COUNT,
    /** A number of days. */
    DAYS,
    /** An amount in the figure's currency. */
    MONEY,
    /** A plain number (a rating, a score, units per day). */
    NUMBER;

    /**
     * The value as text that reads the same in every language, for message arguments: {@code 1.25 %} (at most two
     * decimals), {@code 12}, {@code 8.5} days (one decimal), {@code 12.50} money, {@code 1.5} numbers (two decimals);
     * {@code –} for null.
     */
    public String format(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        return switch (this) {
            case RATE -> plain(value.movePointRight(2), 2) + " %";
            case COUNT -> plain(value, 0);
            case DAYS -> plain(value, 1);
            case MONEY -> value.setScale(2, RoundingMode.HALF_UP).toPlainString();
            case NUMBER -> plain(value, 2);
        };
    }

    private static String plain(BigDecimal value, int maxDecimals) {
        BigDecimal rounded = value.setScale(maxDecimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}
