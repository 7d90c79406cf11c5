package dev.bosun.finance;

/** What profit rows are per. */
public enum ProfitGrouping {
    SKU,
    ASIN,
    /** The parent ASIN of the Business Reports; an ASIN without a known parent stands for itself. */
    PARENT,
    MARKETPLACE,
    DAY,
    MONTH;

    /** The grouping named in a URL ({@code asin}, {@code sku}, …), or empty. */
    public static java.util.Optional<ProfitGrouping> named(String name) {
        if (name == null) {
            return java.util.Optional.empty();
        }
        for (ProfitGrouping g : values()) {
            if (g.name().equalsIgnoreCase(name.strip())) {
                return java.util.Optional.of(g);
            }
        }
        return java.util.Optional.empty();
    }
}
