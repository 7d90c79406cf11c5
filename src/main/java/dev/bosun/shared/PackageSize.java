package dev.bosun.shared;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An item as packaged for shipping: its three sides, sorted longest first as Amazon sorts them, and its unit
 * weight.
 */
public record PackageSize(Length longest, Length median, Length shortest, Weight weight) {

    private static final Pattern DIMENSIONS = Pattern.compile(
            "\\s*([0-9]+(?:\\.[0-9]+)?)\\s*[x×*]\\s*([0-9]+(?:\\.[0-9]+)?)\\s*[x×*]\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([a-zA-Z\"]+)\\s*");

    public PackageSize {
        Objects.requireNonNull(longest, "longest");
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(shortest, "shortest");
        Objects.requireNonNull(weight, "weight");
        if (longest.compareTo(median) < 0 || median.compareTo(shortest) < 0) {
            throw new IllegalArgumentException("sides must be given longest first; use PackageSize.of to sort them");
        }
    }

    /** The package with its sides in any order. */
    public static PackageSize of(Length a, Length b, Length c, Weight weight) {
        Length[] sides = {a, b, c};
        Arrays.sort(sides, Comparator.reverseOrder());
        return new PackageSize(sides[0], sides[1], sides[2], weight);
    }

    /** Reads sides like {@code 10x6x3in} or {@code 25 x 15 x 7.5 cm} and a weight like {@code 1.2lb}. */
    public static PackageSize parse(String dimensions, String weight) {
        Matcher m = DIMENSIONS.matcher(dimensions == null ? "" : dimensions);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "expected package dimensions like 10x6x3in or 25x15x7.5cm, got '" + dimensions + "'");
        }
        LengthUnit unit = LengthUnit.find(m.group(4))
                .orElseThrow(() -> new IllegalArgumentException("unknown unit of length '" + m.group(4) + "'"));
        return of(
                Length.of(m.group(1), unit),
                Length.of(m.group(2), unit),
                Length.of(m.group(3), unit),
                Weight.parse(weight));
    }

    /** {@code 10 x 6 x 3 in, 1.2 lb}. */
    @Override
    public String toString() {
        return longest + " x " + median + " x " + shortest + ", " + weight;
    }
}
