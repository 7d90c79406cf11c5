package dev.bosun.advertising;

import java.math.BigDecimal;

/**
 * A target ACoS the operator set, or a category benchmark.
 *
 * @param scope ACCOUNT, CATEGORY, ASIN, or BENCHMARK for a category's default
 * @param key the category or ASIN; empty for the account
 * @param category for an ASIN, the category it is placed in, else null
 * @param target a fraction; null for an ASIN that only has a category
 * @param low for a benchmark, the low end of the range, else null
 * @param high for a benchmark, the high end of the range, else null
 */
public record TargetAcosSetting(
        String scope, String key, String category, BigDecimal target, BigDecimal low, BigDecimal high) {}
