package dev.bosun.advertising;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The ACoS an ASIN's ads are steered toward, and where it comes from.
 *
 * @param value a fraction (0.25 is 25 %)
 * @param source ASIN (the operator set it for the ASIN), CATEGORY (set for the ASIN's category), ACCOUNT (set for
 *     the account), BENCHMARK (the category benchmark of issue 8, the operator set nothing)
 * @param category the category the ASIN was placed in (HOME, ELECTRONICS_ACCESSORIES, …), or null when unknown
 * @param breakEven the ACoS at which the ads eat the whole profit before ads (finance's margin), or null while
 *     finance does not tell it ({@link BreakEvenAcos})
 */
public record AcosTarget(BigDecimal value, String source, String category, BigDecimal breakEven) {

    public AcosTarget {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("a target ACoS is positive: " + value);
        }
    }
}
