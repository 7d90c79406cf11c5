package dev.bosun.shared;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Units of length Amazon measures packages in, each with its exact size in metres. */
public enum LengthUnit {
    INCH("in", "0.0254", "inch", "inches"),
    CENTIMETRE("cm", "0.01", "centimetre", "centimetres", "centimeter", "centimeters"),
    METRE("m", "1", "metre", "metres", "meter", "meters"),
    FOOT("ft", "0.3048", "foot", "feet");

    private final String symbol;
    private final BigDecimal metres;
    private final List<String> names;

    LengthUnit(String symbol, String metres, String... names) {
        this.symbol = symbol;
        this.metres = new BigDecimal(metres);
        this.names = List.of(names);
    }

    public String symbol() {
        return symbol;
    }

    /** The exact length of one unit in metres (the inch is 0.0254 m by definition). */
    public BigDecimal metres() {
        return metres;
    }

    /** Finds a unit by its symbol or name: {@code in}, {@code inches}, {@code cm}, {@code centimeters} ... */
    public static Optional<LengthUnit> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(u -> u.symbol.equals(s) || u.names.contains(s))
                .findFirst();
    }
}
