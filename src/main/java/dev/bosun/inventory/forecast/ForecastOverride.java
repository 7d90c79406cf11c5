package dev.bosun.inventory.forecast;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person's correction of a forecast for a range of days: replace the forecast by a number of units per period
 * (a listing goes live on the 10th and should sell 40 a day), or multiply it (a competitor left: ×1.3). Applies to
 * the periods whose first day lies in the range; intervals move with the forecast.
 *
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param kind replace or multiply
 * @param value units per period (replace) or factor (multiply), not below 0
 * @param reason why, for people
 */
public record ForecastOverride(LocalDate from, LocalDate to, Kind kind, double value, String reason) {

    /** What an override does to the forecast. */
    public enum Kind {
        /** The forecast becomes {@code value} units per period. */
        REPLACE,
        /** The forecast is multiplied by {@code value}. */
        MULTIPLY
    }

    public ForecastOverride {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("override ends (" + to + ") before it starts (" + from + ")");
        }
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("override value must be a number not below 0, got " + value);
        }
        reason = reason == null ? "" : reason;
    }

    /** Whether the override applies to a period starting on {@code day}. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The overridden forecast for a period forecast at {@code forecast}. */
    public double apply(double forecast) {
        return kind == Kind.REPLACE ? value : forecast * value;
    }
}
