package dev.bosun.advertising.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * ACoS benchmarks by product category (issue 8, from the operators' seeds): home 20–30 %, electronics accessories
 * 15–25 %, anything else the industry's 25–35 %; at or under 18 % counts as efficient. A category's default target
 * is the middle of its range.
 */
public enum CategoryBenchmark {
    HOME("0.20", "0.30"),
    ELECTRONICS_ACCESSORIES("0.15", "0.25"),
    /** Any other category: the industry range. */
    INDUSTRY("0.25", "0.35");

    /** ACoS at or under which ads count as efficient, whatever the category. */
    public static final BigDecimal EFFICIENT = new BigDecimal("0.18");

    private final BigDecimal low;
    private final BigDecimal high;

    CategoryBenchmark(String low, String high) {
        this.low = new BigDecimal(low);
        this.high = new BigDecimal(high);
    }

    public BigDecimal low() {
        return low;
    }

    public BigDecimal high() {
        return high;
    }

    /** The default target ACoS: the middle of the range. */
    public BigDecimal target() {
        return low.add(high).divide(BigDecimal.valueOf(2));
    }

    /**
     * The benchmark of a category name as operators and the reports write it ("Home &amp; Kitchen", "home",
     * "Electronics Accessories", "electronics-accessories"); {@link #INDUSTRY} for anything else or null.
     */
    public static CategoryBenchmark of(String category) {
        return named(category).orElse(INDUSTRY);
    }

    /** The benchmark a category name stands for, when it is home or electronics accessories. */
    public static Optional<CategoryBenchmark> named(String category) {
        if (category == null) {
            return Optional.empty();
        }
        String c = category.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
        if (c.startsWith("home") || c.equals("kitchen") || c.contains("home & kitchen")) {
            return Optional.of(HOME);
        }
        if (c.contains("electronics") && c.contains("accessor")) {
            return Optional.of(ELECTRONICS_ACCESSORIES);
        }
        if (c.equals("industry")) {
            return Optional.of(INDUSTRY);
        }
        return Optional.empty();
    }
}
