package dev.bosun.shared;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Units of weight Amazon weighs packages in, each with its exact mass in kilograms. */
public enum WeightUnit {
    POUND("lb", "0.45359237", "lbs", "pound", "pounds"),
    OUNCE("oz", "0.028349523125", "ounce", "ounces"),
    KILOGRAM("kg", "1", "kgs", "kilogram", "kilograms"),
    GRAM("g", "0.001", "gr", "gram", "grams");

    private final String symbol;
    private final BigDecimal kilograms;
    private final List<String> names;

    WeightUnit(String symbol, String kilograms, String... names) {
        this.symbol = symbol;
        this.kilograms = new BigDecimal(kilograms);
        this.names = List.of(names);
    }

    public String symbol() {
        return symbol;
    }

    /** The exact mass of one unit in kilograms (the pound is 0.45359237 kg by definition, the ounce 1/16 lb). */
    public BigDecimal kilograms() {
        return kilograms;
    }

    /** Finds a unit by its symbol or name: {@code lb}, {@code pounds}, {@code oz}, {@code kg}, {@code grams} ... */
    public static Optional<WeightUnit> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(u -> u.symbol.equals(s) || u.names.contains(s))
                .findFirst();
    }
}
