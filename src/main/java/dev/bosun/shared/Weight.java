package dev.bosun.shared;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weight with its unit. Conversions go through the exact mass of each unit in kilograms: pounds and ounces to
 * kilograms or grams are exact multiplications; the other way is a division kept to 34 significant digits.
 */
public record Weight(BigDecimal value, WeightUnit unit) implements Comparable<Weight> {

    private static final Pattern TEXT = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([a-zA-Z]+)\\s*");

    public Weight {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a weight cannot be negative: " + value.toPlainString());
        }
    }

    public static Weight of(String value, WeightUnit unit) {
        return new Weight(new BigDecimal(value), unit);
    }

    /** Reads {@code 1.2lb}, {@code 5 oz}, {@code 460g}, {@code 0.5 kg}. */
    public static Weight parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a weight like 1.2lb or 460g, got '" + text + "'");
        }
        WeightUnit unit = WeightUnit.find(m.group(2))
                .orElseThrow(() -> new IllegalArgumentException("unknown unit of weight '" + m.group(2) + "'"));
        return new Weight(new BigDecimal(m.group(1)), unit);
    }

    /** The same weight in another unit. */
    public Weight in(WeightUnit target) {
        if (target == unit) {
            return this;
        }
        BigDecimal kilograms = value.multiply(unit.kilograms());
        return new Weight(Length.divide(kilograms, target.kilograms()), target);
    }

    public Weight plus(Weight other) {
        return new Weight(value.add(other.in(unit).value), unit);
    }

    /** The heavier of the two (this one when equal). */
    public Weight max(Weight other) {
        return compareTo(other) >= 0 ? this : other;
    }

    @Override
    public int compareTo(Weight other) {
        return value.multiply(unit.kilograms()).compareTo(other.value.multiply(other.unit.kilograms()));
    }

    public boolean exceeds(Weight other) {
        return compareTo(other) > 0;
    }

    /** {@code 1.2 lb}. */
    @Override
    public String toString() {
        return value.stripTrailingZeros().toPlainString() + " " + unit.symbol();
    }
}
