package dev.bosun.shared;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length with its unit. Conversions go through the exact size of each unit in metres: inches to centimetres is
 * an exact multiplication; the other way is a division kept to 34 significant digits.
 */
public record Length(BigDecimal value, LengthUnit unit) implements Comparable<Length> {

    private static final Pattern TEXT = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([a-zA-Z\"]+)\\s*");

    public Length {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a length cannot be negative: " + value.toPlainString());
        }
    }

    public static Length of(String value, LengthUnit unit) {
        return new Length(new BigDecimal(value), unit);
    }

    /** Reads {@code 10in}, {@code 25.4 cm}, {@code 3 inches}. */
    public static Length parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a length like 10in or 25.4cm, got '" + text + "'");
        }
        LengthUnit unit = LengthUnit.find(m.group(2))
                .orElseThrow(() -> new IllegalArgumentException("unknown unit of length '" + m.group(2) + "'"));
        return new Length(new BigDecimal(m.group(1)), unit);
    }

    /** The same length in another unit. */
    public Length in(LengthUnit target) {
        if (target == unit) {
            return this;
        }
        BigDecimal metres = value.multiply(unit.metres());
        return new Length(divide(metres, target.metres()), target);
    }

    @Override
    public int compareTo(Length other) {
        return value.multiply(unit.metres()).compareTo(other.value.multiply(other.unit.metres()));
    }

    public boolean exceeds(Length other) {
        return compareTo(other) > 0;
    }

    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        try {
            return dividend.divide(divisor).stripTrailingZeros();
        } catch (ArithmeticException nonTerminating) {
            return dividend.divide(divisor, MathContext.DECIMAL128).stripTrailingZeros();
        }
    }

    /** {@code 10 in}. */
    @Override
    public String toString() {
        return value.stripTrailingZeros().toPlainString() + " " + unit.symbol();
    }
}
