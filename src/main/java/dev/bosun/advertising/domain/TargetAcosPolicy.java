package dev.bosun.advertising.domain;

import java.math.BigDecimal;

/**
 * Which target ACoS applies to an ASIN: the operator's own value for the ASIN, else the one for its category,
 * else the one for the account, else the benchmark of its category (the industry's when the category is unknown).
 */
public final class TargetAcosPolicy {

    private TargetAcosPolicy() {}

    /** A resolved target and where it came from (ASIN, CATEGORY, ACCOUNT or BENCHMARK). */
    public record Resolved(BigDecimal value, String source, String category) {}

    /**
     * @param forAsin the operator's target for the ASIN, or null
     * @param category the ASIN's category as the operator set it, or null
     * @param forCategory the operator's target for that category, or null
     * @param forAccount the operator's target for the whole account, or null
     */
    public static Resolved resolve(BigDecimal forAsin, String category, BigDecimal forCategory, BigDecimal forAccount) {
        if (forAsin != null) {
            return new Resolved(forAsin, "ASIN", category);
        }
        if (forCategory != null) {
            return new Resolved(forCategory, "CATEGORY", category);
        }
        // A category the operator named explicitly beats the account's blanket value; unknown ones do not.
        if (category != null && CategoryBenchmark.named(category).isPresent()) {
            return new Resolved(CategoryBenchmark.of(category).target(), "BENCHMARK", category);
        }
        if (forAccount != null) {
            return new Resolved(forAccount, "ACCOUNT", category);
        }
        return new Resolved(CategoryBenchmark.INDUSTRY.target(), "BENCHMARK", category);
    }
}
